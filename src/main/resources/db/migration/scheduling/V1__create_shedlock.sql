-- ShedLock's lock table: a scheduled job (reminders, clocks, offline detection) runs on one instance
-- at a time when several instances share the database.
create table shedlock (
  name       varchar(64)  primary key,
  lock_until timestamptz  not null,
  locked_at  timestamptz  not null,
  locked_by  varchar(255) not null
);
