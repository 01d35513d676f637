-- The managers' network (training module) and online consultation (promotion module, consultation
-- package), issue 16. Numbered 23: other branches may add iam/V22 at the same time.
--
-- Notices: every learner reads the notices pushed to them as a certified manager; supervisors push notices
-- to the certified managers of their jurisdiction and follow the read receipts.
-- Question board: employers' managers ask; supervisors and experts answer; supervisors (and the asker)
-- mark the best answer; the knowledge base is read by managers, supervisors, inspectors, CDC and experts.
-- Consultation: employers' managers and workers ask; experts (a new role, 咨询专家) answer the requests
-- routed to them; supervisors follow the requests of their jurisdiction, take escalations and keep the
-- expert team.
insert into permission (code, description) values
  ('training:notice:read',        'Read the notices pushed to oneself as a certified manager'),
  ('training:notice:write',       'Push notices to the certified managers of the jurisdiction and see their read receipts'),
  ('training:question:read',      'Read the question board in scope and the knowledge base'),
  ('training:question:ask',       'Ask a question on the managers'' board for one''s own employer'),
  ('training:question:answer',    'Answer questions on the managers'' board in the jurisdiction'),
  ('training:question:moderate',  'Mark the best answer of a question in the jurisdiction'),
  ('consultation:request:ask',    'Ask the expert team a question (线上问诊) and rate the answer'),
  ('consultation:request:read',   'Read consultation requests: one''s own, those assigned, or those in the jurisdiction'),
  ('consultation:request:answer', 'Answer the consultation requests assigned to oneself as an expert'),
  ('consultation:request:supervise', 'Follow the consultation requests of the jurisdiction, with their personal data, and take escalations'),
  ('consultation:expert:write',   'Keep the expert team of the jurisdiction: who is an expert, in which fields');

insert into role (code, name_zh, name_en, scope_kind, system_role) values
  ('EXPERT', '咨询专家', 'Consultation expert', 'REGION', true);

insert into role_permission (role_code, permission_code)
select 'PLATFORM_ADMIN', code from permission where code like 'training:notice:%' or code like 'training:question:%'
  or code like 'consultation:%';

insert into role_permission (role_code, permission_code)
select r.code, p.code from role r cross join permission p
where r.code in ('PROVINCIAL_SUPERVISOR', 'MUNICIPAL_SUPERVISOR', 'COUNTY_SUPERVISOR')
  and p.code in ('training:notice:read', 'training:notice:write', 'training:question:read', 'training:question:answer',
                 'training:question:moderate', 'consultation:request:read', 'consultation:request:supervise',
                 'consultation:expert:write');

insert into role_permission (role_code, permission_code)
select r.code, p.code from role r cross join permission p
where r.code in ('INSPECTOR', 'CDC_ANALYST')
  and p.code in ('training:notice:read', 'training:question:read');

insert into role_permission (role_code, permission_code)
select 'EMPLOYER_MANAGER', code from permission
where code in ('training:notice:read', 'training:question:read', 'training:question:ask', 'consultation:request:ask',
               'consultation:request:read');

insert into role_permission (role_code, permission_code)
select 'WORKER', code from permission
where code in ('training:notice:read', 'consultation:request:ask', 'consultation:request:read');

insert into role_permission (role_code, permission_code)
select r.code, p.code from role r cross join permission p
where r.code in ('INSTITUTION_STAFF', 'AGENCY_STAFF')
  and p.code in ('training:notice:read');

-- Experts log in with their own token too, and read the courses like everyone who logs in.
insert into role_permission (role_code, permission_code)
select 'EXPERT', code from permission
where code in ('iam:token:write', 'training:course:read', 'training:course:learn', 'training:notice:read',
               'training:question:read', 'training:question:answer', 'consultation:request:read',
               'consultation:request:answer');
