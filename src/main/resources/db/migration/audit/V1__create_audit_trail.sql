-- Append-only, hash-chained audit trail. before/after are stored as the exact canonical JSON
-- text that was hashed (jsonb would reorder keys and break the hash).
create table entry (
    id            bigint primary key,
    occurred_at   timestamptz not null,
    actor_id      bigint      not null,
    actor_name    text        not null,
    source_address text       not null,
    channel       text        not null,
    action        text        not null,
    target_type   text        not null,
    target_id     text,
    region_code   text        not null,
    before_state  text,
    after_state   text,
    prev_hash     text        not null,
    hash          text        not null
);
create sequence entry_id_seq;
create index entry_region_time_idx on entry (region_code text_pattern_ops, occurred_at desc);
create index entry_time_idx on entry (occurred_at desc);
create index entry_target_idx on entry (target_type, target_id);

-- The head of the chain: locked by every append (serialising the chain) and compared by the
-- verification, so that removing the newest entries is detected as well.
create table chain_head (
    id          int primary key check (id = 1),
    last_id     bigint,
    last_hash   text not null,
    entry_count bigint not null
);
insert into chain_head (id, last_id, last_hash, entry_count) values (1, null, 'GENESIS', 0);
