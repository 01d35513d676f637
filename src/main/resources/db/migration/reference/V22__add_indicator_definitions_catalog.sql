-- The definitions of the indicators the plans track (module indicators, issue 17 item 1, decision 0037): per
-- indicator its population, numerator, denominator, unit, period, source module, direction, the amber margin and the
-- plan targets it stands for. Numbered 22: other branches add reference migrations at the same time. Administrators
-- load a changed definition as a new version; the figures name the edition they were counted with.
insert into catalog (code, name_zh, name_en, description) values
  ('indicator-definitions', '统计指标定义', 'Indicator definitions',
   'The indicators of the plans: population, numerator, denominator, unit (employers, workers, people), period, source module (registry, declaration, testing, surveillance, training or import), direction (HIGHER is better), amber margin in percentage points, and the plan and target each stands for');
