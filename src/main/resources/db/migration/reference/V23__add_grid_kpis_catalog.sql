-- The KPIs of grid supervision and their points for the quarterly appraisal (module grid, issue 17 item 5, decision
-- 0038). Numbered 23: other branches add reference migrations at the same time. The bundled first version is a
-- platform edition: issue 17 names Hangzhou's grid KPIs (inspection coverage, declaration quality, exam counts, new
-- exams, penalties) but the platform's reference texts hold no Hangzhou scoring table; administrators load the
-- official table as a new version, and a quarter is scored with the version in force on its last day.
insert into catalog (code, name_zh, name_en, description) values
  ('grid-kpis', '网格化监管考核指标', 'Grid supervision KPIs',
   'The KPIs computed per grid and per assigned person per quarter and their points: kind RATE (points = max_points x min(1, rate / full_rate)) or COUNT (points = min(max_points, count x unit_points)); a KPI whose denominator is 0 is not applicable and its points leave the possible total');
