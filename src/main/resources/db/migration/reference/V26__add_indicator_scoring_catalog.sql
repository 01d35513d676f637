-- The scoring method of the indicators' quarterly snapshots (module indicators, issue 17 item 4). Numbered 26: other
-- branches add reference migrations at the same time. The bundled first version is a platform edition, unverified;
-- administrators load the province's method as a new version, and a quarter is scored with the version in force on
-- its last day.
insert into catalog (code, name_zh, name_en, description) values
  ('indicator-scoring', '统计指标季度评分办法', 'Indicator scoring method',
   'Per indicator its weight and the points for a green, amber and red rating; a region''s quarterly score is the weighted mean of the points of its rated indicators (an indicator without a target or a denominator, or weighted 0, leaves the score)');
