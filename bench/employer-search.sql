-- pgbench script (bench/employer-search.sh): the two statements EmployerService.search runs per
-- request for an actor with a region scope (EmployerStore.count and EmployerStore.page, as
-- EmployerStore.where builds them for a filter of exactly a city and a division), with the same bound parameters
-- (-M prepared binds the :variables; the filters the request leaves empty are null). Keep this in
-- step with EmployerStore: the baseline must be the service's own query.
\set city random(1, 11)
\set division random(1, 10)
\set page random(1, 20)
\set offset (:page - 1) * 20
select count(*) from registry.employer e
where true
  and e.region_city = left(cast(('33' || lpad(cast(:city as text), 2, '0')) as text), 4)
  and e.industry_division = left(cast((array['33','34','38','17','29','26','51','52','62','50'])[:division] as text), 2)
  and (cast(null as text) is null or e.name ilike '%' || cast(null as text) || '%'
       or e.credit_code like upper(cast(null as text)) || '%')
  and (cast(null as text) is null or e.size_class = cast(null as text))
  and (cast(null as text) is null or e.severity = cast(null as text))
  and (cast(null as text) is null or e.status = cast(null as text));
select e.id, e.credit_code, e.name, e.region_code, e.industry_code, e.employees, e.size_class, e.severity, e.status
from registry.employer e
where true
  and e.region_city = left(cast(('33' || lpad(cast(:city as text), 2, '0')) as text), 4)
  and e.industry_division = left(cast((array['33','34','38','17','29','26','51','52','62','50'])[:division] as text), 2)
  and (cast(null as text) is null or e.name ilike '%' || cast(null as text) || '%'
       or e.credit_code like upper(cast(null as text)) || '%')
  and (cast(null as text) is null or e.size_class = cast(null as text))
  and (cast(null as text) is null or e.severity = cast(null as text))
  and (cast(null as text) is null or e.status = cast(null as text))
order by e.name asc, e.id
limit 20 offset :offset;
