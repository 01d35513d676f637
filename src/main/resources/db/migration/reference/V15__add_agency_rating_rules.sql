-- The credit-rating rule of service agencies and institutions (信誉等级 A/B/C and 1-5 stars, issue 15), read by the
-- agency module: indicators with their weights, whether each is required and which kind of organisation it applies
-- to, the score thresholds of the levels and stars, and the parameters (minimum data, report period, window).
-- Numbered 15: other branches may add reference/V12-V14 at the same time. The bundled first version is a platform
-- edition, NOT an official scheme: standards-notes §9 found no national or Zhejiang indicator set (docs/agency-rating.md).
insert into catalog (code, name_zh, name_en, description) values
  ('agency-rating-rules', '技术服务机构信誉评级规则', 'Agency credit-rating rules',
   'Indicators (kind indicator: weight, required, applies_to ALL/SERVICE_AGENCY/EXAM_INSTITUTION), thresholds (LEVEL_A, LEVEL_B, STAR_2..STAR_5) and parameters (MIN_INDICATORS, MIN_EVALUATIONS, MIN_JOBS, REPORT_DAYS, WINDOW_MONTHS) of the credit rating of agencies and institutions');
