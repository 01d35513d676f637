-- Exam institutions' working days, hours and holidays (surveillance module): the institution's own
-- staff keep them, and supervisors of its region may correct them; bookings follow them.
insert into permission (code, description) values
  ('surveillance:calendar:write', 'Set an exam institution''s working days, hours and holidays (own institution, or one in the region)');

insert into role_permission (role_code, permission_code)
select r.code, 'surveillance:calendar:write' from role r
where r.code in ('PLATFORM_ADMIN', 'PROVINCIAL_SUPERVISOR', 'MUNICIPAL_SUPERVISOR', 'COUNTY_SUPERVISOR',
                 'INSTITUTION_STAFF');
