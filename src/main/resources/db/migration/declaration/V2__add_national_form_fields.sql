-- What the national declaration form (职业病危害项目申报表) asks beyond the factors: the workforce, the
-- exposed workers counted once each, the principal responsible person (职业病防治法 Art. 6), the
-- occupational-health organisation and managers (Art. 20(一)) and their training (Art. 34).
alter table declaration
    add column workforce               int check (workforce >= 0),
    add column principal_name          text,
    add column principal_trained       boolean,
    add column management_organisation text check (management_organisation in ('DEDICATED', 'DESIGNATED', 'NONE')),
    add column full_time_managers      int check (full_time_managers >= 0),
    add column part_time_managers      int check (part_time_managers >= 0),
    add column managers_trained        boolean;

-- total_exposed is now the workers exposed to any declared factor, each counted once. Until now it was
-- the sum of the factors' headcounts, which counts a worker exposed to two factors twice (a 40-worker
-- firm could show 100). Where one factor or none was declared the sum is the count of people and stays;
-- with several factors the number of people was never declared, so it is unknown (null) rather than
-- wrong: the pages say so, and a draft or returned declaration must state it before it is submitted.
alter table declaration alter column total_exposed drop not null;
alter table declaration alter column total_exposed drop default;
update declaration d set total_exposed = null
where (select count(*) from declaration_item i where i.declaration_id = d.id) > 1;
