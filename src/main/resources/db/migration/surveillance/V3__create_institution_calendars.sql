-- Exam institutions' working calendars, which bookings follow: the working week (ISO days of the week,
-- 1 = Monday) and hours, and the days that differ from it (closed holidays, opened weekend days). An
-- institution without a row works the platform's default week (ohs.surveillance.calendar.*). The
-- institution's credit code and region are copied so that scope checks need no agency table.
create table institution_calendar (
    institution_id          bigint primary key,
    institution_credit_code text not null,
    region_code             text not null,
    working_days            int[] not null,
    opens_at                time not null,
    closes_at               time not null,
    updated_at              timestamptz not null,
    updated_by              text not null,
    check (opens_at < closes_at),
    check (working_days <@ array[1, 2, 3, 4, 5, 6, 7])
);

create table institution_day (
    institution_id bigint not null,
    day            date not null,
    open           boolean not null,
    note           text,
    updated_at     timestamptz not null,
    updated_by     text not null,
    primary key (institution_id, day)
);
