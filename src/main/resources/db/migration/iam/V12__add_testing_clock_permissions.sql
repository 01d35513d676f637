-- Testing validity clocks (testing module): when each employer's next testing and status evaluation
-- are due. Supervisors, inspectors and CDC analysts read their region's clocks and overdue lists;
-- an employer's manager reads the own employer's clocks.
insert into permission (code, description) values
  ('testing:clock:read', 'View testing and evaluation due dates and overdue lists in scope');

insert into role_permission (role_code, permission_code)
select r.code, 'testing:clock:read' from role r
where r.code in ('PLATFORM_ADMIN', 'PROVINCIAL_SUPERVISOR', 'MUNICIPAL_SUPERVISOR', 'COUNTY_SUPERVISOR', 'INSPECTOR',
                 'CDC_ANALYST', 'EMPLOYER_MANAGER');
