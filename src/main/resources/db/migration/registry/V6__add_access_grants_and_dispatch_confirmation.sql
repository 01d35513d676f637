-- Relations that let an agency or institution see a record of the register outside its own scope
-- (数据授权, docs/decisions/0018-relation-grants.md): an employer's accepted engagement of an agency
-- opens the employer's sites, posts and hazards to it; a worker identified in person at an
-- institution, a diagnosis application made to it, or an exam it performed opens the worker's
-- record to it. Each grant names its reason and the record that gives it; ending that record
-- revokes the grant. A grant is never deleted, so the audit trail can always be read against it.
create table access_grant (
    id           bigserial primary key,
    grantee_kind text not null check (grantee_kind in ('AGENCY', 'INSTITUTION')),
    grantee_code text not null,
    employer_id  bigint references employer (id),
    worker_id    bigint references worker (id),
    reason       text not null check (reason in ('ENGAGEMENT', 'IN_PERSON', 'DIAGNOSIS_APPLICATION', 'EXAM')),
    reference    text not null,
    granted_at   timestamptz not null,
    valid_until  date,
    revoked_at   timestamptz,
    check ((employer_id is null) <> (worker_id is null))
);
create index access_grant_employer_idx on access_grant (employer_id, grantee_code) where employer_id is not null;
create index access_grant_worker_idx on access_grant (worker_id, grantee_code) where worker_id is not null;
create index access_grant_reference_idx on access_grant (reason, reference);

-- A dispatched worker (劳务派遣) works at the host employer (用工单位) only once the host confirms:
-- until then the host sees nothing of the worker, and a host that declines is never shown them.
-- Dispatches recorded before this rule were entered by the register's own users and stand confirmed.
alter table employment add column host_status text
    check (host_status in ('PENDING', 'CONFIRMED', 'DECLINED'));
update employment set host_status = 'CONFIRMED' where host_employer_id is not null;
alter table employment add constraint employment_host_has_status
    check ((host_employer_id is null) = (host_status is null));
alter table employment add column host_answered_at timestamptz;

-- A worker's consent that an employer sees their employment and exposure history at other
-- employers (an employer sees only its own part otherwise). Revocable; never deleted.
create table history_consent (
    id          bigserial primary key,
    worker_id   bigint not null references worker (id),
    employer_id bigint not null references employer (id),
    granted_at  timestamptz not null,
    revoked_at  timestamptz
);
create unique index history_consent_active_idx on history_consent (worker_id, employer_id) where revoked_at is null;
