-- Radiation workers (放射工作人员) and their personal dose records (issue 18 item 2), module radiation.
-- See docs/radiation.md and docs/decisions/0032-radiation-health-module.md. Personal data (the worker's
-- name) is sealed; lists show the masked name and identity number only. Every row carries the keys its
-- readers are scoped by: region_code (supervisors, CDC), employer_credit_code (the employer's radiation
-- manager), agency_credit_code (the dosimetry service), worker_id (the worker themself).

-- The employer's radiation licence (放射诊疗许可证 / 辐射安全许可证): one in force per employer.
create table licence (
    employer_id           bigint primary key,
    employer_credit_code  text not null,
    employer_name         text not null,
    region_code           text not null,
    licence_no            text not null,
    issued_by             text not null,
    valid_from            date not null,
    valid_to              date,
    updated_by            text not null,
    updated_at            timestamptz not null
);
create index licence_region on licence (region_code text_pattern_ops);
create index licence_employer on licence (employer_credit_code);

-- A post (岗位) of the register marked as a radiation post with its occupational category.
create table post (
    post_id               bigint primary key,
    employer_id           bigint not null,
    employer_credit_code  text not null,
    region_code           text not null,
    post_name             text not null,
    category_code         text not null,
    category_name         text not null,
    marked_by             text not null,
    marked_at             timestamptz not null
);
create index post_employer on post (employer_id);

-- A worker of the register marked as a radiation worker of an employer, with the occupational category,
-- the post, the dosimetry service that monitors them and since when (monitoring periods start with the
-- quarter of monitored_from). id_index is the blind index of the identity number (upload rows name people
-- by it); name_sealed the encrypted name.
create table worker (
    id                    bigserial primary key,
    worker_id             bigint not null,
    employer_id           bigint not null,
    employer_credit_code  text not null,
    employer_name         text not null,
    region_code           text not null,
    name_sealed           text not null,
    name_masked           text not null,
    id_masked             text not null,
    id_index              text not null,
    post_id               bigint,
    category_code         text not null,
    category_name         text not null,
    agency_id             bigint not null,
    agency_credit_code    text not null,
    agency_name           text not null,
    monitored_from        date not null,
    monitored_to          date,
    marked_by             text not null,
    marked_at             timestamptz not null,
    unique (employer_id, worker_id)
);
create index worker_region on worker (region_code text_pattern_ops);
create index worker_employer on worker (employer_credit_code);
create index worker_agency on worker (agency_credit_code);
create index worker_index on worker (id_index);
create index worker_person on worker (worker_id);

-- One monitoring period's personal dose record (mSv). A value below the detection limit is kept as such:
-- the value is null, the flag set and the detection limit (mdl) stored; sums count it as the catalog's
-- share of the limit (counted_hp10). Lens dose only where measured.
create table dose (
    id                    bigserial primary key,
    radiation_worker_id   bigint not null references worker (id),
    worker_id             bigint not null,
    employer_id           bigint not null,
    employer_credit_code  text not null,
    region_code           text not null,
    agency_id             bigint not null,
    agency_credit_code    text not null,
    period_year           int not null,
    period_quarter        int not null check (period_quarter between 1 and 4),
    hp10                  numeric(10, 3) check (hp10 >= 0),
    hp10_below            boolean not null,
    hp007                 numeric(10, 3) check (hp007 >= 0),
    hp007_below           boolean not null,
    lens                  numeric(10, 3) check (lens >= 0),
    lens_below            boolean not null,
    mdl                   numeric(10, 3) check (mdl >= 0),
    counted_hp10          numeric(10, 3) not null,
    counted_hp007         numeric(10, 3) not null,
    counted_lens          numeric(10, 3),
    limits_version_id     bigint not null,
    limits_edition        text not null,
    investigation_level   numeric(10, 3) not null,
    above_investigation   boolean not null,
    channel               text not null check (channel in ('CONSOLE', 'EXCEL', 'API')),
    import_id             bigint,
    entered_by            text not null,
    entered_at            timestamptz not null,
    unique (radiation_worker_id, period_year, period_quarter)
);
create index dose_region on dose (region_code text_pattern_ops, period_year, period_quarter);
create index dose_employer on dose (employer_credit_code);
create index dose_agency on dose (agency_credit_code);
create index dose_person on dose (worker_id);

-- A period above the investigation level: the employer explains (OPEN → ANSWERED).
create table investigation (
    id                    bigserial primary key,
    dose_id               bigint not null unique references dose (id),
    radiation_worker_id   bigint not null references worker (id),
    worker_id             bigint not null,
    employer_id           bigint not null,
    employer_credit_code  text not null,
    region_code           text not null,
    agency_credit_code    text not null,
    level                 numeric(10, 3) not null,
    status                text not null check (status in ('OPEN', 'ANSWERED')),
    explanation           text,
    answered_by           text,
    answered_at           timestamptz,
    opened_at             timestamptz not null
);
create index investigation_region on investigation (region_code text_pattern_ops, status);
create index investigation_employer on investigation (employer_credit_code, status);

-- A sum above a dose limit: ANNUAL (effective dose in a calendar year), FIVE_YEAR (five consecutive years),
-- LENS and SKIN (a year). One per worker, kind and (last) year; the total is updated as records arrive.
create table alert (
    id                    bigserial primary key,
    radiation_worker_id   bigint not null references worker (id),
    worker_id             bigint not null,
    employer_credit_code  text not null,
    region_code           text not null,
    agency_credit_code    text not null,
    kind                  text not null check (kind in ('ANNUAL', 'FIVE_YEAR', 'LENS', 'SKIN')),
    year                  int not null,
    total                 numeric(10, 3) not null,
    dose_limit            numeric(10, 3) not null,
    raised_at             timestamptz not null,
    unique (radiation_worker_id, kind, year)
);
create index alert_region on alert (region_code text_pattern_ops);

-- An Excel upload by a dosimetry service and every row it rejected with the reason (nothing lost).
create table dose_import (
    id                    bigserial primary key,
    agency_id             bigint not null,
    agency_credit_code    text not null,
    region_code           text not null,
    file_name             text not null,
    total_rows            int not null,
    accepted              int not null,
    rejected              int not null,
    imported_by           text not null,
    imported_at           timestamptz not null
);
create table dose_import_rejection (
    import_id             bigint not null references dose_import (id),
    row_number            int not null,
    reasons               text not null,
    cells                 text not null,
    primary key (import_id, row_number)
);
