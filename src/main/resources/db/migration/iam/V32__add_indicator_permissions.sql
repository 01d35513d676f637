-- The indicators module (issue 17, decision 0037). Numbered 32: other branches add iam migrations at the same time.
-- Supervisors and the CDC read the figures of their jurisdiction; supervisors set the targets of their region (a
-- lower region may only tighten) and import the figures the platform does not hold; the administrator also rebuilds
-- the read models and loads boundary maps.
insert into permission (code, description) values
  ('indicators:figure:read',     'View indicator figures, targets and the employers behind each figure in scope'),
  ('indicators:target:write',    'Set targets of one''s region (a lower region may only tighten)'),
  ('indicators:import:write',    'Import figures the platform does not hold (e.g. work-injury insurance) with their source'),
  ('indicators:readmodel:write', 'Rebuild the indicator read models from the modules'' data and load boundary maps');

insert into role_permission (role_code, permission_code)
select r.code, p.code from role r cross join permission p
where r.code in ('PLATFORM_ADMIN', 'PROVINCIAL_SUPERVISOR', 'MUNICIPAL_SUPERVISOR', 'COUNTY_SUPERVISOR')
  and p.code in ('indicators:figure:read', 'indicators:target:write', 'indicators:import:write');

insert into role_permission (role_code, permission_code) values
  ('CDC_ANALYST', 'indicators:figure:read'),
  ('PLATFORM_ADMIN', 'indicators:readmodel:write');
