-- The indicators module (issue 17, decision 0037): event-fed read models of the indicators the plans track, the
-- targets per region, year and indicator, the figures the platform does not hold (imported with their source), and
-- the runs of the rebuild that recomputes everything from the other modules' facades.

-- One row per indicator and employer in its population: the employer's part of the numerator and the denominator
-- (1 and 0/1 for indicators counted in employers, people for those counted in workers or people). Region totals
-- are sums over these rows; the dashboard never reads another module's data.
create table membership (
  indicator_code  text        not null,
  employer_id     bigint      not null,
  region_code     text        not null,
  credit_code     text        not null,
  employer_name   text        not null,
  numerator       integer     not null check (numerator >= 0),
  denominator     integer     not null check (denominator > 0 and numerator <= denominator),
  computed_at     timestamptz not null,
  primary key (indicator_code, employer_id)
);
create index membership_region on membership (indicator_code, region_code text_pattern_ops) include (numerator, denominator);
create index membership_employer on membership (employer_id);

-- When each employer was last recomputed and from what (an event, the rebuild), so a repeated event is harmless and
-- the rebuild can say which employers it found different.
create table employer_state (
  employer_id   bigint      primary key,
  region_code   text        not null,
  computed_at   timestamptz not null,
  cause         text        not null
);

-- Targets per region, year and indicator: the province sets, a city or county may only tighten (checked on write).
create table target (
  id              bigserial   primary key,
  indicator_code  text        not null,
  region_code     text        not null,
  year            integer     not null check (year between 2000 and 2100),
  value           numeric(5,2) not null check (value >= 0 and value <= 100),
  source          text        not null,
  set_by          text        not null,
  set_at          timestamptz not null,
  unique (indicator_code, region_code, year)
);

-- Figures the platform does not hold (work-injury insurance, warning signs), per county and year, with their source.
create table imported_figure (
  indicator_code  text        not null,
  region_code     text        not null,
  year            integer     not null,
  numerator       integer     not null check (numerator >= 0),
  denominator     integer     not null check (denominator > 0 and numerator <= denominator),
  source          text        not null,
  imported_by     text        not null,
  imported_at     timestamptz not null,
  primary key (indicator_code, region_code, year)
);

-- Month-end totals per county and indicator, written by the daily job, for the trends.
create table monthly_total (
  month           text        not null,
  indicator_code  text        not null,
  region_code     text        not null,
  numerator       bigint      not null,
  denominator     bigint      not null,
  primary key (month, indicator_code, region_code)
);

-- Each rebuild: what it recomputed and which rows it found different from the event-fed read model.
create table rebuild_run (
  id            bigserial   primary key,
  started_at    timestamptz not null,
  finished_at   timestamptz,
  started_by    text        not null,
  employers     integer     not null default 0,
  rows_written  integer     not null default 0,
  differences   integer     not null default 0,
  sample        jsonb       not null default '[]'
);

-- Boundary maps an administrator loaded (an approved standard map's GeoJSON per region); none is bundled.
create table region_map (
  region_code   text        primary key,
  geojson       text        not null,
  source        text        not null,
  loaded_by     text        not null,
  loaded_at     timestamptz not null
);
