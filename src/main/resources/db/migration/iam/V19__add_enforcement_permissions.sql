-- Inspections and enforcement (enforcement module, issue 14): random inspection plans with their
-- commit-reveal draw, and the inspections drawn. Supervisors (county, city, province) plan, commit and
-- draw in their region; inspectors read the plans and carry out the inspections drawn for them; CDC
-- analysts read. The inspector pool of a plan is the users holding the INSPECTOR role in its region.
insert into permission (code, description) values
  ('enforcement:plan:read',        'View random inspection plans, their draws and their inputs in scope'),
  ('enforcement:plan:write',       'Create random inspection plans, record conflicts of interest, commit and draw'),
  ('enforcement:inspection:read',  'View inspections and their findings in scope'),
  ('enforcement:inspection:write', 'Carry out an inspection drawn for oneself: checklist, findings, on-site record');

insert into role_permission (role_code, permission_code)
select 'PLATFORM_ADMIN', code from permission where code like 'enforcement:%';

insert into role_permission (role_code, permission_code)
select r.code, p.code from role r cross join permission p
where r.code in ('PROVINCIAL_SUPERVISOR', 'MUNICIPAL_SUPERVISOR', 'COUNTY_SUPERVISOR')
  and p.code in ('enforcement:plan:read', 'enforcement:plan:write', 'enforcement:inspection:read');

insert into role_permission (role_code, permission_code)
select 'INSPECTOR', code from permission
where code in ('enforcement:plan:read', 'enforcement:inspection:read', 'enforcement:inspection:write');

insert into role_permission (role_code, permission_code)
select 'CDC_ANALYST', code from permission where code in ('enforcement:plan:read', 'enforcement:inspection:read');
