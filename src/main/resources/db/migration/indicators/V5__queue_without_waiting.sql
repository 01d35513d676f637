-- Publishers queue an employer in their own transaction (decision 0039), so queueing must never wait: a row per event,
-- no unique key on the employer — an insert cannot wait for the worker's transaction that holds a row of the same
-- employer while it recomputes. The worker takes the oldest rows, recomputes each of their employers once and deletes
-- the rows it took together with the other rows of those employers committed before it read their facts; a row queued
-- after that stays for its next step.
alter table indicators.pending_recompute drop constraint pending_recompute_pkey;
alter table indicators.pending_recompute add column id bigint generated always as identity;
alter table indicators.pending_recompute add primary key (id);
drop index indicators.pending_recompute_queued;
create index pending_recompute_employer on indicators.pending_recompute (employer_id);
