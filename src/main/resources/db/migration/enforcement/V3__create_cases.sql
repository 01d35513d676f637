-- Enforcement cases under an administrative action code (行政行为码), their append-only hash-chained steps, and the
-- sequence of codes per county, year and kind (docs/enforcement.md).
create table action_sequence (
    region_code text not null,
    year        int not null,
    kind        text not null,
    last        int not null,
    primary key (region_code, year, kind)
);

create table enf_case (
    id                bigserial primary key,
    action_code       text not null unique,
    region_code       text not null,
    employer_id       bigint not null,
    credit_code       text not null,
    employer_name     text not null,
    inspection_id     bigint references inspection (id),
    item_code         text,
    law               text not null,
    article           int not null,
    item              int not null,
    facts             text not null,
    step              text not null,
    filed_on          date not null,
    decision_due      date not null,
    band              text,
    amount            bigint,
    recommended       bigint,
    deviation_reason  text,
    no_penalty        boolean not null default false,
    benchmark_edition text,
    head_hash         text not null,
    opened_by         text not null,
    opened_at         timestamptz not null,
    unique (inspection_id, item_code)
);
create index enf_case_region_idx on enf_case (region_code text_pattern_ops, opened_at desc);
create index enf_case_employer_idx on enf_case (employer_id, law, article, item, filed_on);

-- Append-only: a step is never updated or deleted; each carries the hash of the one before (see CaseChain).
create table case_step (
    case_id     bigint not null references enf_case (id),
    seq         int not null,
    step        text not null,
    happened_on date not null,
    actor       text not null,
    note        text,
    data        text not null,
    prev_hash   text not null,
    hash        text not null,
    recorded_at timestamptz not null,
    primary key (case_id, seq)
);

create function case_step_append_only() returns trigger language plpgsql as $$
begin
  raise exception 'case steps are append-only';
end $$;
create trigger case_step_no_update before update or delete on case_step
  for each row execute function case_step_append_only();
