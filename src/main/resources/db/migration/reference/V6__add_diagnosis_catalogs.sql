-- Catalogs the diagnosis module reads: the statutory periods of diagnosis and appraisal, and the
-- materials a diagnosis needs (职业病防治法 Arts. 46–47, 职业病诊断与鉴定管理办法 国家卫生健康委令第6号).
-- Their first versions are the bundled files reference/diagnosis-deadlines-2021.csv and
-- reference/diagnosis-materials-2021.csv (see the README there for sources).
insert into catalog (code, name_zh, name_en, description) values
  ('diagnosis-deadlines', '职业病诊断与鉴定期限', 'Diagnosis and appraisal deadlines',
   '职业病诊断与鉴定管理办法 (2021): step → days, when the period starts, and the article'),
  ('diagnosis-materials', '职业病诊断所需资料', 'Materials a diagnosis needs',
   '职业病防治法 Arts. 46–47 and 职业病诊断与鉴定管理办法 (2021): the materials checklist of a diagnosis application, with the hazard category an item is limited to');
