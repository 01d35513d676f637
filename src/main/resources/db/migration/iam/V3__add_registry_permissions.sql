insert into permission (code, description) values
  ('registry:employer:read',  'View employers, their sites, posts and hazards in scope'),
  ('registry:employer:write', 'Register and change employers, sites and posts in scope'),
  ('registry:worker:read',    'View workers, employment and exposure in scope (identity masked)'),
  ('registry:worker:write',   'Register workers and record hiring and leaving in scope'),
  ('registry:worker:reveal',  'Reveal a worker''s full identity number (every reveal is audited)'),
  ('registry:import:write',   'Import employers and workers from Excel or CSV');

insert into role_permission (role_code, permission_code)
select 'PLATFORM_ADMIN', code from permission where code like 'registry:%';

insert into role_permission (role_code, permission_code)
select r.code, p.code from role r cross join permission p
where r.code in ('PROVINCIAL_SUPERVISOR', 'MUNICIPAL_SUPERVISOR', 'COUNTY_SUPERVISOR', 'CDC_ANALYST')
  and p.code in ('registry:employer:read', 'registry:worker:read');

insert into role_permission (role_code, permission_code)
select 'COUNTY_SUPERVISOR', code from permission where code in ('registry:employer:write', 'registry:import:write');

insert into role_permission (role_code, permission_code)
select 'INSPECTOR', code from permission
where code in ('registry:employer:read', 'registry:worker:read', 'registry:worker:reveal');

insert into role_permission (role_code, permission_code)
select 'EMPLOYER_MANAGER', code from permission where code like 'registry:%';

insert into role_permission (role_code, permission_code)
values ('WORKER', 'registry:worker:read');
