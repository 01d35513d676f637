-- The day the employer started production (投产日期), when known. Duties that run from the start of
-- production — the initial hazard declaration, the first workplace testing — are counted from it;
-- where it is not known they run from the day the employer was registered (created_at).
alter table employer add column production_started_on date;
