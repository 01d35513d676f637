-- The healthy-enterprise evaluation standard (健康企业, issue 16 item 6) and the health-champion criteria (职业健康达人, item 7), read by the promotion module:
-- sections (level 1), items (level 2) with their points and whether each is mandatory (a failed mandatory
-- item fails an application whatever the points), and the pass mark. Numbered 14: other branches may add
-- reference/V12 and V13 at the same time. The bundled first version is NOT the official guide (the
-- platform's reference texts hold none); it is marked unverified with its source (docs/promotion.md).
insert into catalog (code, name_zh, name_en, description) values
  ('healthy-enterprise-standard', '健康企业建设评估标准', 'Healthy-enterprise evaluation standard',
   'Sections (level 1) and items (level 2) with their points and mandatory flag; the pass mark (PASS_MARK). An application passes when every mandatory item is met and its reviewed points reach the pass mark'),
  ('health-champion-criteria', '职业健康达人评选标准', 'Health champion criteria',
   'Criteria with their points and the pass mark (PASS_MARK) that reviewers score health-champion nominations against (职业健康达人)');
