-- The CDC's monitoring projects (module cdcmonitoring, issue 18 item 1, decision 0035). Numbered 30: other branches
-- add iam migrations at the same time. CDC staff create projects, draw the sample, assign tasks, enter surveys of
-- their county's tasks and re-check them; service agencies and exam institutions enter the surveys of the tasks
-- assigned to them; supervisors read.
insert into permission (code, description) values
  ('cdcmonitoring:project:read',  'View monitoring projects, their sample, tasks and progress in scope'),
  ('cdcmonitoring:project:write', 'Create monitoring projects with targets per county, draw the sample and assign tasks'),
  ('cdcmonitoring:survey:write',  'Enter the surveys of sampled employers of one''s own tasks'),
  ('cdcmonitoring:qc:write',      'Re-check picked surveys and resolve disagreements');

insert into role_permission (role_code, permission_code)
select r.code, p.code from role r cross join permission p
where r.code in ('PLATFORM_ADMIN', 'PROVINCIAL_SUPERVISOR', 'MUNICIPAL_SUPERVISOR', 'COUNTY_SUPERVISOR')
  and p.code = 'cdcmonitoring:project:read';

insert into role_permission (role_code, permission_code) values
  ('CDC_ANALYST', 'cdcmonitoring:project:read'),
  ('CDC_ANALYST', 'cdcmonitoring:project:write'),
  ('CDC_ANALYST', 'cdcmonitoring:survey:write'),
  ('CDC_ANALYST', 'cdcmonitoring:qc:write'),
  ('AGENCY_STAFF', 'cdcmonitoring:project:read'),
  ('AGENCY_STAFF', 'cdcmonitoring:survey:write'),
  ('INSTITUTION_STAFF', 'cdcmonitoring:project:read'),
  ('INSTITUTION_STAFF', 'cdcmonitoring:survey:write');
