-- Report-quality sampling of agencies and institutions (issue 15 item 1, decision 0034), read by the agency module:
-- the share of each organisation's issued reports drawn per period by its credit level (higher for lower levels;
-- not rated yet takes level B's), and the rubric reviewers score a sampled report against (criteria with their
-- points, which kind of report each applies to, and the outcome "falsified report"). A second edition of
-- agency-rating-rules with the indicators this brings (sampled report quality, recomputation agreement, complaints,
-- administrative penalties) is bundled under reference/ and loaded as a further version (BundledCatalogs), the
-- first edition staying intact. Numbered 19: other branches may add reference/V18 at the same time. Every value is
-- a platform default, not an official scheme (standards-notes §9): docs/agency-rating.md.
insert into catalog (code, name_zh, name_en, description) values
  ('report-quality-sampling', '技术服务报告质量抽查比例', 'Report-quality sampling ratios',
   'Share of an organisation''s issued reports (testing reports, exam batches) drawn for quality review per period, by its credit level: LEVEL_A, LEVEL_B, LEVEL_C, NOT_RATED (attribute ratio, 0-1)'),
  ('report-review-rubric', '技术服务报告质量评查标准', 'Report review rubric',
   'Criteria a sampled report is scored against (kind criterion: points, applies_to ALL/TESTING_JOB/EXAM_BATCH) and the outcomes a reviewer may find (kind outcome: FALSIFIED proposes a blacklist entry)');
