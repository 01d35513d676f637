-- The instance that checks or applies an import beats on its job every few seconds; a job in
-- CHECKING or APPLYING whose heartbeat stopped was interrupted (the instance died) and is put
-- right by ImportJobs.recoverInterrupted: an apply rolled back as a whole (its one transaction died
-- with the instance) returns to READY, a check whose upload is gone ends FAILED; both say why.
alter table import_job add column heartbeat_at timestamptz;
