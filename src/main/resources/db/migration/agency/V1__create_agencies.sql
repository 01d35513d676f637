-- Service agencies (职业卫生技术服务机构), exam institutions (职业健康检查机构) and diagnosis
-- institutions (职业病诊断机构): their qualification and its scope, staff, and the employers that
-- engage them. Employers are referred to by the register's id and a snapshot of their code, name
-- and region taken when the engagement is recorded (no cross-schema keys, ADR 0002).

create table agency (
    id                 bigserial primary key,
    kind               text not null check (kind in ('SERVICE_AGENCY', 'EXAM_INSTITUTION', 'DIAGNOSIS_INSTITUTION')),
    credit_code        text not null check (length(credit_code) = 18),
    name               text not null,
    region_code        text not null,
    address            text not null,
    contact_name       text,
    contact_phone_cipher text,
    status             text not null check (status in ('ACTIVE', 'SUSPENDED', 'REVOKED')),
    certificate_number text not null,
    issuing_authority  text not null,
    valid_from         date not null,
    valid_to           date not null,
    synthetic          boolean not null default false,
    created_at         timestamptz not null,
    updated_at         timestamptz not null,
    version            int not null default 0,
    -- One organisation may hold several qualifications (a CDC tests workplaces and examines workers).
    unique (credit_code, kind),
    check (valid_to >= valid_from)
);
create index agency_region_name_idx on agency (region_code text_pattern_ops, name);

-- Hazard categories (level 1 codes of the hazard factor catalog) or single factors (level 2).
create table scope_hazard (
    agency_id   bigint not null references agency (id) on delete cascade,
    hazard_code text not null,
    category    boolean not null,
    primary key (agency_id, hazard_code)
);

create table scope_job_type (
    agency_id bigint not null references agency (id) on delete cascade,
    job_type  text not null check (job_type in ('PERIODIC_TESTING', 'SUPERVISORY_TESTING', 'PRE_EVALUATION',
                                                'CONTROL_EFFECT_EVALUATION', 'STATUS_EVALUATION')),
    primary key (agency_id, job_type)
);

-- Exam types an institution is qualified for (exchange specification 2021, 附录1 表10 codes) and
-- how many workers it examines a day for each.
create table exam_capacity (
    agency_id      bigint not null references agency (id) on delete cascade,
    exam_type      text not null check (exam_type in ('01', '02', '03', '04', '05')),
    daily_capacity int not null check (daily_capacity >= 0),
    primary key (agency_id, exam_type)
);

create table staff (
    id                 bigserial primary key,
    agency_id          bigint not null references agency (id) on delete cascade,
    name               text not null,
    id_number_cipher   text not null,
    id_number_index    text not null,
    id_number_masked   text not null,
    title              text,
    certificate_number text,
    roles              text not null,
    status             text not null check (status in ('ACTIVE', 'LEFT')),
    left_on            date,
    synthetic          boolean not null default false,
    created_at         timestamptz not null,
    updated_at         timestamptz not null,
    version            int not null default 0,
    unique (agency_id, id_number_index)
);
create index staff_agency_idx on staff (agency_id, status, name);

create table engagement (
    id                   bigserial primary key,
    agency_id            bigint not null references agency (id) on delete cascade,
    employer_id          bigint not null,
    employer_credit_code text not null,
    employer_name        text not null,
    employer_region_code text not null,
    service_type         text not null,
    starts_on            date not null,
    ends_on              date not null,
    synthetic            boolean not null default false,
    created_at           timestamptz not null,
    check (ends_on >= starts_on)
);
create index engagement_agency_idx on engagement (agency_id, starts_on desc);
create index engagement_employer_idx on engagement (employer_id);
