-- Testing and evaluation jobs (testing module). Agency staff enter their own agency's jobs and
-- results and review them (技术审核, by another person than the one who submitted); supervisors,
-- inspectors and CDC analysts read the jobs of their region; an employer's manager reads its own.
insert into permission (code, description) values
  ('testing:job:read',   'View testing and evaluation jobs in scope: plan, results, judgements, exposure statistics'),
  ('testing:job:write',  'Create the own agency''s testing jobs, enter their results and submit them for review'),
  ('testing:job:review', 'Accept or return the own agency''s submitted testing jobs (technical review)');

insert into role_permission (role_code, permission_code)
select 'PLATFORM_ADMIN', 'testing:job:read';

insert into role_permission (role_code, permission_code)
select r.code, 'testing:job:read' from role r
where r.code in ('PROVINCIAL_SUPERVISOR', 'MUNICIPAL_SUPERVISOR', 'COUNTY_SUPERVISOR', 'INSPECTOR', 'CDC_ANALYST',
                 'EMPLOYER_MANAGER');

insert into role_permission (role_code, permission_code)
select 'AGENCY_STAFF', code from permission where code like 'testing:%';
