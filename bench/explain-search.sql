-- The employer list query of EmployerStore as a prepared statement, explained with the plan
-- PostgreSQL uses for it: custom (parameters folded) and generic (what pgjdbc's server-side
-- prepared statements get after five executions).
-- psql -h 127.0.0.1 -p <port> -U postgres -f bench/explain-search.sql
\set ECHO queries
prepare page(text, text, text, text, text, text, text, text, int, int) as
select e.id, e.credit_code, e.name, e.region_code, e.industry_code, e.employees, e.size_class, e.severity, e.status
from registry.employer e
where ((cast($1 as text) is not null and e.region_code like cast($1 as text) || '%')
       or (cast($2 as text) is not null and e.credit_code = cast($2 as text)))
  and e.region_code like $3 || '%'
  and (cast($4 as text) is null or e.name ilike '%' || cast($4 as text) || '%' or e.credit_code like upper(cast($4 as text)) || '%')
  and (cast($5 as text) is null or e.industry_code like cast($5 as text) || '%')
  and (cast($6 as text) is null or e.size_class = cast($6 as text))
  and (cast($7 as text) is null or e.severity = cast($7 as text))
  and (cast($8 as text) is null or e.status = cast($8 as text))
order by e.name asc, e.id
limit $9 offset $10;
prepare total(text, text, text, text, text, text, text, text) as
select count(*) from registry.employer e
where ((cast($1 as text) is not null and e.region_code like cast($1 as text) || '%')
       or (cast($2 as text) is not null and e.credit_code = cast($2 as text)))
  and e.region_code like $3 || '%'
  and (cast($4 as text) is null or e.name ilike '%' || cast($4 as text) || '%' or e.credit_code like upper(cast($4 as text)) || '%')
  and (cast($5 as text) is null or e.industry_code like cast($5 as text) || '%')
  and (cast($6 as text) is null or e.size_class = cast($6 as text))
  and (cast($7 as text) is null or e.severity = cast($7 as text))
  and (cast($8 as text) is null or e.status = cast($8 as text));
set plan_cache_mode = force_custom_plan;
explain (analyze, buffers, costs off) execute page('33', null, '3301', null, '33', null, null, null, 20, 100);
explain (analyze, buffers, costs off) execute total('33', null, '3301', null, '33', null, null, null);
set plan_cache_mode = force_generic_plan;
explain (analyze, buffers, costs off) execute page('33', null, '3301', null, '33', null, null, null, 20, 100);
explain (analyze, buffers, costs off) execute total('33', null, '3301', null, '33', null, null, null);
