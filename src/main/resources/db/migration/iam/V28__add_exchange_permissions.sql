-- The whole national exchange (issue 18, decision 0033): employers (ENTERPRISE_INFO) in and out of the
-- register; workplace detection results (DETECTION_INFO) out of reviewed testing jobs and in from other systems. Exporting is a permission of its own, as for exams: supervisors and CDC analysts export the
-- employers of their region. Importing changes the register, so it goes to those who already change it
-- (county supervisors) and the administrator. Phone numbers are kept encrypted and shown masked; an
-- export carries them only for a user who may reveal them (supervisors), and says so in the audit trail.
insert into permission (code, description) values
  ('registry:exchange:export', 'Export employers in scope as national exchange XML (ENTERPRISE_INFO)'),
  ('registry:exchange:import', 'Update employers in scope from national exchange XML (ENTERPRISE_INFO)'),
  ('registry:contact:reveal',  'Reveal employers'' phone numbers (in exports; every reveal is audited)');

insert into role_permission (role_code, permission_code)
select r.code, p.code from role r cross join permission p
where r.code in ('PLATFORM_ADMIN', 'PROVINCIAL_SUPERVISOR', 'MUNICIPAL_SUPERVISOR', 'COUNTY_SUPERVISOR', 'CDC_ANALYST')
  and p.code = 'registry:exchange:export';

insert into role_permission (role_code, permission_code)
select r.code, p.code from role r cross join permission p
where r.code in ('PLATFORM_ADMIN', 'COUNTY_SUPERVISOR')
  and p.code = 'registry:exchange:import';

insert into role_permission (role_code, permission_code)
select r.code, p.code from role r cross join permission p
where r.code in ('PLATFORM_ADMIN', 'PROVINCIAL_SUPERVISOR', 'MUNICIPAL_SUPERVISOR', 'COUNTY_SUPERVISOR')
  and p.code = 'registry:contact:reveal';

-- DETECTION_INFO: supervisors, CDC staff and agencies export the reviewed jobs in their scope; the CDC (and the
-- administrator) receives documents from other systems into the region's received detection results.
insert into permission (code, description) values
  ('testing:exchange:export', 'Export reviewed testing jobs in scope as national exchange XML (DETECTION_INFO)'),
  ('testing:exchange:import', 'Receive DETECTION_INFO documents of employers in scope and read them');

insert into role_permission (role_code, permission_code)
select r.code, p.code from role r cross join permission p
where r.code in ('PLATFORM_ADMIN', 'PROVINCIAL_SUPERVISOR', 'MUNICIPAL_SUPERVISOR', 'COUNTY_SUPERVISOR', 'CDC_ANALYST',
                 'AGENCY_STAFF')
  and p.code = 'testing:exchange:export';

insert into role_permission (role_code, permission_code)
select r.code, p.code from role r cross join permission p
where r.code in ('PLATFORM_ADMIN', 'CDC_ANALYST')
  and p.code = 'testing:exchange:import';
