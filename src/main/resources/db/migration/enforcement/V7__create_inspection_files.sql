-- Evidence files of an inspection (photos, scanned documents), kept outside the database under their SHA-256 like the
-- risk module's evidence (docs/enforcement.md); optionally tied to a checklist item.
create table inspection_file (
    id            bigserial primary key,
    inspection_id bigint not null references inspection (id),
    item_code     text,
    file_name     text not null,
    content_type  text not null,
    size_bytes    bigint not null,
    sha256        text not null,
    storage_name  text not null,
    uploaded_at   timestamptz not null,
    uploaded_by   text not null
);
create index inspection_file_inspection_idx on inspection_file (inspection_id, id);
