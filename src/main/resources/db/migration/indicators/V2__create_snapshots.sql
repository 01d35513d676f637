-- Quarterly snapshots (跟踪问效, issue 17 items 4 and 7; docs/indicators.md). Numbered 2: V3 is taken by another
-- branch. At a quarter's close every region's figures are frozen with the editions they were counted and scored with;
-- a later freeze of the same quarter that finds different figures is stored as a new revision beside the earlier
-- ones (never overwriting them), with what changed.
create table snapshot (
  id                  bigserial   primary key,
  quarter             text        not null check (quarter ~ '^[0-9]{4}Q[1-4]$'),
  revision            integer     not null check (revision >= 1),
  frozen_at           timestamptz not null,
  frozen_by           text        not null,
  cause               text        not null,
  definitions_edition text        not null,
  scoring_edition     text        not null,
  scoring_version     bigint,
  targets_as_of       timestamptz,
  regions             integer     not null,
  changes             integer     not null default 0,
  unique (quarter, revision)
);

-- Each region's figure per indicator as frozen: numerator, denominator, the target that applied and the rating.
create table snapshot_figure (
  snapshot_id     bigint      not null references snapshot (id),
  region_code     text        not null,
  indicator_code  text        not null,
  numerator       bigint      not null,
  denominator     bigint      not null,
  target          numeric(5,2),
  target_region   text,
  rating          text        not null,
  source          text,
  primary key (snapshot_id, region_code, indicator_code)
);
create index snapshot_figure_region on snapshot_figure (snapshot_id, region_code text_pattern_ops);

-- Each region's quarterly score (scoring catalog) and its rank among the divisions of the same parent.
create table snapshot_score (
  snapshot_id     bigint      not null references snapshot (id),
  region_code     text        not null,
  score           numeric(5,2),
  rank            integer,
  siblings        integer     not null,
  primary key (snapshot_id, region_code)
);

-- What a revision changed against the one before it (figure or target per region and indicator).
create table snapshot_change (
  snapshot_id       bigint      not null references snapshot (id),
  region_code       text        not null,
  indicator_code    text        not null,
  before_numerator  bigint,
  before_denominator bigint,
  before_target     numeric(5,2),
  after_numerator   bigint,
  after_denominator bigint,
  after_target      numeric(5,2),
  primary key (snapshot_id, region_code, indicator_code)
);
create index snapshot_change_region on snapshot_change (snapshot_id, region_code text_pattern_ops);

-- The employers behind the overdue figures (declaration, testing, exams not met) as frozen, by name, for the
-- bulletin (逾期通报).
create table snapshot_overdue (
  snapshot_id     bigint      not null references snapshot (id),
  indicator_code  text        not null,
  employer_id     bigint      not null,
  region_code     text        not null,
  credit_code     text        not null,
  employer_name   text        not null,
  numerator       integer     not null,
  denominator     integer     not null,
  primary key (snapshot_id, indicator_code, employer_id)
);
create index snapshot_overdue_region on snapshot_overdue (snapshot_id, region_code text_pattern_ops);
