-- The indicators' rebuild reads the overdue items of 1,000 employers at a time (employer_id = any(...)): one index
-- range per employer instead of a scan of every open item of the province per batch.
create index exam_schedule_employer_idx on exam_schedule (employer_id, due_on) where state = 'OPEN';
