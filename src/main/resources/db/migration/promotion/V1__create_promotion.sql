-- Healthy enterprises (健康企业) and industry model enterprises (样板企业), issue 16 items 6-7
-- (docs/promotion.md). Online consultation lives in its own schema (consultation).

-- One application per employer and year, evaluated against the version of the standard in force when it
-- was opened (kept, so a later edition never rescores it).
create table healthy_application (
  id                   bigserial primary key,
  employer_id          bigint not null,
  employer_credit_code varchar(18) not null,
  employer_name        varchar(200) not null,
  region_code          varchar(12) not null,
  year                 int not null,
  catalog_version_id   bigint not null,
  edition              varchar(200) not null,
  status               varchar(20) not null check (status in ('DRAFT', 'SUBMITTED', 'REVIEWED', 'APPROVED', 'REJECTED')),
  self_points          numeric(6,1),
  review_points        numeric(6,1),
  pass_mark            numeric(6,1) not null,
  mandatory_failed     int,
  review_passed        boolean,
  visited_on           date,
  review_note          varchar(2000),
  reviewer_user_id     bigint,
  reviewer_name        varchar(100),
  reviewed_at          timestamptz,
  decision_note        varchar(2000),
  decider_user_id      bigint,
  decider_name         varchar(100),
  decided_at           timestamptz,
  submitted_at         timestamptz,
  created_at           timestamptz not null default now(),
  version              int not null default 0,
  unique (employer_id, year)
);
create index healthy_application_region on healthy_application (region_code text_pattern_ops);
create index healthy_application_listed on healthy_application (year, region_code) where status = 'APPROVED';

create table healthy_item (
  application_id bigint not null references healthy_application (id),
  item_code      varchar(40) not null,
  self_points    numeric(5,1),
  self_note      varchar(1000),
  review_points  numeric(5,1),
  review_met     boolean,
  review_note    varchar(1000),
  primary key (application_id, item_code)
);

-- Evidence files: on disk under ohs.promotion.evidence-directory, named by their SHA-256.
create table healthy_evidence (
  id             bigserial primary key,
  application_id bigint not null references healthy_application (id),
  item_code      varchar(40),
  file_name      varchar(200) not null,
  content_type   varchar(60) not null,
  size_bytes     bigint not null,
  sha256         char(64) not null,
  uploaded_by    varchar(100) not null,
  uploaded_at    timestamptz not null default now()
);
create index healthy_evidence_application on healthy_evidence (application_id);

-- Industry model enterprises, marked by a supervisor with what they do well; withdrawn, never deleted.
create table model_enterprise (
  id                   bigserial primary key,
  employer_id          bigint not null,
  employer_credit_code varchar(18) not null,
  employer_name        varchar(200) not null,
  region_code          varchar(12) not null,
  industry_code        varchar(10),
  year                 int not null,
  strengths            varchar(2000) not null,
  marked_by            varchar(100) not null,
  marked_at            timestamptz not null default now(),
  withdrawn_at         timestamptz,
  withdrawn_reason     varchar(500)
);
create unique index model_enterprise_current on model_enterprise (employer_id, year) where withdrawn_at is null;
create index model_enterprise_region on model_enterprise (region_code text_pattern_ops);

-- Health champions (职业健康达人): an employer nominates a worker or manager of its register for a year; reviewers
-- score the criteria of the catalog version in force at nomination; a supervisor approves within the quotas.
create table champion_nomination (
  id                   bigserial primary key,
  employer_id          bigint not null,
  employer_credit_code varchar(18) not null,
  employer_name        varchar(200) not null,
  region_code          varchar(12) not null,
  year                 int not null,
  catalog_version_id   bigint not null,
  edition              varchar(200) not null,
  pass_mark            numeric(6,1) not null,
  worker_id            bigint not null,
  nominee_name         varchar(100) not null,
  nominee_role         varchar(10) not null check (nominee_role in ('WORKER', 'MANAGER')),
  reason               varchar(2000) not null,
  status               varchar(10) not null check (status in ('NOMINATED', 'APPROVED', 'REJECTED')),
  score                numeric(6,1),
  reviews              int not null default 0,
  decision_note        varchar(2000),
  decider_name         varchar(100),
  decided_at           timestamptz,
  nominated_by         varchar(100) not null,
  created_at           timestamptz not null default now(),
  unique (worker_id, year)
);
create index champion_nomination_region on champion_nomination (region_code text_pattern_ops, year);

create table champion_score (
  nomination_id    bigint not null references champion_nomination (id),
  reviewer_user_id bigint not null,
  reviewer_name    varchar(100) not null,
  total            numeric(6,1) not null,
  points           varchar(1000) not null,
  scored_at        timestamptz not null default now(),
  primary key (nomination_id, reviewer_user_id)
);

-- How many champions a region may have in a year; every quota on the path from the province down to the
-- nominee's region must have room for an approval.
create table champion_quota (
  region_code varchar(12) not null,
  year        int not null,
  quota       int not null check (quota >= 0),
  set_by      varchar(100) not null,
  set_at      timestamptz not null default now(),
  primary key (region_code, year)
);
