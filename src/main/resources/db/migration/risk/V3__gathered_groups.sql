-- The groups of facts a portrait has gathered at least once. A portrait built in bulk has gathered none: its class
-- counts the declaration and testing findings counted in bulk (FullReclassification.buildMissing), and the first
-- refresh of any kind gathers the register, declaration and testing groups with the groups it was asked for, so that
-- the counts it then writes from the stored facts are never counts of a part of them. The first view gathers the
-- groups still missing. Before this column the first view looked for any fact at all, and an event on a portrait built
-- in bulk stored its own group alone and left the class without the findings of the others.
alter table risk.portrait add column gathered text[] not null default '{}';

update risk.portrait p
set gathered = g.groups
from (select employer_id, array_agg(distinct grp order by grp) as groups
      from risk.fact
      where grp in ('registry', 'declaration', 'testing', 'surveillance', 'diagnosis', 'monitoring')
      group by employer_id) g
where g.employer_id = p.employer_id;
