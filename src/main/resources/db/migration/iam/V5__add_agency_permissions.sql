insert into permission (code, description) values
  ('agency:agency:read',       'View service agencies and institutions in scope: qualification, scope, staff (identity masked), engagements'),
  ('agency:agency:write',      'Register agencies and institutions in the jurisdiction, change them, their status and qualification scope'),
  ('agency:staff:write',       'Maintain the staff of an agency or institution in scope'),
  ('agency:engagement:write',  'Record which employers engage an agency or institution in scope');

insert into role_permission (role_code, permission_code)
select 'PLATFORM_ADMIN', code from permission where code like 'agency:%';

-- Qualifications are granted by provincial and municipal health commissions; counties read.
insert into role_permission (role_code, permission_code)
select r.code, p.code from role r cross join permission p
where r.code in ('PROVINCIAL_SUPERVISOR', 'MUNICIPAL_SUPERVISOR')
  and p.code like 'agency:%';

insert into role_permission (role_code, permission_code)
select r.code, 'agency:agency:read' from role r
where r.code in ('COUNTY_SUPERVISOR', 'INSPECTOR', 'CDC_ANALYST');

-- Agency and institution staff keep their own staff list and engagements up to date.
insert into role_permission (role_code, permission_code)
select r.code, p.code from role r cross join permission p
where r.code in ('AGENCY_STAFF', 'INSTITUTION_STAFF')
  and p.code in ('agency:agency:read', 'agency:staff:write', 'agency:engagement:write');
