-- Validity clocks (工作场所职业卫生管理规定 Art. 20): per employer in production and kind (TESTING;
-- STATUS_EVALUATION for serious hazards only), when the last qualifying job was reviewed and when
-- the next one is due. Kept in step with the registry by its events and a daily synchronisation
-- (bulk-generated registers publish no per-employer events); a reviewed job moves anchor_on.
-- reminded_for / overdue_for hold the due date a reminder or overdue notice was sent for, so each
-- is sent once per due date.
create table validity_clock (
    employer_id   bigint not null,
    kind          text not null check (kind in ('TESTING', 'STATUS_EVALUATION')),
    credit_code   text not null,
    employer_name text not null,
    region_code   text not null,
    severity      text not null check (severity in ('SERIOUS', 'GENERAL')),
    months        int not null check (months > 0),
    remind_days   int not null check (remind_days >= 0),
    basis         text not null,
    last_done_on  date,
    last_job_id   bigint,
    anchor_on     date not null,
    due_on        date not null,
    active        boolean not null,
    reminded_for  date,
    overdue_for   date,
    updated_at    timestamptz not null,
    primary key (employer_id, kind)
);
create index validity_clock_region_idx on validity_clock (region_code text_pattern_ops, due_on) where active;
create index validity_clock_due_idx on validity_clock (due_on) where active;
