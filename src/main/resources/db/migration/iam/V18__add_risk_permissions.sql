-- Classified supervision (risk module): portraits and classes, overrides, self-inspections and their
-- spot-checks, rectification items and their review, dashboards. Employers' managers read their own
-- portrait, fill their self-inspection and answer their items; supervisors read their region, spot-check,
-- review and override (county, city, province); inspectors review; CDC analysts read the figures.
insert into permission (code, description) values
  ('risk:portrait:read',           'View risk portraits, classes and their explanations in scope'),
  ('risk:class:override',          'Override an employer''s class with a reason'),
  ('risk:self-inspection:write',   'Fill and submit one''s own employer''s self-inspection'),
  ('risk:self-inspection:check',   'Spot-check a submitted self-inspection and correct its scores with reasons'),
  ('risk:rectification:read',      'View rectification items and their evidence in scope'),
  ('risk:rectification:write',     'Answer one''s own employer''s rectification items with actions and evidence'),
  ('risk:rectification:review',    'Approve or return rectification answers, set deadlines'),
  ('risk:dashboard:read',          'View class and light distributions, movements and overdue rectifications');

insert into role_permission (role_code, permission_code)
select 'PLATFORM_ADMIN', code from permission where code like 'risk:%';

insert into role_permission (role_code, permission_code)
select r.code, p.code from role r cross join permission p
where r.code in ('PROVINCIAL_SUPERVISOR', 'MUNICIPAL_SUPERVISOR', 'COUNTY_SUPERVISOR')
  and p.code in ('risk:portrait:read', 'risk:class:override', 'risk:self-inspection:check', 'risk:rectification:read',
                 'risk:rectification:review', 'risk:dashboard:read');

insert into role_permission (role_code, permission_code)
select 'INSPECTOR', code from permission
where code in ('risk:portrait:read', 'risk:self-inspection:check', 'risk:rectification:read', 'risk:rectification:review',
               'risk:dashboard:read');

insert into role_permission (role_code, permission_code)
select 'CDC_ANALYST', code from permission where code in ('risk:portrait:read', 'risk:dashboard:read');

insert into role_permission (role_code, permission_code)
select 'EMPLOYER_MANAGER', code from permission
where code in ('risk:portrait:read', 'risk:self-inspection:write', 'risk:rectification:read', 'risk:rectification:write');
