-- The blacklist (黑名单) of agencies and institutions (issue 15): an entry with its reason, legal basis, period and
-- decision document, proposed by a supervisor or automatically on a trigger, in force once a supervisor confirms it
-- with the decision document, until its last day or an early removal with a reason. The document (PDF, PNG or JPEG,
-- recognised by content, at most 5 MB) is kept with its SHA-256 and only ever served as an attachment.
create table blacklist_entry (
    id                bigserial primary key,
    agency_id         bigint not null references agency (id) on delete cascade,
    status            text not null check (status in ('PROPOSED', 'IN_FORCE', 'REJECTED', 'REMOVED')),
    origin            text not null check (origin in ('SUPERVISOR', 'TRIGGER')),
    trigger_code      text,
    reason            text not null,
    legal_basis       text not null,
    starts_on         date,
    ends_on           date,
    document_name     text,
    document_type     text check (document_type in ('application/pdf', 'image/png', 'image/jpeg')),
    document_size     int,
    document_sha256   text,
    document          bytea,
    proposed_by       text not null,
    proposed_at       timestamptz not null,
    decided_by        text,
    decided_at        timestamptz,
    decision_note     text,
    removed_by        text,
    removed_at        timestamptz,
    removal_reason    text,
    check (ends_on is null or starts_on is null or ends_on >= starts_on),
    check (status <> 'IN_FORCE' or (starts_on is not null and ends_on is not null and document_sha256 is not null))
);
create index blacklist_agency_idx on blacklist_entry (agency_id, status);
-- At most one proposal waiting per organisation: a trigger proposes once.
create unique index blacklist_proposed_idx on blacklist_entry (agency_id) where status = 'PROPOSED';
