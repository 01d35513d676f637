-- Credit ratings, client evaluations and the blacklist of agencies and institutions (agency module, issue 15).
-- Numbered 25: other branches may add iam/V22-V24 at the same time.
-- Supervisors read ratings, recompute and adjust them (with a reason), and keep the blacklist; a county proposes,
-- and confirms in its own region like the city and province. Agencies and institutions read their own rating and
-- blacklist entries; employers rate the jobs and exam batches delivered to them.
insert into permission (code, description) values
  ('agency:rating:read',       'View credit ratings of agencies and institutions in scope with their breakdown (an organisation its own)'),
  ('agency:rating:adjust',     'Recompute credit ratings in the jurisdiction and adjust one with a reason'),
  ('agency:evaluation:read',   'View deliveries and client evaluations in scope (an employer its own, an organisation its own)'),
  ('agency:evaluation:write',  'Rate a testing job or exam batch delivered to one''s own employer, once'),
  ('agency:blacklist:read',    'View blacklist entries in scope (an organisation its own)'),
  ('agency:blacklist:write',   'Propose, confirm, reject and remove blacklist entries of agencies and institutions in the jurisdiction');

insert into role_permission (role_code, permission_code)
select 'PLATFORM_ADMIN', code from permission
where code in ('agency:rating:read', 'agency:rating:adjust', 'agency:evaluation:read', 'agency:blacklist:read',
               'agency:blacklist:write');

insert into role_permission (role_code, permission_code)
select r.code, p.code from role r cross join permission p
where r.code in ('PROVINCIAL_SUPERVISOR', 'MUNICIPAL_SUPERVISOR', 'COUNTY_SUPERVISOR')
  and p.code in ('agency:rating:read', 'agency:rating:adjust', 'agency:evaluation:read', 'agency:blacklist:read',
                 'agency:blacklist:write');

insert into role_permission (role_code, permission_code)
select r.code, p.code from role r cross join permission p
where r.code in ('INSPECTOR', 'CDC_ANALYST', 'AGENCY_STAFF', 'INSTITUTION_STAFF')
  and p.code in ('agency:rating:read', 'agency:evaluation:read', 'agency:blacklist:read');

insert into role_permission (role_code, permission_code) values
  ('EMPLOYER_MANAGER', 'agency:evaluation:read'),
  ('EMPLOYER_MANAGER', 'agency:evaluation:write');
