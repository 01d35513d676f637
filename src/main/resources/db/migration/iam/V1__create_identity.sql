create table permission (
    code        text primary key check (code ~ '^[a-z]+:[a-z-]+:[a-z]+$'),
    description text not null
);

create table role (
    code        text primary key,
    name_zh     text not null,
    name_en     text not null,
    scope_kind  text not null check (scope_kind in ('REGION', 'EMPLOYER', 'AGENCY', 'INSTITUTION', 'PERSON')),
    system_role boolean not null default false
);

create table role_permission (
    role_code       text not null references role (code) on delete cascade,
    permission_code text not null references permission (code),
    primary key (role_code, permission_code)
);

create table app_user (
    id                   bigserial primary key,
    username             text not null unique check (username ~ '^[a-z0-9][a-z0-9._-]{2,39}$'),
    display_name         text not null,
    password_hash        text not null,
    region_code          text not null,
    scope_kind           text not null,
    scope_value          text not null,
    mobile_cipher        text,
    mobile_index         text,
    enabled              boolean not null default true,
    must_change_password boolean not null default true,
    failed_logins        int not null default 0,
    locked_until         timestamptz,
    last_login_at        timestamptz,
    password_changed_at  timestamptz not null,
    created_at           timestamptz not null,
    version              int not null default 0
);
create index app_user_region_idx on app_user (region_code text_pattern_ops);
create index app_user_mobile_idx on app_user (mobile_index);

create table user_role (
    app_user  bigint not null references app_user (id) on delete cascade,
    role_code text not null references role (code),
    primary key (app_user, role_code)
);

create table api_token (
    id          bigserial primary key,
    app_user    bigint not null references app_user (id) on delete cascade,
    name        text not null,
    token_hash  text not null unique,
    hint        text not null,
    permissions text[] not null,
    created_at  timestamptz not null,
    expires_at  timestamptz not null,
    revoked_at  timestamptz
);
create index api_token_user_idx on api_token (app_user);
