-- The indicators' rebuild reads the devices of 1,000 employers at a time by their register id
-- (employer_id = any(...)): one index range per employer instead of a scan of every device per batch.
create index device_employer_id_idx on device (employer_id);
