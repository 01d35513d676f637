-- A grid assistant (网格员) logs in like everyone else: an inbox for their reminders, the online courses, their own API
-- tokens (GET /api/v1/grids reads their grids, docs/grid.md). V33 gave the role only grid:assigned:read; it now holds
-- too what every role that logs in holds — the permissions common to the inspector, the worker, the employer's
-- manager, the agency's and the institution's staff and the CDC analyst — and nothing of anyone's jurisdiction.
-- Numbered 36: migrations 34 and 35 are taken by branches merged after this one.
insert into role_permission (role_code, permission_code)
select 'GRID_ASSISTANT', permission_code from role_permission
where role_code in ('INSPECTOR', 'WORKER', 'EMPLOYER_MANAGER', 'AGENCY_STAFF', 'INSTITUTION_STAFF', 'CDC_ANALYST')
group by permission_code
having count(distinct role_code) = 6
on conflict do nothing;
