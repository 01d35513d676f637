-- The commonest list a supervisor opens — a city (or narrower) and an industry division, sorted by
-- name — answered in index order: equality on the city and division lets PostgreSQL read the first
-- page straight from this index instead of sorting every match, and the included columns make both
-- the page and the count index-only. The prefix predicates stay for narrower filters.
-- Measured in docs/benchmarks.md.
alter table employer
    add column region_city text generated always as (left(region_code, 4)) stored,
    add column industry_division text generated always as (left(industry_code, 2)) stored;

create index employer_division_city_name_idx on employer (industry_division, region_city, name, id)
    include (credit_code, region_code, industry_code, employees, size_class, severity, status);
