-- Report-quality sampling (报告质量抽查, issue 15 item 1), complaints and administrative penalties of agencies and
-- institutions (agency module, decision 0034). Numbered 29: other branches may add iam/V26-V28 at the same time.
-- Supervisors draw the samples of their region, review them against the rubric and close the findings, and record
-- verified complaints and penalties; inspectors and CDC staff read them; an organisation reads its own samples and
-- findings and answers them.
insert into permission (code, description) values
  ('agency:quality:read',    'View report-quality draws, samples and findings in scope (an organisation its own)'),
  ('agency:quality:draw',    'Draw the report-quality sample of a period in the jurisdiction'),
  ('agency:quality:review',  'Score sampled reports against the rubric and close findings in the jurisdiction'),
  ('agency:quality:answer',  'Answer the findings on one''s own organisation''s sampled reports'),
  ('agency:complaint:write', 'Record verified complaints and administrative penalties against agencies and institutions in the jurisdiction');

insert into role_permission (role_code, permission_code)
select r.code, p.code from role r cross join permission p
where r.code in ('PLATFORM_ADMIN', 'PROVINCIAL_SUPERVISOR', 'MUNICIPAL_SUPERVISOR', 'COUNTY_SUPERVISOR')
  and p.code in ('agency:quality:read', 'agency:quality:draw', 'agency:quality:review', 'agency:complaint:write');

insert into role_permission (role_code, permission_code)
select r.code, p.code from role r cross join permission p
where r.code in ('INSPECTOR', 'CDC_ANALYST')
  and p.code = 'agency:quality:read';

insert into role_permission (role_code, permission_code)
select r.code, p.code from role r cross join permission p
where r.code in ('AGENCY_STAFF', 'INSTITUTION_STAFF')
  and p.code in ('agency:quality:read', 'agency:quality:answer');
