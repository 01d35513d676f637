-- Radiation workers and personal dose monitoring (module radiation, issue 18 item 2). Numbered 27: other
-- branches add iam migrations at the same time. Employers mark their radiation workers and posts and keep the
-- licence; dosimetry services (service-agency staff) enter dose records; employers answer investigations;
-- supervisors, inspectors and CDC staff read in their jurisdiction; workers read their own records.
insert into permission (code, description) values
  ('radiation:worker:read',       'View radiation workers, radiation posts and licences in scope'),
  ('radiation:worker:write',      'Mark one''s own employer''s radiation workers and posts and keep its radiation licence'),
  ('radiation:dose:read',         'View personal dose records, investigations, alerts and monitoring gaps in scope'),
  ('radiation:dose:write',        'Enter personal dose records as the dosimetry service of the workers (console, Excel, API)'),
  ('radiation:investigation:answer', 'Explain one''s own employer''s doses above the investigation level'),
  ('radiation:rate:read',         'View personal dose monitoring rates by employer and region');

insert into role_permission (role_code, permission_code)
select r.code, p.code from role r cross join permission p
where r.code in ('PLATFORM_ADMIN', 'PROVINCIAL_SUPERVISOR', 'MUNICIPAL_SUPERVISOR', 'COUNTY_SUPERVISOR', 'INSPECTOR', 'CDC_ANALYST')
  and p.code in ('radiation:worker:read', 'radiation:dose:read', 'radiation:rate:read');

insert into role_permission (role_code, permission_code) values
  ('EMPLOYER_MANAGER', 'radiation:worker:read'),
  ('EMPLOYER_MANAGER', 'radiation:worker:write'),
  ('EMPLOYER_MANAGER', 'radiation:dose:read'),
  ('EMPLOYER_MANAGER', 'radiation:investigation:answer'),
  ('AGENCY_STAFF', 'radiation:worker:read'),
  ('AGENCY_STAFF', 'radiation:dose:read'),
  ('AGENCY_STAFF', 'radiation:dose:write'),
  ('WORKER', 'radiation:dose:read');
