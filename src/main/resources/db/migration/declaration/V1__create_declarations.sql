-- Hazard declarations (职业病危害项目申报) and the clocks that say when one is due.
-- The employer's name, credit code and region are copied at the time of declaring: a declaration
-- records what was declared, and the scope predicates need them without reading the register.
create table declaration (
    id                bigserial primary key,
    number            text unique,
    employer_id       bigint not null,
    credit_code       text not null,
    employer_name     text not null,
    region_code       text not null,
    address           text,
    kind              text not null check (kind in ('INITIAL', 'CHANGE', 'CANCELLATION')),
    reasons           text[] not null default '{}',
    status            text not null check (status in ('DRAFT', 'SUBMITTED', 'RETURNED', 'ACCEPTED')),
    measures          text,
    total_exposed     int not null default 0,
    created_at        timestamptz not null,
    created_by        text not null,
    updated_at        timestamptz not null,
    submitted_at      timestamptz,
    submitted_by      text,
    reviewed_at       timestamptz,
    reviewed_by       text,
    reviewer_name     text,
    return_reason     text,
    accepted_on       date,
    receipt_number    text,
    receipt_code      text,
    receipt_sha256    char(64),
    receipt_pdf       bytea,
    version           int not null default 0
);
create index declaration_region_idx on declaration (region_code text_pattern_ops, id desc);
create index declaration_credit_idx on declaration (credit_code, id desc);
create index declaration_employer_idx on declaration (employer_id, id desc);
-- At most one declaration in progress per employer.
create unique index declaration_one_open_idx on declaration (employer_id) where status in ('DRAFT', 'SUBMITTED', 'RETURNED');

create table declaration_item (
    declaration_id    bigint not null references declaration (id) on delete cascade,
    position          int not null,
    hazard_code       text not null,
    hazard_name       text not null,
    exposed_headcount int not null check (exposed_headcount >= 0),
    posts             text,
    measures          text,
    primary key (declaration_id, position),
    unique (declaration_id, hazard_code)
);

-- What happened to a declaration, for its page and the employer's timeline.
create table declaration_history (
    id             bigserial primary key,
    declaration_id bigint not null references declaration (id) on delete cascade,
    at             timestamptz not null,
    action         text not null,
    actor_name     text not null,
    note           text
);
create index declaration_history_idx on declaration_history (declaration_id, at);

-- A duty to declare by a date (申报办法 Arts. 8–9), started by a registry event, another module
-- or a person. OPEN until a declaration answers it (ANSWERED while that declaration is under
-- review, back to OPEN if it is returned), MET when it is accepted; VOID when it became moot
-- (e.g. the employer closed before declaring a change).
create table deadline_clock (
    id               bigserial primary key,
    employer_id      bigint not null,
    credit_code      text not null,
    employer_name    text not null,
    region_code      text not null,
    reason           text not null,
    reason_name      text not null,
    kind             text not null check (kind in ('INITIAL', 'CHANGE', 'CANCELLATION')),
    started_on       date not null,
    days             int not null,
    due_on           date not null,
    basis            text not null,
    source           text not null,
    state            text not null check (state in ('OPEN', 'ANSWERED', 'MET', 'VOID')),
    declaration_id   bigint references declaration (id),
    met_on           date,
    void_reason      text,
    due_soon_marked  date,
    overdue_marked   date,
    created_at       timestamptz not null
);
create index deadline_clock_region_idx on deadline_clock (region_code text_pattern_ops, due_on) where state = 'OPEN';
create index deadline_clock_employer_idx on deadline_clock (employer_id, state);
create index deadline_clock_due_idx on deadline_clock (due_on) where state = 'OPEN';
