-- The inbox: notices addressed to an audience (a region or an employer) and a permission, so a
-- notice reaches whoever holds that permission over that region or employer now, including users
-- created later. Read marks are per user.
create table notice (
    id             bigserial primary key,
    audience_kind  text not null check (audience_kind in ('REGION', 'EMPLOYER')),
    audience_value text not null,
    permission     text not null,
    message_key    text not null,
    arguments      text[] not null,
    link           text,
    source         text not null,
    created_at     timestamptz not null
);
create index notice_region_idx on notice (audience_value text_pattern_ops, created_at desc) where audience_kind = 'REGION';
create index notice_employer_idx on notice (audience_value, created_at desc) where audience_kind = 'EMPLOYER';

create table read_mark (
    notice_id bigint not null references notice (id) on delete cascade,
    user_id   bigint not null,
    read_at   timestamptz not null,
    primary key (notice_id, user_id)
);
