-- The CDC's monitoring projects (issue 18 item 1, decision 0035): a yearly project of key occupational-disease
-- monitoring or workplace hazard monitoring and status survey, its targets per county, the reproducible sample of
-- employers, the tasks of county CDCs and qualified agencies, the surveys entered per sampled employer against a
-- versioned form (reference catalog survey-forms), and the quality-control re-checks with their resolutions.
create table monitoring_project (
    id               bigserial primary key,
    year             int not null,
    kind             text not null,
    name             text not null,
    region_code      text not null,
    industries       text[] not null,
    hazards          text[] not null,
    form_version_id  bigint not null,
    form_edition     text not null,
    qc_share         numeric(4, 3) not null,
    due_on           date not null,
    created_by       text not null,
    created_at       timestamptz not null,
    synthetic        boolean not null default false
);
create index monitoring_project_region_idx on monitoring_project (region_code text_pattern_ops, year);

create table project_target (
    project_id   bigint not null references monitoring_project (id),
    county_code  text not null,
    employers    int not null,
    workers      int not null,
    hazards      int not null,
    primary key (project_id, county_code)
);
create index project_target_county_idx on project_target (county_code text_pattern_ops);

-- One draw per project: its published inputs (the file anyone redoes it from), seed and digests.
create table sample_draw (
    project_id        bigint primary key references monitoring_project (id),
    algorithm         text not null,
    seed              text not null,
    population_count  int not null,
    sample_count      int not null,
    inputs_text       text not null,
    inputs_digest     text not null,
    result_digest     text not null,
    drawn_by          text not null,
    drawn_at          timestamptz not null
);

create table sampled_employer (
    id             bigserial primary key,
    project_id     bigint not null references monitoring_project (id),
    county_code    text not null,
    seq            int not null,
    employer_id    bigint not null,
    credit_code    text not null,
    employer_name  text not null,
    region_code    text not null,
    unique (project_id, employer_id),
    unique (project_id, seq)
);
create index sampled_employer_county_idx on sampled_employer (project_id, county_code);

-- The task of one county: done by the county's CDC (agency columns empty) or by a qualified agency.
create table survey_task (
    id                  bigserial primary key,
    project_id          bigint not null references monitoring_project (id),
    county_code         text not null,
    assignee            text not null,
    agency_id           bigint,
    agency_credit_code  text,
    agency_name         text,
    due_on              date not null,
    assigned_by         text not null,
    assigned_at         timestamptz not null,
    unique (project_id, county_code)
);
create index survey_task_county_idx on survey_task (county_code text_pattern_ops);
create index survey_task_agency_idx on survey_task (agency_credit_code);

create table survey (
    id               bigserial primary key,
    project_id       bigint not null references monitoring_project (id),
    sampled_id       bigint not null unique references sampled_employer (id),
    task_id          bigint not null references survey_task (id),
    county_code      text not null,
    form_version_id  bigint not null,
    answers          jsonb not null,
    workers          int not null default 0,
    hazards          int not null default 0,
    qc_picked        boolean not null,
    submitted_by     text not null,
    submitted_at     timestamptz not null
);
create index survey_project_idx on survey (project_id, county_code);

-- A quality-control re-check of a picked survey: the values found again, the fields that disagree, and how the
-- disagreement was resolved (who, when, which values stand, why).
create table qc_check (
    id            bigserial primary key,
    survey_id     bigint not null unique references survey (id),
    project_id    bigint not null references monitoring_project (id),
    county_code   text not null,
    answers       jsonb not null,
    differences   jsonb not null,
    status        text not null,
    checked_by    text not null,
    checked_at    timestamptz not null,
    decision      text,
    resolution    text,
    resolved_by   text,
    resolved_at   timestamptz
);
create index qc_check_project_idx on qc_check (project_id, status);
