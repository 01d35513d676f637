-- Classified supervision (risk module, issue 13): the employer's risk portrait (一企一案) as a read model
-- of the other modules' facades and events, its facts, the classes with their history, self-inspections,
-- rectification items with their evidence, and the public light's posters. See docs/risk.md.

-- One row per employer: the inputs of the classification (kept current by events) and the class in force.
create table portrait (
    employer_id             bigint primary key,
    credit_code             text not null,
    name                    text not null,
    region_code             text not null,
    industry_code           text,
    employer_status         text not null,
    industry_severity       text,
    duties_since            date,
    production_start_known  boolean not null default false,
    exposed                 int not null default 0,
    workforce               int not null default 0,
    hazard_codes            text[] not null default '{}',
    serious_factors         text[] not null default '{}',
    exceedances             int not null default 0,
    overdue_tests           int not null default 0,
    declaration_overdue     int not null default 0,
    exams_missing           int not null default 0,
    suspected               int not null default 0,
    contraindicated_at_post int not null default 0,
    diagnoses_3y            int not null default 0,
    confirmed_alerts        int not null default 0,
    healthy_enterprise      boolean not null default false,
    score                   numeric(5, 1),
    self_inspection_id      bigint,
    self_inspection_complete boolean not null default false,
    -- the class in force (null until first assessed)
    assessment_id           bigint,
    hazard_level            text,
    grade                   text,
    risk_class              text,
    light                   text,
    overridden              boolean not null default false,
    assessed_on             date,
    next_due_on             date,
    refreshed_at            timestamptz not null default now()
);
create index portrait_region_idx on portrait (region_code text_pattern_ops);
create index portrait_credit_idx on portrait (credit_code);
create index portrait_due_idx on portrait (next_due_on);

-- What the portrait shows, with the date and source of each fact; replaced per group on refresh.
create table fact (
    id           bigserial primary key,
    employer_id  bigint not null references portrait (employer_id) on delete cascade,
    grp          text not null,
    kind         text not null,
    finding_key  text,
    message_key  text not null,
    arguments    text[] not null default '{}',
    observed_on  date,
    source       text not null,
    link         text
);
create index fact_employer_idx on fact (employer_id, grp);

-- Every assessment whose outcome differed from the one before (and every override, lifted override and
-- periodic reassessment): the history of classes with why each changed.
create table assessment (
    id              bigserial primary key,
    employer_id     bigint not null references portrait (employer_id) on delete cascade,
    region_code     text not null,
    assessed_on     date not null,
    assessed_at     timestamptz not null default now(),
    trigger_kind    text not null,
    trigger_detail  text,
    hazard_level    text not null,
    grade           text not null,
    computed_class  text not null,
    risk_class      text not null,
    light           text not null,
    overridden      boolean not null default false,
    override_reason text,
    actor_name      text not null,
    previous_class  text,
    inputs          jsonb not null,
    path            jsonb not null,
    rules_version_id bigint not null,
    rules_edition   text not null,
    next_due_on     date not null
);
create index assessment_employer_idx on assessment (employer_id, id desc);
create index assessment_moved_idx on assessment (assessed_on, region_code text_pattern_ops) where previous_class is not null;

create table self_inspection (
    id                 bigserial primary key,
    employer_id        bigint not null,
    credit_code        text not null,
    region_code        text not null,
    employer_name      text not null,
    checklist_version_id bigint not null,
    checklist_edition  text not null,
    occasion           text not null check (occasion in ('ANNUAL', 'ON_DEMAND')),
    status             text not null check (status in ('DRAFT', 'SUBMITTED', 'CHECKED')),
    score              numeric(5, 1),
    complete           boolean not null default false,
    created_at         timestamptz not null default now(),
    created_by         text not null,
    submitted_on       date,
    submitted_by       text,
    checked_on         date,
    checked_by         text,
    check_note         text
);
create index self_inspection_employer_idx on self_inspection (employer_id, id desc);
create unique index self_inspection_one_draft on self_inspection (employer_id) where status = 'DRAFT';

create table self_inspection_answer (
    inspection_id     bigint not null references self_inspection (id) on delete cascade,
    item_code         text not null,
    points            numeric(5, 1) not null,
    evidence          text,
    corrected_points  numeric(5, 1),
    correction_reason text,
    primary key (inspection_id, item_code)
);

create table rectification (
    id               bigserial primary key,
    employer_id      bigint not null,
    credit_code      text not null,
    region_code      text not null,
    employer_name    text not null,
    finding_kind     text not null,
    finding_key      text not null,
    message_key      text not null,
    arguments        text[] not null default '{}',
    found_on         date not null,
    source           text not null,
    due_on           date not null,
    deadline_basis   text not null,
    status           text not null check (status in ('OPEN', 'ANSWERED', 'RETURNED', 'RELEASED')),
    answer           text,
    answered_on      date,
    answered_by      text,
    review_note      text,
    reviewed_on      date,
    reviewed_by      text,
    released_on      date,
    overdue_notified boolean not null default false,
    created_at       timestamptz not null default now()
);
create unique index rectification_finding_idx on rectification (employer_id, finding_key);
create index rectification_region_idx on rectification (region_code text_pattern_ops, status, due_on);
create index rectification_employer_idx on rectification (employer_id, status);

-- Evidence files live outside the database (ohs.risk.evidence-directory); the row keeps the hash.
create table evidence (
    id               bigserial primary key,
    rectification_id bigint not null references rectification (id),
    file_name        text not null,
    content_type     text not null,
    size_bytes       bigint not null,
    sha256           text not null,
    storage_name     text not null,
    uploaded_at      timestamptz not null default now(),
    uploaded_by      text not null
);
create index evidence_rectification_idx on evidence (rectification_id);

-- QR posters of the public light: the code in force per employer, withdrawn when the class changes.
create table poster (
    code          text primary key,
    employer_id   bigint not null,
    assessment_id bigint not null,
    risk_class    text not null,
    light         text not null,
    assessed_on   date not null,
    employer_name text not null,
    region_code   text not null,
    issued_on     date not null,
    withdrawn_on  date,
    pdf           bytea not null
);
create index poster_employer_idx on poster (employer_id) where withdrawn_on is null;
