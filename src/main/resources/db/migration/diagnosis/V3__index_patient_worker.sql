-- The worker's record (一人一档) lists the worker's rehabilitation at every station: one indexed
-- lookup by worker instead of a scan of all patients (decision 0009: record sections stay cheap).
create index patient_worker_idx on patient (worker_id);
