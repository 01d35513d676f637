insert into permission (code, description) values
  ('monitoring:device:read',        'View monitoring devices, their health and rejected readings in scope'),
  ('monitoring:device:write',       'Register and retire monitoring devices and issue their tokens in scope'),
  ('monitoring:reading:read',       'View live exposure, post lights and reading charts in scope'),
  ('monitoring:alert:read',         'View exposure alerts in scope'),
  ('monitoring:alert:acknowledge',  'Acknowledge an alert of one''s own employer with an explanation'),
  ('monitoring:alert:verify',       'Take verification tasks and close alerts as explained or confirm violations'),
  ('notification:inbox:read',       'Read one''s inbox');

insert into role_permission (role_code, permission_code)
select 'PLATFORM_ADMIN', code from permission
where code in ('monitoring:device:read', 'monitoring:device:write', 'monitoring:reading:read', 'monitoring:alert:read',
               'notification:inbox:read');

insert into role_permission (role_code, permission_code)
select r.code, p.code from role r cross join permission p
where r.code in ('PROVINCIAL_SUPERVISOR', 'MUNICIPAL_SUPERVISOR', 'COUNTY_SUPERVISOR', 'INSPECTOR', 'CDC_ANALYST')
  and p.code in ('monitoring:device:read', 'monitoring:reading:read', 'monitoring:alert:read', 'notification:inbox:read');

insert into role_permission (role_code, permission_code)
values ('COUNTY_SUPERVISOR', 'monitoring:device:write'),
       ('INSPECTOR', 'monitoring:alert:verify');

insert into role_permission (role_code, permission_code)
select 'EMPLOYER_MANAGER', code from permission
where code in ('monitoring:device:read', 'monitoring:device:write', 'monitoring:reading:read', 'monitoring:alert:read',
               'monitoring:alert:acknowledge', 'notification:inbox:read');

insert into role_permission (role_code, permission_code)
select r.code, 'notification:inbox:read' from role r
where r.code in ('AGENCY_STAFF', 'INSTITUTION_STAFF', 'WORKER');
