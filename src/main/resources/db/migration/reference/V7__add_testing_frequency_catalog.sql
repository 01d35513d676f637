-- How often employers must have their workplace tested and evaluated (工作场所职业卫生管理规定,
-- 国家卫生健康委令第5号, Art. 20): per hazard severity (严重/一般) and kind (检测, 现状评价), the interval
-- in months and how many days ahead the employer is reminded. Read by the testing module's validity
-- clocks; the first version is the bundled file reference/testing-frequency-2021.csv.
insert into catalog (code, name_zh, name_en, description) values
  ('testing-frequency', '职业病危害因素检测评价周期', 'Testing and evaluation frequency',
   '工作场所职业卫生管理规定 (2021) Art. 20: severity and kind → interval in months, reminder days ahead, article');
