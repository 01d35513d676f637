-- The employers whose rows an event asked to recompute, waiting for the recomputation worker (IndicatorRecomputation):
-- one row per employer however many events arrived meanwhile, kept until the recompute commits, so nothing is lost
-- when the process stops. The first cause and time are kept (how long the oldest has waited).
create table indicators.pending_recompute (
    employer_id bigint primary key,
    cause text not null,
    queued_at timestamptz not null
);
create index pending_recompute_queued on indicators.pending_recompute (queued_at);
