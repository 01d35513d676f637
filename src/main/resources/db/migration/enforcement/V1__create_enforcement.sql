-- Random inspection plans (双随机、一公开) and their commit-reveal draws (docs/enforcement.md).
create table plan (
    id                bigserial primary key,
    public_code       text not null unique,
    title             text not null,
    region_code       text not null,
    industries        text[] not null default '{}',
    starts_on         date not null,
    ends_on           date not null,
    random_share      numeric(4, 3) not null check (random_share >= 0 and random_share <= 0.5),
    sampling_version  bigint not null,
    sampling_edition  text not null,
    algorithm         text not null,
    status            text not null check (status in ('DRAFT', 'COMMITTED', 'DRAWN')),
    -- the seed is secret until the draw: only its hash (commitment) is shown before
    seed              text,
    commitment        text,
    inputs            text,
    inputs_digest     text,
    result_digest     text,
    created_by        text not null,
    created_at        timestamptz not null,
    committed_by      text,
    committed_at      timestamptz,
    drawn_by          text,
    drawn_at          timestamptz,
    check (ends_on >= starts_on),
    check (status = 'DRAFT' or (seed is not null and commitment is not null and inputs_digest is not null))
);
create index plan_region_idx on plan (region_code text_pattern_ops, created_at desc);

-- The employers frozen into a plan's inputs at commit (the inputs file names them by credit code).
create table plan_candidate (
    plan_id       bigint not null references plan (id),
    employer_id   bigint not null,
    credit_code   text not null,
    employer_name text not null,
    region_code   text not null,
    industry_code text,
    risk_class    text not null check (risk_class in ('JIA', 'YI', 'BING', 'NONE')),
    primary key (plan_id, credit_code)
);

-- The inspector pool frozen at commit; code is how the public inputs file names them (no personal data).
create table plan_inspector (
    plan_id      bigint not null references plan (id),
    inspector_id bigint not null,
    code         text not null,
    name         text not null,
    region_code  text not null,
    primary key (plan_id, inspector_id)
);

-- Declared conflicts of interest (a relative works there, formerly employed there, ...): never drawn together.
create table conflict (
    id            bigserial primary key,
    inspector_id  bigint not null,
    inspector_name text not null,
    employer_id   bigint not null,
    credit_code   text not null,
    employer_name text not null,
    region_code   text not null,
    reason        text not null,
    recorded_by   text not null,
    recorded_at   timestamptz not null,
    unique (inspector_id, employer_id)
);
create index conflict_region_idx on conflict (region_code text_pattern_ops);

-- The exclusions frozen into a plan's inputs: declared conflicts and the last cycle's inspections.
create table plan_exclusion (
    plan_id      bigint not null references plan (id),
    inspector_id bigint not null,
    credit_code  text not null,
    why          text not null check (why in ('CONFLICT', 'LAST_CYCLE')),
    primary key (plan_id, inspector_id, credit_code)
);

-- The draw's result, one line per employer drawn.
create table draw_line (
    plan_id       bigint not null references plan (id),
    seq           int not null,
    employer_id   bigint not null,
    credit_code   text not null,
    employer_name text not null,
    region_code   text not null,
    risk_class    text not null,
    arm           text not null check (arm in ('FULL', 'RANDOM', 'TARGETED')),
    inspector_a   bigint,
    inspector_b   bigint,
    primary key (plan_id, seq),
    unique (plan_id, credit_code)
);
create index draw_line_inspector_idx on draw_line (inspector_a, inspector_b);
