-- The radiation module's catalogs (issue 18 item 2): the occupational categories of radiation workers and the
-- dose limits, investigation and recording levels. Numbered 17: other branches add reference migrations at the
-- same time. Bundled first versions are flagged unverified where the platform's reference texts do not hold the
-- values (docs/radiation.md); administrators load the official tables as new versions.
insert into catalog (code, name_zh, name_en, description) values
  ('radiation-categories', '放射工作人员职业类别', 'Radiation occupational categories',
   'Occupational categories of radiation workers (GBZ 128): two levels, the group (医学应用, 工业应用, …) and the category (诊断放射学, 介入放射学, …)'),
  ('radiation-dose-limits', '职业照射剂量限值与调查水平', 'Occupational dose limits and levels',
   'Dose limits of occupational exposure (GB 18871-2002) and the investigation and recording levels of personal monitoring (GBZ 128), in mSv, with the share of the detection limit counted for a value below it');
