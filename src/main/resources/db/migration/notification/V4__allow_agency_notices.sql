-- Notices may also be addressed to a service agency (its staff's scope value: the agency's credit code), so that
-- the CDC's monitoring tasks assigned to an agency remind its staff when they fall due (module cdcmonitoring).
alter table notice drop constraint notice_audience_kind_check;
alter table notice add constraint notice_audience_kind_check
    check (audience_kind in ('REGION', 'EMPLOYER', 'INSTITUTION', 'AGENCY'));
create index notice_agency_idx on notice (audience_value, created_at desc) where audience_kind = 'AGENCY';
