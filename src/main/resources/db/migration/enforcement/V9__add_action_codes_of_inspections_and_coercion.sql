-- Every supervisory act gets its administrative action code (行政行为码) when it starts (docs/enforcement.md): an
-- inspection kind 01 when it is started, a coercive measure (行政强制) kind 03 when its step is recorded on a case;
-- cases have had theirs (kind 02) from the first. Acts started before this migration get theirs now, in the order they
-- started, from the same per-county, per-year, per-kind sequence.
alter table inspection add column action_code text;

-- A case's 行政强制 step under its own code. Steps are append-only, so the code lives beside the step.
create table coercion (
    action_code text primary key,
    case_id     bigint not null,
    seq         int not null,
    unique (case_id, seq),
    foreign key (case_id, seq) references case_step (case_id, seq)
);

-- ISO 7064 MOD 11-2 over 18 digits (as ActionCode.check): weights 2^(18−i) mod 11 from the left.
create function pg_temp.action_check(digits text) returns text language sql immutable as $$
  select case c when 10 then 'X' else c::text end
  from (select (12 - sum(substr(digits, i, 1)::int * ((2 ^ (length(digits) - i + 1))::bigint % 11)) % 11) % 11 as c
        from generate_series(1, length(digits)) as i) s
$$;

create function pg_temp.action_code(region text, year int, kind text, seq int) returns text language sql immutable as $$
  select region || '-' || year || '-' || kind || '-' || lpad(seq::text, 6, '0') || '-'
         || pg_temp.action_check(region || year || kind || lpad(seq::text, 6, '0'))
$$;

with numbered as (
  select id, left(region_code, 6) as county,
         extract(year from started_at at time zone 'Asia/Shanghai')::int as year,
         row_number() over (partition by left(region_code, 6),
                                         extract(year from started_at at time zone 'Asia/Shanghai')
                            order by started_at, id) as n
  from inspection)
update inspection i set action_code = pg_temp.action_code(n.county, n.year, '01', n.n::int)
from numbered n where n.id = i.id;

insert into action_sequence (region_code, year, kind, last)
select left(region_code, 6), extract(year from started_at at time zone 'Asia/Shanghai')::int, 'INSPECTION', count(*)
from inspection group by 1, 2;

with numbered as (
  select s.case_id, s.seq, left(c.region_code, 6) as county, extract(year from s.happened_on)::int as year,
         row_number() over (partition by left(c.region_code, 6), extract(year from s.happened_on)
                            order by s.happened_on, s.case_id) as n
  from case_step s join enf_case c on c.id = s.case_id
  where s.step = 'COERCION')
insert into coercion (action_code, case_id, seq)
select pg_temp.action_code(county, year, '03', n::int), case_id, seq from numbered;

insert into action_sequence (region_code, year, kind, last)
select left(c.region_code, 6), extract(year from s.happened_on)::int, 'COERCION', count(*)
from case_step s join enf_case c on c.id = s.case_id where s.step = 'COERCION' group by 1, 2;

alter table inspection alter column action_code set not null;
alter table inspection add constraint inspection_action_code_key unique (action_code);
