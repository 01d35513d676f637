-- Healthy enterprises, model enterprises and health champions (promotion module, issue 16 items 6-7). Numbered 24: other
-- branches may add iam/V22 and V23 at the same time (online consultation, in the same module, has its own).
-- Employers apply with a self-evaluation and evidence; CDC staff (the expert panel) review on site and
-- score; supervisors decide and mark model enterprises; supervisors, inspectors, CDC staff and employers
-- (their own) read applications.
insert into permission (code, description) values
  ('promotion:healthy:read',   'View healthy-enterprise applications, their scores and decisions in scope'),
  ('promotion:healthy:apply',  'Apply as a healthy enterprise for one''s own employer: self-evaluation and evidence'),
  ('promotion:healthy:review', 'Review healthy-enterprise applications on site and score them (expert panel)'),
  ('promotion:healthy:decide', 'Decide healthy-enterprise applications in the jurisdiction'),
  ('promotion:model:write',    'Mark and withdraw industry model enterprises in the jurisdiction'),
  ('promotion:champion:read',     'View health-champion nominations, scores and results in scope'),
  ('promotion:champion:nominate', 'Nominate one''s own employer''s workers and managers as health champions'),
  ('promotion:champion:review',   'Score health-champion nominations against the criteria'),
  ('promotion:champion:decide',   'Set health-champion quotas and approve or reject nominations in the jurisdiction');

-- The administrator reads, reviews, decides and marks everywhere; applying is an employer's own act.
insert into role_permission (role_code, permission_code)
select 'PLATFORM_ADMIN', code from permission
where code in ('promotion:healthy:read', 'promotion:healthy:review', 'promotion:healthy:decide', 'promotion:model:write',
               'promotion:champion:read', 'promotion:champion:review', 'promotion:champion:decide');

insert into role_permission (role_code, permission_code)
select r.code, p.code from role r cross join permission p
where r.code in ('PROVINCIAL_SUPERVISOR', 'MUNICIPAL_SUPERVISOR', 'COUNTY_SUPERVISOR')
  and p.code in ('promotion:healthy:read', 'promotion:healthy:decide', 'promotion:model:write', 'promotion:champion:read',
                 'promotion:champion:decide');

insert into role_permission (role_code, permission_code) values
  ('INSPECTOR', 'promotion:healthy:read'),
  ('CDC_ANALYST', 'promotion:healthy:read'),
  ('CDC_ANALYST', 'promotion:healthy:review'),
  ('EMPLOYER_MANAGER', 'promotion:healthy:read'),
  ('EMPLOYER_MANAGER', 'promotion:healthy:apply'),
  ('INSPECTOR', 'promotion:champion:read'),
  ('CDC_ANALYST', 'promotion:champion:read'),
  ('CDC_ANALYST', 'promotion:champion:review'),
  ('EMPLOYER_MANAGER', 'promotion:champion:read'),
  ('EMPLOYER_MANAGER', 'promotion:champion:nominate');
