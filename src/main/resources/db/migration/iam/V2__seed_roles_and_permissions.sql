insert into permission (code, description) values
  ('iam:user:read',            'View users in the jurisdiction'),
  ('iam:user:write',           'Create, change, lock and unlock users in the jurisdiction'),
  ('iam:role:read',            'View roles and their permissions'),
  ('iam:role:write',           'Create and change custom roles'),
  ('iam:token:write',          'Create and revoke one''s own API tokens'),
  ('audit:entry:read',         'Browse the audit trail of the jurisdiction'),
  ('audit:chain:verify',       'Verify the integrity of the audit chain'),
  ('reference:catalog:read',   'View reference catalogs'),
  ('reference:catalog:write',  'Load new catalog versions');

insert into role (code, name_zh, name_en, scope_kind, system_role) values
  ('PLATFORM_ADMIN',        '平台管理员',           'Platform administrator',         'REGION', true),
  ('PROVINCIAL_SUPERVISOR', '省级监管人员',         'Provincial supervisor',          'REGION', true),
  ('MUNICIPAL_SUPERVISOR',  '市级监管人员',         'Municipal supervisor',           'REGION', true),
  ('COUNTY_SUPERVISOR',     '县级监管人员',         'County supervisor',              'REGION', true),
  ('INSPECTOR',             '执法人员',             'Inspector',                      'REGION', true),
  ('CDC_ANALYST',           '疾控人员',             'CDC analyst',                    'REGION', true),
  ('EMPLOYER_MANAGER',      '用人单位职业卫生管理人员', 'Employer occupational-health manager', 'EMPLOYER', true),
  ('AGENCY_STAFF',          '技术服务机构人员',     'Service-agency staff',           'AGENCY', true),
  ('INSTITUTION_STAFF',     '体检机构人员',         'Exam-institution staff',         'INSTITUTION', true),
  ('WORKER',                '劳动者',               'Worker',                         'PERSON', true);

insert into role_permission (role_code, permission_code)
select 'PLATFORM_ADMIN', code from permission;

insert into role_permission (role_code, permission_code)
select r.code, p.code
from role r cross join permission p
where r.code in ('PROVINCIAL_SUPERVISOR', 'MUNICIPAL_SUPERVISOR', 'COUNTY_SUPERVISOR')
  and p.code in ('iam:user:read', 'iam:role:read', 'iam:token:write', 'audit:entry:read', 'reference:catalog:read');

insert into role_permission (role_code, permission_code)
select r.code, p.code
from role r cross join permission p
where r.code in ('INSPECTOR', 'CDC_ANALYST')
  and p.code in ('iam:token:write', 'reference:catalog:read');

insert into role_permission (role_code, permission_code)
select r.code, 'iam:token:write'
from role r
where r.code in ('EMPLOYER_MANAGER', 'AGENCY_STAFF', 'INSTITUTION_STAFF');
