-- Inspections and enforcement (enforcement module, issue 14): random inspection plans with their
-- commit-reveal draw, and the inspections drawn. Supervisors (county, city, province) plan, commit and
-- draw in their region and read cases; inspectors read the plans, carry out the inspections drawn for them and
-- run the cases (only inspectors act on a case); CDC analysts read plans and inspections. The inspector pool of a plan is the users holding the INSPECTOR role in its region.
insert into permission (code, description) values
  ('enforcement:plan:read',        'View random inspection plans, their draws and their inputs in scope'),
  ('enforcement:plan:write',       'Create random inspection plans, record conflicts of interest, commit and draw'),
  ('enforcement:inspection:read',  'View inspections and their findings in scope'),
  ('enforcement:inspection:write', 'Carry out an inspection drawn for oneself: checklist, findings, on-site record'),
  ('enforcement:case:read',        'View enforcement cases, their steps and clocks in scope'),
  ('enforcement:case:write',       'Open cases under an action code, record their steps and decisions'),
  ('enforcement:review:read',      'View case-file review rounds, their samples and results in scope'),
  ('enforcement:review:write',     'Draw case-file review rounds and record the discussion of disputed items'),
  ('enforcement:review:score',     'Score sampled case files as a reviewer');

insert into role_permission (role_code, permission_code)
select 'PLATFORM_ADMIN', code from permission where code like 'enforcement:%';

insert into role_permission (role_code, permission_code)
select r.code, p.code from role r cross join permission p
where r.code in ('PROVINCIAL_SUPERVISOR', 'MUNICIPAL_SUPERVISOR', 'COUNTY_SUPERVISOR')
  and p.code in ('enforcement:plan:read', 'enforcement:plan:write', 'enforcement:inspection:read', 'enforcement:case:read');

insert into role_permission (role_code, permission_code)
select r.code, p.code from role r cross join permission p
where r.code in ('PROVINCIAL_SUPERVISOR', 'MUNICIPAL_SUPERVISOR')
  and p.code in ('enforcement:review:read', 'enforcement:review:write', 'enforcement:review:score');

insert into role_permission (role_code, permission_code)
select 'COUNTY_SUPERVISOR', code from permission where code in ('enforcement:review:read', 'enforcement:review:score');

insert into role_permission (role_code, permission_code)
select 'INSPECTOR', code from permission
where code in ('enforcement:plan:read', 'enforcement:inspection:read', 'enforcement:inspection:write',
               'enforcement:case:read', 'enforcement:case:write');

insert into role_permission (role_code, permission_code)
select 'CDC_ANALYST', code from permission where code in ('enforcement:plan:read', 'enforcement:inspection:read');
