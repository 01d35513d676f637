-- Progress of a rotation of the secret key (docs/operations.md, decision 0024): per sealed column
-- and new key, how far the walk got, so a rotation stopped in the middle resumes where it was.
create table key_rotation (
    sealed_column  text not null,
    key_id         text not null,
    last_walk      bigint not null default 0,
    resealed       bigint not null default 0,
    started_at     timestamptz not null,
    finished_at    timestamptz,
    primary key (sealed_column, key_id)
);
