-- The naive dashboard (bench/indicators.sh): the severe-industry figures of every county of a province computed at
-- request time with a GROUP BY over the base tables of registry, declaration and surveillance — what the indicators
-- module's read model avoids. Same populations as DECLARATION_SEVERE and EXAMS_SEVERE (docs/indicators.md).
with exposed as (
  select m.employer_id, count(distinct m.worker_id) as workers
  from registry.employment m join registry.post_hazard h on h.post_id = m.post_id
  where m.left_on is null group by m.employer_id),
overdue as (
  select employer_id, count(distinct worker_id) as workers from surveillance.exam_schedule
  where state = 'OPEN' and due_on < current_date and kind in ('PRE_PLACEMENT', 'PERIODIC') group by employer_id)
select substr(e.region_code, 1, 6) as county,
       count(*) as employers,
       count(*) filter (where exists (select 1 from declaration.declaration d
                                      where d.employer_id = e.id and d.status = 'ACCEPTED')) as declared,
       sum(x.workers) as exposed,
       sum(greatest(0, x.workers - coalesce(o.workers, 0))) as examined
from registry.employer e
join exposed x on x.employer_id = e.id
left join overdue o on o.employer_id = e.id
where e.status = 'IN_PRODUCTION' and e.severity = 'SERIOUS' and e.region_code like '33%'
group by county;
