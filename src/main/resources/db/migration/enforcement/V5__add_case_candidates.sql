-- A case opened straight from a candidate in the inspector's queue (docs/enforcement.md, "Case candidates"): a
-- monitoring alert confirmed as a violation or a rectification item past its deadline. The case carries the
-- candidate's reference; one case per candidate.
alter table enf_case add column candidate_kind text check (candidate_kind in ('ALERT', 'RECTIFICATION'));
alter table enf_case add column candidate_id bigint;
alter table enf_case add constraint enf_case_candidate_pair check ((candidate_kind is null) = (candidate_id is null));
create unique index enf_case_candidate_idx on enf_case (candidate_kind, candidate_id) where candidate_kind is not null;
