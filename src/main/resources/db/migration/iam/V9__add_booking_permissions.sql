-- Exam bookings (surveillance module). Employers' managers book for their own workers, reschedule and
-- cancel; exam institutions confirm, reschedule, cancel and record attendance for their own bookings;
-- supervisors, inspectors and CDC analysts read the bookings of employers in their region.
insert into permission (code, description) values
  ('surveillance:booking:read',    'View exam bookings in scope (own employer, own institution, or the region''s employers)'),
  ('surveillance:booking:write',   'Book exams for the own employer''s workers, reschedule and cancel own bookings'),
  ('surveillance:booking:confirm', 'Confirm, reschedule and cancel the own institution''s bookings and record attendance');

insert into role_permission (role_code, permission_code)
select 'PLATFORM_ADMIN', 'surveillance:booking:read';

insert into role_permission (role_code, permission_code)
select r.code, 'surveillance:booking:read' from role r
where r.code in ('PROVINCIAL_SUPERVISOR', 'MUNICIPAL_SUPERVISOR', 'COUNTY_SUPERVISOR', 'INSPECTOR', 'CDC_ANALYST');

insert into role_permission (role_code, permission_code)
select 'EMPLOYER_MANAGER', code from permission
where code in ('surveillance:booking:read', 'surveillance:booking:write');

insert into role_permission (role_code, permission_code)
select 'INSTITUTION_STAFF', code from permission
where code in ('surveillance:booking:read', 'surveillance:booking:confirm');
