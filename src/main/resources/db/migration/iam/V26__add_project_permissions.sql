-- Construction projects and 三同时 (projects module, issue 15 item 6). Numbered 26: other branches may add
-- iam/V25 at the same time. Employers' managers register and advance their own projects; supervisors,
-- inspectors and CDC staff read them in their jurisdiction; supervisors draw the verification sample and
-- inspectors record the verification of the projects drawn.
insert into permission (code, description) values
  ('projects:project:read',       'View construction projects, their 三同时 stages and documents, and the quarterly tracking in scope'),
  ('projects:project:write',      'Register one''s own employer''s construction projects, attach stage documents and record stages'),
  ('projects:verification:draw',  'Draw the supervisory verification sample of completed projects in the jurisdiction'),
  ('projects:verification:write', 'Record the verification of a drawn project in the jurisdiction with its findings');

insert into role_permission (role_code, permission_code)
select 'PLATFORM_ADMIN', code from permission
where code in ('projects:project:read', 'projects:verification:draw', 'projects:verification:write');

insert into role_permission (role_code, permission_code)
select r.code, p.code from role r cross join permission p
where r.code in ('PROVINCIAL_SUPERVISOR', 'MUNICIPAL_SUPERVISOR', 'COUNTY_SUPERVISOR')
  and p.code in ('projects:project:read', 'projects:verification:draw');

insert into role_permission (role_code, permission_code) values
  ('INSPECTOR', 'projects:project:read'),
  ('INSPECTOR', 'projects:verification:write'),
  ('CDC_ANALYST', 'projects:project:read'),
  ('EMPLOYER_MANAGER', 'projects:project:read'),
  ('EMPLOYER_MANAGER', 'projects:project:write');
