-- The WBGT limits of heat stress (read by HeatLimits) and the configurable job-grading tables of
-- GBZ/T 229 (read by GradingTables). The first versions of heat-limits and of the chemical, dust and
-- noise grading tables are bundled files under resources/reference (see its README); the heat
-- grading table has no bundled version: administrators load the official table.
insert into catalog (code, name_zh, name_en, description) values
  ('heat-limits', '高温作业WBGT限值', 'Heat stress WBGT limits',
   'GBZ 2.2-2007 表8: WBGT limit by labour intensity (Ⅰ–Ⅳ) and exposure time share (100/75/50/25 %), with the +1 °C adjustment where the summer outdoor ventilation design temperature is ≥ 30 °C (10.2.2)'),
  ('chemical-grading', '化学物作业分级权重', 'Chemical job grading weights',
   'GBZ/T 229.2: G = W_D × W_B × W_L; W_D by toxicity class (GBZ 230), W_L by labour intensity, the rule for W_B and the grade bands of G'),
  ('dust-grading', '粉尘作业分级权重', 'Dust job grading weights',
   'GBZ/T 229.1: G = W_M × W_B × W_L; W_M by free-silica content, W_L by labour intensity, the rule for W_B and the grade bands of G'),
  ('noise-grading', '噪声作业分级', 'Noise job grading',
   'GBZ/T 229.4: grade by L_EX,8h (or L_EX,W) bands in dB(A)'),
  ('heat-grading', '高温作业分级', 'Heat job grading',
   'GBZ/T 229.3: grade by labour intensity, exposure time share band and WBGT; load the official table');
