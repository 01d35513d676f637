-- Report-quality sampling (报告质量抽查 / 溯源核查, issue 15 item 1; decision 0034) and the complaints and
-- administrative penalties that the credit rating counts (职业病防治法 第七十九条、第八十条).
-- A draw is frozen: its inputs text (algorithm OHS-QUALITY-1, region, period, editions, ratio per organisation,
-- every candidate report) is kept with its SHA-256 and the seed derived from it, so anyone can redo it.

create table quality_draw (
    id                bigserial primary key,
    region_code       text not null,
    period            text not null,
    period_from       date not null,
    period_to         date not null,
    algorithm         text not null,
    ratio_version_id  bigint not null,
    ratio_edition     text not null,
    rubric_version_id bigint not null,
    rubric_edition    text not null,
    inputs            text not null,
    inputs_digest     char(64) not null,
    seed              char(64) not null,
    result_digest     char(64) not null,
    population        int not null,
    drawn             int not null,
    drawn_by          text not null,
    drawn_at          timestamptz not null,
    unique (region_code, period)
);

-- Each organisation of a draw: the level its ratio was chosen by, the ratio, how many reports it had and how many
-- were drawn.
create table quality_draw_org (
    draw_id    bigint not null references quality_draw (id) on delete cascade,
    agency_id  bigint not null references agency (id) on delete cascade,
    level      text not null check (level in ('A', 'B', 'C', 'NOT_RATED')),
    ratio      numeric(5, 4) not null,
    population int not null,
    drawn      int not null,
    primary key (draw_id, agency_id)
);

create table quality_sample (
    id                   bigserial primary key,
    draw_id              bigint not null references quality_draw (id) on delete cascade,
    seq                  int not null,
    delivery_id          bigint not null references delivery (id) on delete cascade,
    agency_id            bigint not null references agency (id) on delete cascade,
    kind                 text not null check (kind in ('TESTING_JOB', 'EXAM_BATCH')),
    status               text not null check (status in ('DRAWN', 'REVIEWED')),
    recomputation        text not null check (recomputation in ('AGREES', 'DISAGREES', 'NOT_RECOMPUTED')),
    recomputation_detail jsonb,
    score                numeric(5, 1),
    criteria             jsonb,
    falsified            boolean not null default false,
    review_note          text,
    reviewed_by          text,
    reviewed_at          timestamptz,
    unique (draw_id, seq),
    unique (draw_id, delivery_id),
    check ((status = 'REVIEWED') = (score is not null))
);
create index quality_sample_agency_idx on quality_sample (agency_id, status);

-- What the review found (or the platform's recomputation), sent back to the organisation, answered by it (text and
-- an optional document, kept by SHA-256 in the module's file store) and closed by a reviewer.
create table quality_finding (
    id               bigserial primary key,
    sample_id        bigint not null references quality_sample (id) on delete cascade,
    agency_id        bigint not null references agency (id) on delete cascade,
    origin           text not null check (origin in ('REVIEWER', 'RECOMPUTATION')),
    criterion        text,
    text             text not null,
    status           text not null check (status in ('OPEN', 'ANSWERED', 'CLOSED')),
    raised_by        text not null,
    raised_at        timestamptz not null,
    answer           text,
    answer_doc_name  text,
    answer_doc_type  text check (answer_doc_type in ('application/pdf', 'image/png', 'image/jpeg')),
    answer_doc_size  int,
    answer_doc_sha256 char(64),
    answered_by      text,
    answered_at      timestamptz,
    closing_note     text,
    closed_by        text,
    closed_at        timestamptz,
    check (status = 'OPEN' or answer is not null)
);
create index quality_finding_agency_idx on quality_finding (agency_id, status);
create index quality_finding_sample_idx on quality_finding (sample_id);

-- A verified complaint against an organisation, recorded by a supervisor.
create table complaint (
    id          bigserial primary key,
    agency_id   bigint not null references agency (id) on delete cascade,
    received_on date not null,
    source      text not null,
    summary     text not null,
    recorded_by text not null,
    recorded_at timestamptz not null
);
create index complaint_agency_idx on complaint (agency_id, received_on desc);

-- An administrative penalty decided against an organisation (职业病防治法 第七十九条、第八十条), recorded by a supervisor
-- with the decision document (PDF, PNG or JPEG by content, SHA-256 kept, served only as an attachment).
create table penalty (
    id              bigserial primary key,
    agency_id       bigint not null references agency (id) on delete cascade,
    decision_number text not null unique,
    article         text not null,
    decided_on      date not null,
    summary         text,
    document_name   text,
    document_type   text check (document_type in ('application/pdf', 'image/png', 'image/jpeg')),
    document_size   int,
    document_sha256 char(64),
    recorded_by     text not null,
    recorded_at     timestamptz not null
);
create index penalty_agency_idx on penalty (agency_id, decided_on desc);
