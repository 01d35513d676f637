-- The sampling ratios of random inspection plans (双随机、一公开, issue 14), read by the enforcement
-- module: the ratio per risk class (甲 < 乙 < 丙), the share of each draw that is a uniform random arm,
-- and the industries every plan covers in full; and the on-site inspection checklist with each item's legal basis. Bundled first version under reference/; every default
-- is marked unverified (docs/enforcement.md names the sources). Numbered 10: V8 is left to another branch.
insert into catalog (code, name_zh, name_en, description) values
  ('inspection-sampling', '双随机抽查比例', 'Inspection sampling ratios',
   '双随机、一公开: sampling ratio per risk class (甲/乙/丙, and unclassified), the share of the uniform random arm, industries covered in full'),
  ('inspection-checklist', '职业卫生监督检查表', 'Inspection checklist',
   'Sections (level 1) and items (level 2) of an on-site inspection, each with its legal basis (law edition, article, paragraph, item) and the penalty article and item of its violation'),
  ('discretion-benchmark', '行政处罚自由裁量基准', 'Discretion benchmark',
   'Keyed by law edition, article and item: the statutory fine range, the amount range of each circumstance band (轻微/一般/较重/严重) inside it, municipal refinements that may only narrow a band, and the first-offence/minor no-penalty list (首违不罚) with its period'),
  ('case-deadlines', '执法案件办理时限', 'Case deadlines',
   'Statutory clocks of a case: the step due, the step it runs from and the days allowed (extensions are recorded with their approval)'),
  ('case-review-rubric', '行政执法案卷评查标准', 'Case-file review rubric',
   'The areas a closed case file is scored on (主体, 事实, 证据, 程序, 法律适用, 裁量, 文书) with their points, and the difference between two reviewers that makes an item disputed');
