-- Grid supervision (module grid, issue 17 item 5, decision 0038). Numbered 33: other branches add iam migrations at
-- the same time. Supervisors and inspectors read the grids and KPIs of their jurisdiction; county, city and
-- provincial supervisors draw grids, assign them (分片包干) and read everyone's quarterly appraisal sheet. A grid
-- assistant (网格员, the new role GRID_ASSISTANT, least privilege) holds only grid:assigned:read: the grids assigned
-- to them, their employers and KPIs, and their own appraisal sheet — nothing county-wide.
insert into permission (code, description) values
  ('grid:grid:read',      'View the grids of the jurisdiction, their employers, assignments and KPIs'),
  ('grid:assigned:read',  'View the grids one is assigned to, their employers and KPIs, and one''s own appraisal sheet'),
  ('grid:grid:write',     'Draw grids from townships or employers, change their membership and assign inspectors and assistants'),
  ('grid:appraisal:read', 'View and issue the quarterly appraisal sheets of everyone assigned to grids of the jurisdiction');

insert into role (code, name_zh, name_en, scope_kind, system_role) values
  ('GRID_ASSISTANT', '网格员', 'Grid assistant', 'REGION', true);

insert into role_permission (role_code, permission_code)
select r.code, p.code from role r cross join permission p
where r.code in ('PLATFORM_ADMIN', 'PROVINCIAL_SUPERVISOR', 'MUNICIPAL_SUPERVISOR', 'COUNTY_SUPERVISOR')
  and p.code in ('grid:grid:read', 'grid:grid:write', 'grid:appraisal:read');

insert into role_permission (role_code, permission_code) values
  ('PLATFORM_ADMIN', 'grid:assigned:read'),
  ('INSPECTOR', 'grid:grid:read'),
  ('INSPECTOR', 'grid:assigned:read'),
  ('GRID_ASSISTANT', 'grid:assigned:read');
