-- Notices may also be addressed to an exam or diagnosis institution (its staff's scope value: the
-- institution's credit code), so that bookings can tell the institution that an employer booked.
alter table notice drop constraint notice_audience_kind_check;
alter table notice add constraint notice_audience_kind_check
    check (audience_kind in ('REGION', 'EMPLOYER', 'INSTITUTION'));
create index notice_institution_idx on notice (audience_value, created_at desc) where audience_kind = 'INSTITUTION';
