-- The managers' network (职业健康管理员, issue 16 item 4): notices pushed to the certified managers of a
-- region (optionally of an industry) with read receipts, and the question board whose best answers form the
-- knowledge base. See docs/training.md.

-- A notice as sent. The recipients are fixed when it is sent: the certified managers of the target then.
create table manager_notice (
    id              bigserial primary key,
    region_code     text not null,
    industry_code   text,
    title           text not null,
    body            text not null,
    sender_id       bigint not null,
    sender_name     text not null,
    sender_region   text not null,
    sent_at         timestamptz not null
);
create index manager_notice_region on manager_notice (region_code text_pattern_ops, sent_at desc);

create table manager_notice_attachment (
    id              bigserial primary key,
    notice_id       bigint not null references manager_notice (id),
    file_name       text not null,
    content_type    text not null,
    file_size       bigint not null,
    sha256          text not null,
    content         bytea not null
);
create index manager_notice_attachment_notice on manager_notice_attachment (notice_id);

-- One row per certified manager reached (their certificate then), identified as a learner is: by the
-- register's worker when they are one, else by their user. read_at is the read receipt.
create table manager_notice_recipient (
    notice_id           bigint not null references manager_notice (id),
    certificate_id      bigint not null references certificate (id),
    learner_worker_id   bigint,
    learner_user_id     bigint,
    learner_name        text not null,
    employer_name       text,
    region_code         text not null,
    read_at             timestamptz,
    primary key (notice_id, certificate_id)
);
create index manager_notice_recipient_worker on manager_notice_recipient (learner_worker_id) where learner_worker_id is not null;
create index manager_notice_recipient_user on manager_notice_recipient (learner_user_id) where learner_worker_id is null;

-- The question board. A question belongs to the asker's employer and its region; with a best answer it
-- is part of the knowledge base. search_text (title, body and the best answer) is what the knowledge base
-- searches, by substring with a trigram index like the employer search (registry V1).
create table board_question (
    id                      bigserial primary key,
    employer_id             bigint not null,
    employer_credit_code    text not null,
    employer_name           text not null,
    region_code             text not null,
    asker_id                bigint not null,
    asker_name              text not null,
    title                   text not null,
    body                    text not null,
    asked_at                timestamptz not null,
    best_answer_id          bigint,
    resolved_at             timestamptz,
    search_text             text not null
);
create index board_question_region on board_question (region_code text_pattern_ops, asked_at desc);
create index board_question_employer on board_question (employer_credit_code, asked_at desc);

create table board_answer (
    id              bigserial primary key,
    question_id     bigint not null references board_question (id),
    author_id       bigint not null,
    author_name     text not null,
    author_kind     text not null check (author_kind in ('SUPERVISOR', 'EXPERT')),
    body            text not null,
    answered_at     timestamptz not null
);
create index board_answer_question on board_answer (question_id, answered_at);
alter table board_question add constraint board_question_best foreign key (best_answer_id) references board_answer (id);

-- pg_trgm is created by the registry's first migration in whichever schema that run put it; its operator
-- class is named with that schema so the index is built wherever the extension lives.
do $$
declare
    ext_schema text;
begin
    select n.nspname into ext_schema from pg_extension e join pg_namespace n on n.oid = e.extnamespace
    where e.extname = 'pg_trgm';
    if ext_schema is not null then
        execute format('create index board_question_search on board_question using gin (search_text %I.gin_trgm_ops) where resolved_at is not null',
                       ext_schema);
    end if;
end $$;
