-- Workplace testing and evaluation jobs (检测/评价) by service agencies: the job with its employer
-- and agency captured for scope (no cross-schema keys, ADR 0002), participants per step, the
-- sampling plan per post and point, every sample result (non-detects kept with their limit of
-- detection), and the judgements the platform stored from them: per exposure (a factor at a post
-- on a day), per result and per post, each with the rule, the value, the limit and its unit.

create sequence job_number_seq;

create table job (
    id                  bigserial primary key,
    number              text not null unique,
    job_type            text not null check (job_type in ('PERIODIC_TESTING', 'SUPERVISORY_TESTING', 'PRE_EVALUATION',
                                                          'CONTROL_EFFECT_EVALUATION', 'STATUS_EVALUATION')),
    employer_id         bigint not null,
    employer_name       text not null,
    credit_code         text not null,
    region_code         text not null,
    agency_id           bigint not null,
    agency_credit_code  text not null,
    agency_name         text not null,
    status              text not null check (status in ('DRAFT', 'SUBMITTED', 'REVIEWED', 'RETURNED')),
    contracted_on       date,
    survey_on           date,
    sampling_from       date not null,
    sampling_to         date not null,
    scope_text          text not null,
    methods             text not null,
    hot_outdoor         boolean not null default false,
    created_by          text not null,
    submitted_at        timestamptz,
    submitted_by        text,
    reviewed_at         timestamptz,
    reviewed_on         date,
    reviewed_by         text,
    return_reason       text,
    synthetic           boolean not null default false,
    created_at          timestamptz not null,
    updated_at          timestamptz not null,
    version             int not null default 0,
    check (sampling_to >= sampling_from)
);
create index job_region_idx on job (region_code text_pattern_ops, sampling_from desc);
create index job_credit_idx on job (credit_code, sampling_from desc);
create index job_agency_idx on job (agency_credit_code, sampling_from desc);
create index job_employer_idx on job (employer_id);

-- Who did each step: agency staff (id and name as they were when named on the job).
create table participant (
    job_id     bigint not null references job (id) on delete cascade,
    step       text not null check (step in ('SURVEY', 'SAMPLING', 'LABORATORY', 'EVALUATION')),
    staff_id   bigint not null,
    staff_name text not null,
    primary key (job_id, step, staff_id)
);

create table plan_row (
    id              bigserial primary key,
    job_id          bigint not null references job (id) on delete cascade,
    ordinal         int not null,
    post_id         bigint not null,
    post_name       text not null,
    workshop_name   text not null,
    point_name      text not null,
    factor_code     text not null,
    factor_name     text not null,
    limit_code      text,
    sampling_mode   text not null check (sampling_mode in ('PERSONAL', 'AREA')),
    planned_samples int not null check (planned_samples > 0)
);
create index plan_row_job_idx on plan_row (job_id, ordinal);

-- Factors at a post that the evaluator says act on the same organ (GBZ 2.1-2019 3.8): Σ Cᵢ/OELᵢ.
create table mixture (
    id           bigserial primary key,
    job_id       bigint not null references job (id) on delete cascade,
    post_id      bigint not null,
    factor_codes text not null
);

create table result (
    id                 bigserial primary key,
    job_id             bigint not null references job (id) on delete cascade,
    sample_number      text not null,
    post_id            bigint not null,
    post_name          text not null,
    point_name         text,
    subject            text not null default '',
    factor_code        text not null,
    factor_name        text not null,
    limit_code         text,
    method             text not null,
    sampling_mode      text not null check (sampling_mode in ('PERSONAL', 'AREA')),
    started_at         timestamp not null,
    ended_at           timestamp not null,
    duration_minutes   numeric not null check (duration_minutes > 0),
    represents_shift   boolean not null,
    value              numeric check (value >= 0),
    unit               text not null,
    limit_of_detection numeric check (limit_of_detection > 0),
    non_detect         boolean not null,
    labour_intensity   text check (labour_intensity in ('I', 'II', 'III', 'IV')),
    created_by         text not null,
    created_at         timestamptz not null,
    unique (job_id, sample_number),
    check (ended_at > started_at),
    check (non_detect = (value is null)),
    check (not non_detect or limit_of_detection is not null)
);
create index result_job_idx on result (job_id, post_id, factor_code, started_at);

-- One judged exposure: a factor (or a mixture, or noise, or heat) at a post on a day for one
-- subject (a worker sampled personally; '' for the post), by every rule the limit calls for.
create table exposure_judgement (
    id            bigserial primary key,
    job_id        bigint not null references job (id) on delete cascade,
    post_id       bigint not null,
    factor_code   text not null,
    limit_code    text,
    kind          text not null check (kind in ('CHEMICAL', 'DUST', 'NOISE', 'HEAT', 'MIXTURE')),
    day           date not null,
    subject       text not null default '',
    verdict       text check (verdict in ('COMPLIANT', 'NON_COMPLIANT')),
    rule          text,
    value         numeric,
    limit_value   numeric,
    unit          text,
    clause        text,
    limit_verified boolean not null default false,
    not_assessed  text not null default '',
    problem_code  text,
    problem_args  text
);
create index exposure_judgement_job_idx on exposure_judgement (job_id, post_id);

create table exposure_check (
    judgement_id bigint not null references exposure_judgement (id) on delete cascade,
    ordinal      int not null,
    rule         text not null,
    value        numeric not null,
    limit_value  numeric not null,
    unit         text not null,
    verdict      text not null check (verdict in ('COMPLIANT', 'NON_COMPLIANT')),
    primary key (judgement_id, ordinal)
);

create table result_judgement (
    result_id     bigint primary key references result (id) on delete cascade,
    job_id        bigint not null references job (id) on delete cascade,
    verdict       text check (verdict in ('COMPLIANT', 'NON_COMPLIANT')),
    rule          text,
    value         numeric,
    limit_value   numeric,
    unit          text,
    clause        text,
    problem_code  text
);
create index result_judgement_job_idx on result_judgement (job_id);

create table post_judgement (
    job_id      bigint not null references job (id) on delete cascade,
    post_id     bigint not null,
    post_name   text not null,
    verdict     text not null check (verdict in ('COMPLIANT', 'NON_COMPLIANT')),
    primary key (job_id, post_id)
);

-- What made a post 不符合: each failing rule with its factor(s).
create table post_failure (
    job_id      bigint not null references job (id) on delete cascade,
    post_id     bigint not null,
    ordinal     int not null,
    factor_code text not null,
    rule        text not null,
    value       numeric not null,
    limit_value numeric not null,
    unit        text not null,
    primary key (job_id, post_id, ordinal)
);

-- API idempotency: the first answer to a key, replayed for the same request, refused (409) for another.
create table idempotency_key (
    owner          text not null,
    key            text not null,
    request_hash   text not null,
    response_status int,
    response_body  text,
    created_at     timestamptz not null,
    primary key (owner, key)
);
