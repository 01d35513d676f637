-- Engagements are proposals until the employer (or a supervisor of its region) accepts them, and
-- anyone concerned lists them (issue 12).
insert into permission (code, description) values
  ('agency:engagement:read',   'List engagements in scope: an employer''s own, its region''s, an organisation''s own'),
  ('agency:engagement:accept', 'Accept or decline an engagement proposed to an employer in scope');

insert into role_permission (role_code, permission_code)
select r.code, 'agency:engagement:read' from role r
where r.code in ('PLATFORM_ADMIN', 'PROVINCIAL_SUPERVISOR', 'MUNICIPAL_SUPERVISOR', 'COUNTY_SUPERVISOR', 'INSPECTOR',
                 'EMPLOYER_MANAGER', 'AGENCY_STAFF', 'INSTITUTION_STAFF');

insert into role_permission (role_code, permission_code)
select r.code, 'agency:engagement:accept' from role r
where r.code in ('PLATFORM_ADMIN', 'PROVINCIAL_SUPERVISOR', 'MUNICIPAL_SUPERVISOR', 'COUNTY_SUPERVISOR',
                 'EMPLOYER_MANAGER');

-- Agencies and institutions read register records only where a relation grants them
-- (decision 0018): the employers whose engagement they hold, the workers who came to them.
insert into role_permission (role_code, permission_code)
select r.code, 'registry:employer:read' from role r where r.code in ('AGENCY_STAFF', 'INSTITUTION_STAFF')
on conflict do nothing;

insert into role_permission (role_code, permission_code)
values ('INSTITUTION_STAFF', 'registry:worker:read')
on conflict do nothing;
