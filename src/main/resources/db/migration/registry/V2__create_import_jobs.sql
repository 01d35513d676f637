-- Imports of employers and workers: every uploaded row is kept here, checked, until the user
-- applies all valid rows (in one transaction, through the services) or discards the job.
-- Row contents are encrypted (they carry identity numbers and phone numbers).
create table import_job (
    id            bigserial primary key,
    kind          text not null check (kind in ('EMPLOYERS', 'WORKERS')),
    owner_id      bigint not null,
    owner_name    text not null,
    filename      text not null,
    status        text not null check (status in ('CHECKING', 'READY', 'APPLYING', 'APPLIED', 'DISCARDED', 'FAILED')),
    total         int not null default 0,
    processed     int not null default 0,
    accepted      int not null default 0,
    rejected      int not null default 0,
    -- Why reading or applying failed, as a message code and its arguments.
    problem_code  text,
    problem_args  text[] not null default '{}',
    created_at    timestamptz not null,
    finished_at   timestamptz
);
create index import_job_owner_idx on import_job (owner_id, created_at desc);

create table import_row (
    job_id   bigint not null references import_job (id) on delete cascade,
    row_no   int not null,
    data     text not null,
    accepted boolean not null,
    -- One reason per broken rule, already in the uploader's language (the report is theirs).
    errors   text[] not null default '{}',
    primary key (job_id, row_no)
);
create index import_row_rejected_idx on import_row (job_id, row_no) where not accepted;
