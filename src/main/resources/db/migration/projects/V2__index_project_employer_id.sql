-- The indicators' rebuild reads the projects of 1,000 employers at a time by their register id
-- (employer_id = any(...)): one index range per employer instead of a scan of every project per batch.
create index project_employer_id on project (employer_id);
