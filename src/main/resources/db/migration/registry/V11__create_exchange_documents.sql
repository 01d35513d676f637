-- The national exchange's ENTERPRISE_INFO documents received (交换规范 2021, 第一章 五): one row per caller's
-- scope and DocumentId, written in the import's transaction with the answer given, so that the same
-- document again gets the same answer and changes nothing (decision 0033). Numbered 11: V10 may come
-- from another branch.
create table exchange_document (
    id             bigserial primary key,
    owner          text not null,
    document_id    text not null check (length(document_id) <= 200),
    business_type  text not null,
    sha256         char(64) not null,
    answer         text,
    created_at     timestamptz not null,
    unique (owner, document_id)
);
