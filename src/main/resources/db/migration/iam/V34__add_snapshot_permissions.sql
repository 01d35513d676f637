-- Quarterly snapshots and bulletins of the indicators (issue 17 items 4 and 7). Numbered 34: other branches add iam
-- migrations at the same time. Reading snapshots needs indicators:figure:read (already held by supervisors and the
-- CDC). A freeze covers every region of the platform, so it is the administrator's and the provincial supervisor's;
-- supervisors at every level issue the bulletin of their own region.
insert into permission (code, description) values
  ('indicators:snapshot:write', 'Freeze a closed quarter''s indicator figures of every region (a re-freeze stores a revision)'),
  ('indicators:bulletin:write', 'Issue the quarterly bulletin (通报) of one''s region as a verifiable PDF');

insert into role_permission (role_code, permission_code) values
  ('PLATFORM_ADMIN', 'indicators:snapshot:write'),
  ('PROVINCIAL_SUPERVISOR', 'indicators:snapshot:write');

insert into role_permission (role_code, permission_code)
select r.code, 'indicators:bulletin:write' from role r
where r.code in ('PLATFORM_ADMIN', 'PROVINCIAL_SUPERVISOR', 'MUNICIPAL_SUPERVISOR', 'COUNTY_SUPERVISOR');
