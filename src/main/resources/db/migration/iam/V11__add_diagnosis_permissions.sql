-- Occupational disease diagnosis, appraisal and rehabilitation (diagnosis module).
-- Workers and employers apply for a diagnosis and request appraisals (职业病防治法 Arts. 44, 52);
-- diagnosis institutions' staff keep the materials checklist, record results and deliver
-- certificates; municipal and provincial commissions record appraisals and re-appraisals (Art. 52:
-- 设区的市级 appraisal, provincial re-appraisal); county supervisors, inspectors and CDC analysts read.
-- Rehabilitation stations are registered by supervisors; station staff (an INSTITUTION scope that
-- names the station's credit code) keep patients, appointments and visits.
insert into permission (code, description) values
  ('diagnosis:case:read',         'View diagnosis cases, referrals, clocks and the occupational-disease registry in scope'),
  ('diagnosis:case:apply',        'Apply for an occupational-disease diagnosis (own record, own employer, or as the institution)'),
  ('diagnosis:case:diagnose',     'Keep the materials checklist, record the diagnosis and deliver the certificate (own institution)'),
  ('diagnosis:appraisal:request', 'Request an appraisal or re-appraisal of a diagnosis (as a party, or received by the authority)'),
  ('diagnosis:appraisal:decide',  'Record appraisal (municipal) and re-appraisal (provincial) conclusions in scope'),
  ('diagnosis:rehab:read',        'View rehabilitation stations, patients, appointments and visits in scope'),
  ('diagnosis:rehab:write',       'Enrol patients, book appointments and record visits at the own station'),
  ('diagnosis:station:write',     'Register and change pneumoconiosis rehabilitation stations in scope');

insert into role_permission (role_code, permission_code)
select 'PLATFORM_ADMIN', code from permission where code like 'diagnosis:%';

insert into role_permission (role_code, permission_code)
select r.code, p.code from role r cross join permission p
where r.code in ('PROVINCIAL_SUPERVISOR', 'MUNICIPAL_SUPERVISOR')
  and p.code in ('diagnosis:case:read', 'diagnosis:appraisal:request', 'diagnosis:appraisal:decide',
                 'diagnosis:rehab:read', 'diagnosis:station:write');

insert into role_permission (role_code, permission_code)
select r.code, p.code from role r cross join permission p
where r.code = 'COUNTY_SUPERVISOR'
  and p.code in ('diagnosis:case:read', 'diagnosis:rehab:read', 'diagnosis:station:write');

insert into role_permission (role_code, permission_code)
select r.code, p.code from role r cross join permission p
where r.code in ('INSPECTOR', 'CDC_ANALYST') and p.code in ('diagnosis:case:read', 'diagnosis:rehab:read');

insert into role_permission (role_code, permission_code)
select r.code, p.code from role r cross join permission p
where r.code in ('EMPLOYER_MANAGER', 'WORKER')
  and p.code in ('diagnosis:case:read', 'diagnosis:case:apply', 'diagnosis:appraisal:request');

insert into role_permission (role_code, permission_code)
select r.code, p.code from role r cross join permission p
where r.code = 'INSTITUTION_STAFF'
  and p.code in ('diagnosis:case:read', 'diagnosis:case:apply', 'diagnosis:case:diagnose', 'diagnosis:rehab:read',
                 'diagnosis:rehab:write');
