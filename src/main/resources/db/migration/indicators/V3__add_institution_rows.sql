-- Diagnosis clocks met (诊断按时完成率, issue 17 item 1, decision 0037 addendum): the diagnosis and certificate clocks
-- are duties of the diagnosis *institution*, not of the worker's employer. Their rows sit in the same membership
-- table, so every sum over a region (figures, trends, snapshots) counts them without a second read, but keyed by the
-- institution and placed in the institution's own region: `holder` says whose row it is, and `employer_id` holds the
-- institution's id (an agency id) for INSTITUTION rows. Employer rows are untouched (holder EMPLOYER).
alter table membership add column holder text not null default 'EMPLOYER' check (holder in ('EMPLOYER', 'INSTITUTION'));
alter table membership drop constraint membership_pkey;
alter table membership add primary key (indicator_code, holder, employer_id);
