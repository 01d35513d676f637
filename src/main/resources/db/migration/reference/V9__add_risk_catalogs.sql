-- The catalogs of classified supervision (分类监督执法, issue 13), read by the risk module: the
-- classification rules (headcount bands, the hazard-level matrix, management-status bands, the
-- combining matrix, downgrades, the traffic light and the reassessment periods), the self-inspection
-- checklist (自查), and the rectification deadline per kind of finding. Bundled first versions under
-- reference/; every default is marked unverified (docs/risk.md names the sources).
-- Numbered 9, not 8: another branch may add reference/V8 at the same time.
insert into catalog (code, name_zh, name_en, description) values
  ('risk-classification', '职业病危害风险分类规则', 'Risk classification rules',
   '分类监督执法: hazard risk level Ⅰ/Ⅱ/Ⅲ (factor nature × compliance × exposed headcount), management status A/B/C, combined class 甲/乙/丙 (甲 lowest risk), downgrades, traffic light, reassessment periods'),
  ('self-inspection-checklist', '用人单位职业卫生自查表', 'Self-inspection checklist',
   'Sections (level 1) and items (level 2) with their points and whether evidence is required; the score sets management status A/B/C'),
  ('rectification-deadlines', '整改期限', 'Rectification deadlines',
   'Days an employer has to rectify each kind of portrait finding');
