-- The register of issued documents (receipts, reports, certificates). Only what the public
-- verification page may show is kept, with the SHA-256 of the PDF; the PDF itself stays with the
-- issuing module. A document is never deleted: withdrawal and replacement are statuses.
create table issued_document (
    code              text primary key,
    type_key          text not null,
    number            text not null,
    issuer            text not null,
    holder_masked     text not null,
    region_code       text not null,
    issued_on         date not null,
    issued_at         timestamptz not null,
    issued_by         text not null,
    content_sha256    char(64) not null,
    source_module     text not null,
    source_id         text not null,
    status            text not null default 'VALID' check (status in ('VALID', 'WITHDRAWN', 'REPLACED')),
    status_reason     text,
    status_changed_at timestamptz,
    replaced_by       text references issued_document (code)
);
create index issued_document_source_idx on issued_document (source_module, source_id);
