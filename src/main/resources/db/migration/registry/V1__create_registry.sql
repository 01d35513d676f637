-- The register of employers (一企一案) and workers (一人一档). Every large table carries
-- region_code so that scope filters are index range scans and a future Citus deployment can
-- shard by province (ARCHITECTURE.md, "Scale").
create extension if not exists pg_trgm;

create table employer (
    id                  bigserial primary key,
    credit_code         text not null unique check (length(credit_code) = 18),
    name                text not null,
    region_code         text not null,
    address             text not null,
    industry_code       text not null,
    economic_type_code  text,
    employees           int not null check (employees >= 0),
    annual_revenue      bigint check (annual_revenue >= 0),
    size_class          text,
    legal_representative text not null,
    oh_manager_name     text,
    oh_manager_phone_cipher text,
    contact_phone_cipher text,
    status              text not null check (status in ('IN_PRODUCTION', 'SUSPENDED', 'CLOSED')),
    severity            text check (severity in ('SERIOUS', 'GENERAL')),
    severity_basis      text,
    synthetic           boolean not null default false,
    created_at          timestamptz not null,
    updated_at          timestamptz not null,
    version             int not null default 0
);
-- The list page filters by region prefix (+ industry) and sorts; keep both in one index.
create index employer_region_industry_idx on employer (region_code text_pattern_ops, industry_code, id);
create index employer_region_name_idx on employer (region_code text_pattern_ops, name);
create index employer_name_trgm_idx on employer using gin (name gin_trgm_ops);

create table site (
    id          bigserial primary key,
    employer_id bigint not null references employer (id) on delete cascade,
    name        text not null,
    address     text,
    -- A site may belong to another industry than the employer; the higher severity wins.
    industry_code text
);
create index site_employer_idx on site (employer_id);

create table workshop (
    id      bigserial primary key,
    site_id bigint not null references site (id) on delete cascade,
    name    text not null
);
create index workshop_site_idx on workshop (site_id);

create table post (
    id                 bigserial primary key,
    employer_id        bigint not null references employer (id) on delete cascade,
    workshop_id        bigint not null references workshop (id) on delete cascade,
    name               text not null,
    hours_per_day      numeric(4, 2) not null check (hours_per_day > 0 and hours_per_day <= 24),
    days_per_week      numeric(3, 1) not null check (days_per_week > 0 and days_per_week <= 7),
    exposed_headcount  int not null check (exposed_headcount >= 0)
);
create index post_employer_idx on post (employer_id);

create table post_hazard (
    post_id     bigint not null references post (id) on delete cascade,
    hazard_code text not null,
    primary key (post_id, hazard_code)
);

create table worker (
    id               bigserial primary key,
    id_number_cipher text not null,
    id_number_index  text not null unique,
    id_number_masked text not null,
    name             text not null,
    gender           text not null check (gender in ('M', 'F')),
    birth_date       date not null,
    mobile_cipher    text,
    synthetic        boolean not null default false,
    created_at       timestamptz not null
);

create table employment (
    id               bigserial primary key,
    worker_id        bigint not null references worker (id),
    employer_id      bigint not null references employer (id),
    region_code      text not null,
    post_id          bigint references post (id),
    hired_on         date not null,
    left_on          date,
    dispatched       boolean not null default false,
    host_employer_id bigint references employer (id),
    check (left_on is null or left_on >= hired_on)
);
create index employment_worker_idx on employment (worker_id);
create index employment_employer_idx on employment (employer_id, left_on);
create index employment_region_idx on employment (region_code text_pattern_ops, worker_id);
create index employment_host_idx on employment (host_employer_id) where host_employer_id is not null;

-- What happened to an employer or a worker, written with the change, for the timelines of
-- 一企一案 and 一人一档 (the audit trail says who did it; this says what it means).
create table history (
    id          bigserial primary key,
    employer_id bigint references employer (id),
    worker_id   bigint references worker (id),
    occurred_at timestamptz not null,
    kind        text not null,
    details     text[] not null default '{}'
);
create index history_employer_idx on history (employer_id, occurred_at desc);
create index history_worker_idx on history (worker_id, occurred_at desc);
