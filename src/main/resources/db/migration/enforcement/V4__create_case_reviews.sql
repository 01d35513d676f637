-- Case-file review (案卷评查, docs/enforcement.md): a round samples closed cases of a region and period
-- reproducibly, two reviewers score each file blind to the other, disputed items are discussed, results by region.
create table review_round (
    id              bigserial primary key,
    public_code     text not null unique,
    region_code     text not null,
    period_from     date not null,
    period_to       date not null,
    sample_size     int not null check (sample_size > 0),
    seed            text not null,
    frame           int not null,
    rubric_version  bigint not null,
    rubric_edition  text not null,
    created_by      text not null,
    created_at      timestamptz not null
);
create index review_round_region_idx on review_round (region_code text_pattern_ops, created_at desc);

create table review_case (
    round_id     bigint not null references review_round (id),
    case_id      bigint not null references enf_case (id),
    seq          int not null,
    action_code  text not null,
    region_code  text not null,
    final_score  numeric(5, 1),
    primary key (round_id, case_id)
);

-- One sheet per reviewer and case, all items at once; at most two reviewers a case.
create table review_sheet (
    round_id      bigint not null,
    case_id       bigint not null,
    reviewer_id   bigint not null,
    reviewer_name text not null,
    scores        text not null,
    total         numeric(5, 1) not null,
    submitted_at  timestamptz not null,
    primary key (round_id, case_id, reviewer_id),
    foreign key (round_id, case_id) references review_case (round_id, case_id)
);

create table review_discussion (
    round_id     bigint not null,
    case_id      bigint not null,
    item_code    text not null,
    agreed       numeric(5, 1) not null,
    record       text not null,
    recorded_by  text not null,
    recorded_at  timestamptz not null,
    primary key (round_id, case_id, item_code),
    foreign key (round_id, case_id) references review_case (round_id, case_id)
);
