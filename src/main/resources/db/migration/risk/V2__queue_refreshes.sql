-- The portrait refreshes other modules' events ask for, written in the publisher's own transaction (queued if and only
-- if the change commits; decision 0039, amendment): a row per event, no unique key, so queueing never waits. The
-- refresh worker (PortraitRefreshing) takes an employer's rows, refreshes the groups they name and deletes them in one
-- transaction; a refresh that fails counts an attempt, and after five the rows stay for an operator to look at.
create table risk.pending_refresh (
    id bigint generated always as identity primary key,
    employer_id bigint not null,
    grp text not null,
    detail text not null,
    queued_at timestamptz not null,
    attempts int not null default 0
);
create index pending_refresh_employer on risk.pending_refresh (employer_id);
