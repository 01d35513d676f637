-- A change of post within an employment (调岗): the employment keeps the post held now; each change
-- keeps the post held before, the new one and the day of the change, so the worker's exposure
-- history (一人一档) still shows the earlier post's hazards and their period. Written in the same
-- transaction as the change, its audit entry and the WorkerPostsChanged event.
create table post_change (
    id             bigserial primary key,
    employment_id  bigint not null references employment (id),
    worker_id      bigint not null references worker (id),
    employer_id    bigint not null references employer (id),
    old_post_id    bigint references post (id),
    new_post_id    bigint references post (id),
    changed_on     date not null,
    created_at     timestamptz not null,
    check (old_post_id is distinct from new_post_id)
);

create index post_change_employment_idx on post_change (employment_id, changed_on, id);
create index post_change_worker_idx on post_change (worker_id);
