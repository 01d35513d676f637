-- The diagnosis module's part of the national exchange (issue 18 item 3; 交换规范 2021 六(三)–(六), which the
-- specification marks 暂不启用交换) and acute pesticide poisoning reports (农药中毒报告, NYZD).
-- Exporting suspected diseases, cases, appraisals and poisoning reports of the own jurisdiction: supervisors of
-- every level and CDC analysts (as for the other types). Receiving documents of other systems: the CDC and the
-- administrator. Patients' phone numbers (NYZD) leave only with diagnosis:exchange:reveal (supervisors), asked
-- for explicitly and audited. Hospitals (institution staff) report pesticide poisonings and see their own
-- reports; supervisors and the CDC read those of their region.
insert into permission (code, description) values
  ('diagnosis:exchange:export',  'Export suspected diseases, cases, appraisals and pesticide poisonings in scope as national exchange XML'),
  ('diagnosis:exchange:import',  'Receive SUSPECTED_OCPD, DIAGNOSE_OCPD, APPRAISAL_INFO and NYZD documents of the own region'),
  ('diagnosis:exchange:reveal',  'Include patients'' phone numbers in exchange exports (every export is audited)'),
  ('diagnosis:pesticide:report', 'Report acute pesticide poisonings as a hospital and view the own reports'),
  ('diagnosis:pesticide:read',   'View acute pesticide poisoning reports in scope');

insert into role_permission (role_code, permission_code)
select r.code, p.code from role r cross join permission p
where r.code in ('PLATFORM_ADMIN', 'PROVINCIAL_SUPERVISOR', 'MUNICIPAL_SUPERVISOR', 'COUNTY_SUPERVISOR', 'CDC_ANALYST')
  and p.code in ('diagnosis:exchange:export', 'diagnosis:pesticide:read');

insert into role_permission (role_code, permission_code)
select r.code, p.code from role r cross join permission p
where r.code in ('PLATFORM_ADMIN', 'CDC_ANALYST')
  and p.code = 'diagnosis:exchange:import';

insert into role_permission (role_code, permission_code)
select r.code, p.code from role r cross join permission p
where r.code in ('PLATFORM_ADMIN', 'PROVINCIAL_SUPERVISOR', 'MUNICIPAL_SUPERVISOR', 'COUNTY_SUPERVISOR')
  and p.code = 'diagnosis:exchange:reveal';

insert into role_permission (role_code, permission_code)
select r.code, p.code from role r cross join permission p
where r.code = 'INSTITUTION_STAFF'
  and p.code = 'diagnosis:pesticide:report';
