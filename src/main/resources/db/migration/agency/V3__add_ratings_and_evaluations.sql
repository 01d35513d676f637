-- Credit ratings (信誉等级 A/B/C and 1-5 stars), the deliveries they count (testing jobs reviewed, exam batches
-- examined: told by the testing and surveillance modules through ServiceDeliveries) and the employers'
-- evaluations of them (issue 15). A rating keeps every input that decided it: indicator values, weights, the
-- rule edition; a recomputation with another outcome is a new row, the previous one stays as history.
create table delivery (
    id                   bigserial primary key,
    agency_id            bigint not null references agency (id) on delete cascade,
    kind                 text not null check (kind in ('TESTING_JOB', 'EXAM_BATCH')),
    -- the testing job's id, or institution:employer:day for the exams of one employer on one day
    subject_key          text not null,
    subject_number       text,
    employer_id          bigint not null,
    employer_credit_code text not null,
    employer_name        text not null,
    employer_region_code text not null,
    work_ended_on        date,
    delivered_on         date not null,
    exams                int not null default 0,
    synthetic            boolean not null default false,
    created_at           timestamptz not null,
    unique (kind, subject_key)
);
create index delivery_agency_idx on delivery (agency_id, delivered_on desc);
create index delivery_employer_idx on delivery (employer_credit_code, delivered_on desc);
create index delivery_region_idx on delivery (employer_region_code text_pattern_ops);

create table evaluation (
    id                 bigserial primary key,
    delivery_id        bigint not null unique references delivery (id) on delete cascade,
    agency_id          bigint not null references agency (id) on delete cascade,
    timeliness         int not null check (timeliness between 1 and 5),
    professionalism    int not null check (professionalism between 1 and 5),
    price_transparency int not null check (price_transparency between 1 and 5),
    comment            text,
    rated_by           text not null,
    rated_at           timestamptz not null
);
create index evaluation_agency_idx on evaluation (agency_id, rated_at desc);

create table rating (
    id                bigserial primary key,
    agency_id         bigint not null references agency (id) on delete cascade,
    rated_on          date not null,
    computed_at       timestamptz not null,
    checked_at        timestamptz not null,
    trigger           text not null,
    status            text not null check (status in ('RATED', 'NOT_RATED')),
    score             numeric(5, 1),
    level             text check (level in ('A', 'B', 'C')),
    stars             int check (stars between 1 and 5),
    rule_version_id   bigint not null,
    rule_edition      text not null,
    indicators        jsonb not null,
    missing           text not null default '',
    adjusted_level    text check (adjusted_level in ('A', 'B', 'C')),
    adjusted_stars    int check (adjusted_stars between 1 and 5),
    adjustment_reason text,
    adjusted_by       text,
    adjusted_at       timestamptz,
    current           boolean not null default true,
    check ((status = 'RATED') = (score is not null and level is not null and stars is not null))
);
create unique index rating_current_idx on rating (agency_id) where current;
create index rating_history_idx on rating (agency_id, computed_at desc);

-- The exams already counted into a batch, so that an exam told twice counts once.
create table delivered_exam (
    exam_id        bigint primary key,
    institution_id bigint not null references agency (id) on delete cascade
);
