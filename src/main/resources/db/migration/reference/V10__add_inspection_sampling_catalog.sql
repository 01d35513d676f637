-- The sampling ratios of random inspection plans (双随机、一公开, issue 14), read by the enforcement
-- module: the ratio per risk class (甲 < 乙 < 丙), the share of each draw that is a uniform random arm,
-- and the industries every plan covers in full. Bundled first version under reference/; every default
-- is marked unverified (docs/enforcement.md names the sources). Numbered 10: V8 is left to another branch.
insert into catalog (code, name_zh, name_en, description) values
  ('inspection-sampling', '双随机抽查比例', 'Inspection sampling ratios',
   '双随机、一公开: sampling ratio per risk class (甲/乙/丙, and unclassified), the share of the uniform random arm, industries covered in full');
