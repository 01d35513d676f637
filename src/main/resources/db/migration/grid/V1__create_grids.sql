-- Grid supervision (网格化监管, issue 17 item 5, decision 0038): a county's areas (grids), drawn from townships and/or
-- an explicit list of employers; the employers' membership with its dates, so that a past quarter is computed on the
-- grid as it was then; and the inspectors and grid assistants assigned to each grid (分片包干) with their periods.
-- Dates are Asia/Shanghai days; a period runs from its first day to the day before its end (end exclusive, null: open).
create table grid (
    id           bigserial primary key,
    county_code  text not null check (county_code ~ '^[0-9]{6}$'),
    name         text not null,
    note         text,
    created_by   text not null,
    created_at   timestamptz not null,
    synthetic    boolean not null default false,
    unique (county_code, name)
);
create index grid_county_idx on grid (county_code text_pattern_ops);

-- A township a grid is drawn from: its employers join the grid (those not in another grid of the county).
create table grid_township (
    grid_id        bigint not null references grid (id),
    township_code  text not null check (township_code ~ '^[0-9]{9}$'),
    county_code    text not null,
    from_date      date not null,
    to_date        date,
    primary key (grid_id, township_code, from_date)
);
-- A township belongs to at most one grid of its county at a time.
create unique index grid_township_current_idx on grid_township (township_code) where to_date is null;

create table grid_member (
    id             bigserial primary key,
    grid_id        bigint not null references grid (id),
    county_code    text not null,
    employer_id    bigint not null,
    credit_code    text not null,
    employer_name  text not null,
    region_code    text not null,
    via            text not null check (via in ('TOWNSHIP', 'LIST')),
    from_date      date not null,
    to_date        date,
    check (to_date is null or to_date > from_date)
);
-- An employer is in at most one grid of its county at a time (the service refuses the second with the reason and
-- never lets periods overlap; this index guards the open ones).
create unique index grid_member_current_idx on grid_member (county_code, employer_id) where to_date is null;
create index grid_member_grid_idx on grid_member (grid_id, from_date);
create index grid_member_employer_idx on grid_member (employer_id, from_date);

create table grid_assignment (
    id           bigserial primary key,
    grid_id      bigint not null references grid (id),
    user_id      bigint not null,
    user_name    text not null,
    role         text not null check (role in ('INSPECTOR', 'ASSISTANT')),
    from_date    date not null,
    to_date      date,
    created_by   text not null,
    created_at   timestamptz not null,
    check (to_date is null or to_date > from_date)
);
create unique index grid_assignment_current_idx on grid_assignment (grid_id, user_id, role) where to_date is null;
create index grid_assignment_user_idx on grid_assignment (user_id, from_date);
