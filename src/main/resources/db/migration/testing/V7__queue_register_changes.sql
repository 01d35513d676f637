-- The register's changes the validity clocks follow, queued in the publisher's transaction and drained in batches
-- (org.ohsonline.shared.RegisterChangeQueue, decision 0043), in place of one event publication and three transactions
-- per change.
create table testing.pending_register_change (
    id bigint generated always as identity primary key,
    employer_id bigint not null,
    fields text[] not null,
    changed_on date not null,
    queued_at timestamptz not null,
    attempts int not null default 0
);
