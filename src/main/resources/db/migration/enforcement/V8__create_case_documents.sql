-- The document of each case step (立案审批表, 调查取证记录, 事先告知书, 决定书, 送达回证, 结案审批表, …): a PDF issued through
-- the portal's document register (signed, with its verification code) that carries the QR code of the case's public
-- page under its action code (docs/enforcement.md). Written once with its step, never changed.
create table case_document (
    case_id       bigint not null,
    seq           int not null,
    document_code text not null unique,
    pdf           bytea not null,
    issued_at     timestamptz not null,
    primary key (case_id, seq),
    foreign key (case_id, seq) references case_step (case_id, seq)
);
