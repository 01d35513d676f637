-- Exam records in the national data-exchange XML (surveillance module). The export carries full
-- identity numbers, so it is a permission of its own: supervisors and CDC analysts export the exams of
-- their region, an institution's staff those it recorded. Only an institution's staff import (the
-- records become exams of their institution). Workers already read their own exams and issued reports
-- with surveillance:exam:read (V10); nothing more is granted to them.
insert into permission (code, description) values
  ('surveillance:exchange:export', 'Export exams in scope as national exchange XML (with full identity numbers)'),
  ('surveillance:exchange:import', 'Import exams of the own exam institution from national exchange XML');

insert into role_permission (role_code, permission_code)
select r.code, 'surveillance:exchange:export' from role r
where r.code in ('PLATFORM_ADMIN', 'PROVINCIAL_SUPERVISOR', 'MUNICIPAL_SUPERVISOR', 'COUNTY_SUPERVISOR', 'CDC_ANALYST',
                 'INSTITUTION_STAFF');

insert into role_permission (role_code, permission_code)
values ('INSTITUTION_STAFF', 'surveillance:exchange:import');
