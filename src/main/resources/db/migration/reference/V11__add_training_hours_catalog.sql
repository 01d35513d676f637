-- The required-hours rule of occupational-health training (issue 16), read by the training module: per
-- audience the hours of the first training and of the refresher, and how many months a certificate stays
-- valid. Numbered 11, not 10: another branch may add reference/V10 at the same time. The bundled first
-- version is platform defaults: who must be trained is 职业病防治法 第三十四条, the hours are not in the
-- platform's reference texts (docs/training.md); administrators load the province's rule as a new version.
insert into catalog (code, name_zh, name_en, description) values
  ('training-hours', '职业卫生培训学时要求', 'Training hours rule',
   'Per audience (principal leader, manager, worker, inspector, diagnosis physician): hours of the first training, of the refresher, and the months a certificate stays valid (0: no expiry)');
