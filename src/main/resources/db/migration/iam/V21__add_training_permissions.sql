-- Online training (training module, issue 16). Numbered 21, not 19: other branches may add iam/V19 and
-- V20 at the same time. Everyone who logs in reads the published courses and learns; supervisors and CDC
-- staff author courses; employers' managers enrol their workers and name their principal leader and
-- managers; supervisors, inspectors, CDC analysts and employers read enrolments and training rates.
insert into permission (code, description) values
  ('training:course:read',     'View published courses and their lessons'),
  ('training:course:write',    'Author courses, lessons and quiz banks in the jurisdiction and publish versions'),
  ('training:course:learn',           'Enrol oneself, study lessons, take quizzes and download one''s certificates'),
  ('training:enrolment:read',  'View enrolments, results and certificates in scope'),
  ('training:enrolment:write', 'Enrol one''s own employer''s workers from the register'),
  ('training:people:write',    'Name one''s own employer''s principal leader and occupational-health managers'),
  ('training:rate:read',       'View training rates with their numerators, denominators and who is missing');

insert into role_permission (role_code, permission_code)
select 'PLATFORM_ADMIN', code from permission where code like 'training:%';

insert into role_permission (role_code, permission_code)
select r.code, p.code from role r cross join permission p
where r.code in ('PROVINCIAL_SUPERVISOR', 'MUNICIPAL_SUPERVISOR', 'COUNTY_SUPERVISOR', 'CDC_ANALYST')
  and p.code in ('training:course:read', 'training:course:write', 'training:course:learn', 'training:enrolment:read',
                 'training:rate:read');

insert into role_permission (role_code, permission_code)
select 'INSPECTOR', code from permission
where code in ('training:course:read', 'training:course:learn', 'training:enrolment:read', 'training:rate:read');

insert into role_permission (role_code, permission_code)
select 'EMPLOYER_MANAGER', code from permission
where code in ('training:course:read', 'training:course:learn', 'training:enrolment:read', 'training:enrolment:write',
               'training:people:write', 'training:rate:read');

insert into role_permission (role_code, permission_code)
select r.code, p.code from role r cross join permission p
where r.code in ('WORKER', 'INSTITUTION_STAFF', 'AGENCY_STAFF')
  and p.code in ('training:course:read', 'training:course:learn');
