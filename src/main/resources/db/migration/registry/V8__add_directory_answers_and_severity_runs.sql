-- What the 2021 risk directory (建设项目职业病危害风险分类管理目录（2021年版）, 国卫办职健发〔2021〕5号) asks of an
-- employer whose class it cannot settle from the industry code alone:
--   activity_codes: the activity entries of the directory's split groups the employer does (e.g. 443.1
--     热力生产和供应（燃煤、核能）), at most one per group;
--   solvent_use: for the starred industries (注：*不使用含苯、正己烷、1,2二氯乙烷、三氯甲烷等物质的胶黏剂、清洗剂、油墨、油漆时，
--     按职业病危害一般进行管理), whether such adhesives, cleaners, inks or paints are used; null = not answered;
--   severity_questions: the questions still open that keep the employer on the stricter class
--     (ACTIVITY, SOLVENTS); empty when the answers, or other sub-units, settle it.
-- Added with constant defaults, so existing rows are not rewritten.
alter table employer
    add column activity_codes text[] not null default '{}',
    add column solvent_use text check (solvent_use in ('USED', 'NOT_USED')),
    add column severity_questions text[] not null default '{}';

-- A recomputation of every employer's severity against the directory version in force (a new version, the
-- official table replacing the provisional one): who or what started it, which version, and the counts.
create table severity_run (
    id                 bigserial primary key,
    started_at         timestamptz not null,
    finished_at        timestamptz,
    status             text not null check (status in ('RUNNING', 'DONE', 'FAILED')),
    trigger            text not null,
    started_by         text not null,
    catalog_version_id bigint not null,
    catalog_edition    text not null,
    examined           int not null default 0,
    changed            int not null default 0,
    questions_changed  int not null default 0,
    basis_only         int not null default 0,
    pending            int not null default 0,
    millis             bigint
);

-- Each employer whose class or open questions the run changed: the list administrators read and export.
-- Kept as recorded (names as they were then); never updated.
create table severity_change (
    run_id        bigint not null references severity_run (id),
    employer_id   bigint not null references employer (id),
    credit_code   text not null,
    employer_name text not null,
    region_code   text not null,
    industry_code text not null,
    old_severity  text,
    new_severity  text,
    old_questions text[] not null,
    new_questions text[] not null,
    old_basis     text,
    new_basis     text not null,
    primary key (run_id, employer_id)
);
create index severity_change_region_idx on severity_change (run_id, region_code text_pattern_ops, employer_name);
