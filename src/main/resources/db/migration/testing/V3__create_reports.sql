-- Issued testing and evaluation reports. A report is issued when the agency's review accepts a job
-- and is never changed afterwards: the PDF and its SHA-256 are kept as issued (the portal's
-- register keeps the hash and answers the QR code). A correction issues the next edition with a
-- reason; the earlier one stays, marked replaced, and its public verification says so.
create table report (
    id                bigserial primary key,
    job_id            bigint not null references job (id),
    number            text not null,
    edition           int not null check (edition >= 1),
    verification_code text not null unique,
    sha256            char(64) not null,
    pdf               bytea not null,
    issued_at         timestamptz not null,
    issued_by         text not null,
    reason            text,
    replaced_at       timestamptz,
    unique (job_id, edition),
    check (edition = 1 or reason is not null)
);
create unique index report_current_idx on report (job_id) where replaced_at is null;
