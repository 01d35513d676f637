-- The indicators' rebuild reads the referrals of 1,000 employers at a time (employer_id = any(...)): one index range
-- per employer instead of a scan of every referral per batch.
create index referral_employer_idx on referral (employer_id);
