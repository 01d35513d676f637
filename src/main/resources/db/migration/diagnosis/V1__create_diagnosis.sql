-- Occupational disease diagnosis and appraisal (职业病防治法 Arts. 43–53; 职业病诊断与鉴定管理办法
-- 国家卫生健康委令第6号), the registry of confirmed cases, and pneumoconiosis rehabilitation.
-- Workers' names are stored encrypted (PiiCipher); identity numbers only masked, as the register
-- hands them out. region_code is the employer's region (jurisdiction).

-- A suspected disease found by an exam (surveillance's SuspectedDiseaseFound), waiting for an application.
create table referral (
    id                   bigserial primary key,
    exam_id              bigint not null,
    hazard_code          text not null,
    hazard_name          text,
    worker_id            bigint not null,
    worker_name          text not null,
    worker_id_masked     text not null,
    employer_id          bigint not null,
    employer_name        text not null,
    credit_code          text not null,
    region_code          text not null,
    exam_institution_id  bigint not null,
    examined_on          date not null,
    report_due_on        date,
    state                text not null check (state in ('OPEN', 'APPLIED')),
    case_id              bigint,
    created_at           timestamptz not null,
    unique (exam_id, hazard_code)
);
create index referral_region_idx on referral (region_code text_pattern_ops, id desc) where state = 'OPEN';
create index referral_worker_idx on referral (worker_id);

create table diagnosis_case (
    id                       bigserial primary key,
    number                   text not null unique,
    worker_id                bigint not null,
    worker_name              text not null,
    worker_id_masked         text not null,
    employer_id              bigint not null,
    employer_name            text not null,
    credit_code              text not null,
    region_code              text not null,
    institution_id           bigint not null,
    institution_credit_code  text not null,
    institution_name         text not null,
    applicant                text not null check (applicant in ('WORKER', 'EMPLOYER')),
    applied_on               date not null,
    hazard_codes             text[] not null,
    hazard_names             text[] not null,
    referral_id              bigint references referral (id),
    status                   text not null check (status in ('APPLIED', 'UNDER_DIAGNOSIS', 'DIAGNOSED', 'CERTIFIED',
                                 'APPRAISAL_REQUESTED', 'APPRAISED', 'REAPPRAISAL_REQUESTED', 'REAPPRAISED')),
    materials_complete_on    date,
    diagnosed_on             date,
    diagnosis_disease_code   text,
    diagnosis_disease_name   text,
    diagnosis_conclusion     text,
    certificate_number       text,
    certificate_delivered_on date,
    -- the outcome in force (diagnosis, or the appraisal or re-appraisal that replaced it)
    disease_code             text,
    disease_name             text,
    category_code            text,
    category_name            text,
    pneumoconiosis           boolean not null default false,
    outcome_stage            text check (outcome_stage in ('DIAGNOSIS', 'APPRAISAL', 'REAPPRAISAL')),
    outcome_on               date,
    outcome_final            boolean not null default false,
    synthetic                boolean not null default false,
    created_at               timestamptz not null,
    updated_at               timestamptz not null,
    version                  int not null default 0
);
create index case_region_idx on diagnosis_case (region_code text_pattern_ops, id desc);
create index case_worker_idx on diagnosis_case (worker_id);
create index case_institution_idx on diagnosis_case (institution_credit_code, id desc);
create index case_credit_idx on diagnosis_case (credit_code, id desc);
create index case_registry_idx on diagnosis_case (region_code text_pattern_ops, outcome_on) where disease_code is not null;

create table case_material (
    case_id      bigint not null references diagnosis_case (id) on delete cascade,
    position     int not null,
    code         text not null,
    name         text not null,
    article      text,
    received_on  date,
    waived       boolean not null default false,
    note         text,
    primary key (case_id, code)
);

create table appraisal (
    id               bigserial primary key,
    case_id          bigint not null references diagnosis_case (id),
    level            text not null check (level in ('CITY', 'PROVINCE')),
    authority_region text not null,
    requested_on     date not null,
    requested_by     text not null check (requested_by in ('WORKER', 'EMPLOYER')),
    reason           text not null,
    decided_on       date,
    occupational     boolean,
    disease_code     text,
    disease_name     text,
    document_number  text,
    conclusion       text,
    decided_by       text,
    created_at       timestamptz not null,
    unique (case_id, level)
);

-- Statutory clocks of a case: DIAGNOSIS and CERTIFICATE are duties of the institution (overdue when
-- missed); APPRAISAL and REAPPRAISAL are windows of the parties (lapsed when unused: the outcome is final).
create table case_clock (
    id               bigserial primary key,
    case_id          bigint not null references diagnosis_case (id),
    region_code      text not null,
    kind             text not null check (kind in ('DIAGNOSIS', 'CERTIFICATE', 'APPRAISAL', 'REAPPRAISAL')),
    started_on       date not null,
    days             int not null,
    due_on           date not null,
    basis            text not null,
    state            text not null check (state in ('OPEN', 'MET', 'LAPSED')),
    met_on           date,
    due_soon_marked  date,
    overdue_marked   date,
    created_at       timestamptz not null,
    unique (case_id, kind)
);
create index case_clock_open_idx on case_clock (region_code text_pattern_ops, due_on) where state = 'OPEN';

create table case_history (
    id          bigserial primary key,
    case_id     bigint not null references diagnosis_case (id),
    at          timestamptz not null,
    action      text not null,
    actor_name  text not null,
    note        text
);
create index case_history_idx on case_history (case_id, at);

-- Pneumoconiosis rehabilitation (尘肺病康复站).
create table station (
    id           bigserial primary key,
    name         text not null,
    credit_code  text not null unique,
    region_code  text not null,
    address      text not null,
    capacity     int not null check (capacity > 0),
    status       text not null check (status in ('ACTIVE', 'CLOSED')),
    synthetic    boolean not null default false,
    created_at   timestamptz not null,
    updated_at   timestamptz not null
);
create index station_region_idx on station (region_code text_pattern_ops);

create table patient (
    id               bigserial primary key,
    station_id       bigint not null references station (id),
    case_id          bigint not null references diagnosis_case (id),
    worker_id        bigint not null,
    worker_name      text not null,
    worker_id_masked text not null,
    disease_name     text not null,
    enrolled_on      date not null,
    left_on          date,
    status           text not null check (status in ('ACTIVE', 'LEFT')),
    created_at       timestamptz not null
);
create unique index patient_active_idx on patient (case_id) where status = 'ACTIVE';
create index patient_station_idx on patient (station_id, status);

create table appointment (
    id            bigserial primary key,
    patient_id    bigint not null references patient (id),
    station_id    bigint not null references station (id),
    scheduled_on  date not null,
    services      text[] not null,
    status        text not null check (status in ('SCHEDULED', 'ATTENDED', 'MISSED', 'CANCELLED')),
    created_at    timestamptz not null
);
create index appointment_station_idx on appointment (station_id, scheduled_on);

create table visit (
    id              bigserial primary key,
    patient_id      bigint not null references patient (id),
    station_id      bigint not null references station (id),
    appointment_id  bigint references appointment (id),
    visited_on      date not null,
    services        text[] not null,
    outcome_notes   text not null,
    recorded_by     text not null,
    created_at      timestamptz not null
);
create index visit_patient_idx on visit (patient_id, visited_on desc);
