-- Sixteen chains instead of one (decision 0042): an append locks the head of a chain no other transaction holds
-- (for update skip locked), so audited writes no longer wait for each other's commits. Each entry names its chain;
-- the entries written so far are chain 1. Every chain starts from GENESIS and is verified on its own.
alter table chain_head drop constraint chain_head_id_check;
alter table chain_head add constraint chain_head_id_check check (id between 1 and 16);
insert into chain_head (id, last_id, last_hash, entry_count)
select g, null, 'GENESIS', 0 from generate_series(2, 16) g;

alter table entry add column chain_id smallint not null default 1;
alter table entry alter column chain_id drop default;
