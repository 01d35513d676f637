-- DETECTION_INFO (职业性有害因素监测) of the national exchange (交换规范 2021, 六(七); decision 0033).
-- Numbered 6: V5 may come from another branch.
-- The documents received, one row per caller's scope and DocumentId, written in the import's transaction
-- with the answer given (idempotency on the DocumentId).
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

-- Detection results received from other systems, as the record says them: the employer, the testing
-- organisation and one row per factor, workplace, post and concentration type. They are not testing jobs
-- of the platform (the exchange carries no samples, methods or times); region_code is the employer's.
create table detection_received (
    id               bigserial primary key,
    document_id      text not null,
    record_id        text,
    credit_code      text not null,
    employer_name    text not null,
    region_code      text not null,
    industry_code    text not null,
    all_workers      int,
    tested           boolean not null,
    check_organ      text not null,
    reported_on      date,
    received_by      text not null,
    received_at      timestamptz not null,
    unique (credit_code, record_id)
);
create index detection_received_region_idx on detection_received (region_code text_pattern_ops, id desc);

create table detection_received_result (
    received_id      bigint not null references detection_received (id) on delete cascade,
    position         int not null,
    factor_code      text not null,
    workplace_name   text not null,
    post_name        text not null,
    density_type     text not null,
    checked_on       date not null,
    compliant        boolean not null,
    result_min       text not null,
    result_max       text not null,
    primary key (received_id, position)
);
