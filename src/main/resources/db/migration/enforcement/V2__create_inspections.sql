-- On-site inspections of the employers drawn (docs/enforcement.md): one per draw line, carried out by one of
-- its two inspectors against a version of the inspection checklist; the on-site record (现场检查笔录) is an
-- issued PDF with the QR code of its public verification page.
create table inspection (
    id                bigserial primary key,
    plan_id           bigint not null references plan (id),
    seq               int not null,
    employer_id       bigint not null,
    credit_code       text not null,
    employer_name     text not null,
    region_code       text not null,
    inspector_a       bigint not null,
    inspector_b       bigint not null,
    checklist_version bigint not null,
    checklist_edition text not null,
    status            text not null check (status in ('IN_PROGRESS', 'RECORDED')),
    summary           text,
    started_by        text not null,
    started_at        timestamptz not null,
    recorded_by       text,
    recorded_at       timestamptz,
    record_code       text,
    record_pdf        bytea,
    unique (plan_id, seq),
    foreign key (plan_id, seq) references draw_line (plan_id, seq)
);
create index inspection_region_idx on inspection (region_code text_pattern_ops, started_at desc);

-- One answer per checklist item; a violation carries what was seen and, once recorded, its rectification item.
create table inspection_answer (
    inspection_id   bigint not null references inspection (id),
    item_code       text not null,
    outcome         text not null check (outcome in ('COMPLIANT', 'VIOLATION', 'NOT_APPLICABLE')),
    note            text,
    rectification_id bigint,
    primary key (inspection_id, item_code),
    check (outcome <> 'VIOLATION' or note is not null)
);
