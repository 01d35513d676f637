-- Hazard declarations (declaration module). Employers' managers declare; supervisors of every level
-- read their region's declarations and review them (申报 is received by the county, or the city for
-- central and provincial enterprises); inspectors and CDC analysts read; supervisors and
-- administrators start clocks for reasons the platform cannot see by itself (a process change).
insert into permission (code, description) values
  ('declaration:declaration:read',   'View hazard declarations and declaration deadlines in scope'),
  ('declaration:declaration:write',  'Draft, change and submit the own employer''s hazard declarations'),
  ('declaration:declaration:review', 'Accept or return submitted hazard declarations in scope (issues receipts)'),
  ('declaration:clock:write',        'Start a declaration deadline for an employer in scope');

insert into role_permission (role_code, permission_code)
select 'PLATFORM_ADMIN', code from permission where code like 'declaration:%';

insert into role_permission (role_code, permission_code)
select r.code, p.code from role r cross join permission p
where r.code in ('PROVINCIAL_SUPERVISOR', 'MUNICIPAL_SUPERVISOR', 'COUNTY_SUPERVISOR')
  and p.code in ('declaration:declaration:read', 'declaration:declaration:review', 'declaration:clock:write');

insert into role_permission (role_code, permission_code)
select r.code, 'declaration:declaration:read' from role r where r.code in ('INSPECTOR', 'CDC_ANALYST');

insert into role_permission (role_code, permission_code)
select 'EMPLOYER_MANAGER', code from permission
where code in ('declaration:declaration:read', 'declaration:declaration:write');
