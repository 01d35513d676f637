-- Deadlines of hazard declarations (职业病危害项目申报办法, 安监总局令第48号, Arts. 8 and 9): per
-- reason, the days within which the employer must declare. Read by the declaration module; the first
-- version is the bundled file reference/declaration-deadlines-2012.csv.
insert into catalog (code, name_zh, name_en, description) values
  ('declaration-deadlines', '职业病危害项目申报期限', 'Hazard declaration deadlines',
   '职业病危害项目申报办法 (2012) Arts. 8–9: reason → days within which to declare, the declaration kind it calls for, and when the period starts');
