-- Occupational health exams (surveillance module). Exam institutions' staff record exams of their own
-- institution and issue the reports; supervisors, inspectors and CDC analysts read the exams, the due
-- lists and the tasks of their region; employers' managers read their workers' exams, recompute their
-- due list from the register and record job transfers and suspected-disease reports; workers read
-- their own exams.
insert into permission (code, description) values
  ('surveillance:exam:read',  'View occupational health exams, exams due and the tasks conclusions set, in scope'),
  ('surveillance:exam:write', 'Record exams of the own exam institution and issue their reports'),
  ('surveillance:due:write',  'Recompute an employer''s exams due from the register'),
  ('surveillance:task:write', 'Record a job transfer or a suspected-disease report as done');

insert into role_permission (role_code, permission_code)
select 'PLATFORM_ADMIN', code from permission
where code in ('surveillance:exam:read', 'surveillance:exam:write', 'surveillance:due:write', 'surveillance:task:write');

insert into role_permission (role_code, permission_code)
select r.code, p.code from role r cross join permission p
where r.code in ('PROVINCIAL_SUPERVISOR', 'MUNICIPAL_SUPERVISOR', 'COUNTY_SUPERVISOR')
  and p.code in ('surveillance:exam:read', 'surveillance:due:write');

insert into role_permission (role_code, permission_code)
select r.code, 'surveillance:exam:read' from role r where r.code in ('INSPECTOR', 'CDC_ANALYST', 'WORKER');

insert into role_permission (role_code, permission_code)
select 'EMPLOYER_MANAGER', code from permission
where code in ('surveillance:exam:read', 'surveillance:due:write', 'surveillance:task:write');

insert into role_permission (role_code, permission_code)
select 'INSTITUTION_STAFF', code from permission
where code in ('surveillance:exam:read', 'surveillance:exam:write', 'surveillance:task:write');
