-- An engagement that an agency or institution records is a proposal until the employer (or a
-- supervisor of its region) accepts it: before that the organisation sees nothing of the employer
-- but its name, and no job can be created for it. Engagements recorded before this rule stand accepted.
alter table engagement add column status text not null default 'ACCEPTED'
    check (status in ('PROPOSED', 'ACCEPTED', 'DECLINED'));
alter table engagement alter column status set default 'PROPOSED';
alter table engagement add column answered_by text;
alter table engagement add column answered_at timestamptz;
create index engagement_employer_status_idx on engagement (employer_credit_code, status);
create index engagement_region_status_idx on engagement (employer_region_code text_pattern_ops, status);
