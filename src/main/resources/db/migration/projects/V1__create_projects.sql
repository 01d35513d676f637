-- Construction projects and their 三同时 stages (issue 15 item 6, docs/projects.md, decision 0031).
-- The employer's name, credit code and region are copied when the project is registered: the scope
-- predicates need them without reading the register, and a project records whom it was registered for.
create table project (
  id                   bigserial primary key,
  employer_id          bigint not null,
  employer_credit_code varchar(18) not null,
  employer_name        varchar(200) not null,
  region_code          varchar(12) not null,
  name                 varchar(200) not null,
  kind                 varchar(24) not null check (kind in ('NEW', 'EXTENSION', 'RECONSTRUCTION', 'RENOVATION', 'IMPORT')),
  industry_code        varchar(10) not null,
  activity_code        varchar(12),
  hazard_factors       text[] not null default '{}',
  -- From the risk directory in force at registration (null: the directory does not list the industry).
  hazard_class         varchar(10) check (hazard_class in ('SERIOUS', 'GENERAL')),
  class_pending        boolean not null default false,
  class_basis          varchar(2000) not null,
  -- The stage to complete next, DONE once completion acceptance (竣工验收) is recorded.
  stage                varchar(20) not null check (stage in ('PRE_EVALUATION', 'DESIGN', 'CONSTRUCTION', 'CONTROL_EFFECT',
                                                           'COMPLETION', 'DONE')),
  registered_on        date not null,
  completed_on         date,
  created_by           varchar(100) not null,
  created_at           timestamptz not null default now(),
  version              int not null default 0
);
create index project_region on project (region_code text_pattern_ops, id desc);
create index project_employer on project (employer_credit_code, id desc);
create index project_completed on project (completed_on, region_code text_pattern_ops) where completed_on is not null;

-- One row per stage reached: started when the stage before it was completed (the first at registration),
-- due after the days of the project-supervision catalog in force on that day.
create table project_stage (
  project_id          bigint not null references project (id),
  stage               varchar(20) not null check (stage in ('PRE_EVALUATION', 'DESIGN', 'CONSTRUCTION', 'CONTROL_EFFECT',
                                                          'COMPLETION')),
  started_on          date not null,
  due_on              date not null,
  completed_on        date,
  agency_id           bigint,
  agency_name         varchar(200),
  agency_credit_code  varchar(18),
  report_number       varchar(60),
  conclusion          varchar(2000),
  recorded_by         varchar(100),
  recorded_at         timestamptz,
  overdue_notified_on date,
  primary key (project_id, stage)
);
create index project_stage_open on project_stage (due_on) where completed_on is null;

-- Documents of a stage: on disk under ohs.projects.document-directory, named by their SHA-256.
create table project_document (
  id           bigserial primary key,
  project_id   bigint not null references project (id),
  stage        varchar(20) not null,
  file_name    varchar(200) not null,
  content_type varchar(60) not null,
  size_bytes   bigint not null,
  sha256       char(64) not null,
  uploaded_by  varchar(100) not null,
  uploaded_at  timestamptz not null default now()
);
create index project_document_project on project_document (project_id);

-- Supervisory verification (监督核查, Law Art. 18 para. 4) of completion acceptances: one draw per region and
-- quarter over the projects whose completion acceptance fell in it, frozen into an inputs file; the seed is
-- SHA-256 of the algorithm, region, period and the inputs' digest, so nobody chooses it and anyone can redo it.
create table verification_round (
  id                 bigserial primary key,
  region_code        varchar(12) not null,
  period             varchar(7) not null,
  period_from        date not null,
  period_to          date not null,
  algorithm          varchar(20) not null,
  catalog_version_id bigint not null,
  edition            varchar(200) not null,
  inputs             text not null,
  inputs_digest      char(64) not null,
  seed               char(64) not null,
  result_digest      char(64) not null,
  frame_size         int not null,
  drawn_size         int not null,
  drawn_by           varchar(100) not null,
  drawn_at           timestamptz not null default now(),
  unique (region_code, period)
);
create index verification_round_region on verification_round (region_code text_pattern_ops, period desc);

create table verification_line (
  id                bigserial primary key,
  round_id          bigint not null references verification_round (id),
  seq               int not null,
  project_id        bigint not null references project (id),
  region_code       varchar(12) not null,
  hazard_class      varchar(10) not null,
  verified_on       date,
  outcome           varchar(20) check (outcome in ('CONFORMING', 'NONCONFORMING')),
  findings          varchar(2000),
  inspector_user_id bigint,
  inspector_name    varchar(100),
  recorded_at       timestamptz,
  unique (round_id, project_id),
  unique (round_id, seq)
);
create index verification_line_open on verification_line (region_code text_pattern_ops) where outcome is null;
