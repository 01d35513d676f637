-- Catalogs the occupational-health facades read (HazardFactors, Oels, IndustrySeverities,
-- SizeClasses) and code sets of the national exchange specification. Their first versions are the
-- bundled files under resources/reference (see its README for sources and completeness).
insert into catalog (code, name_zh, name_en, description) values
  ('hazard-factors', '职业病危害因素', 'Hazard factors',
   '职业病危害因素分类目录 (2015) with the exchange codes of the 2021 CDC specification, 附录1 表14'),
  ('occupational-diseases', '职业病分类和目录', 'Occupational diseases',
   '职业病分类和目录: categories and diseases, with the exchange codes of the 2021 CDC specification where they exist'),
  ('oels', '职业接触限值', 'Occupational exposure limits',
   'GBZ 2.1 (chemical and dust) and GBZ 2.2 (physical) limits: MAC, PC-TWA, PC-STEL by hazard factor'),
  ('industry-severity', '行业职业病危害风险分类', 'Industry hazard severity',
   '建设项目职业病危害风险分类管理目录: 严重 or 一般 by GB/T 4754-2017 code'),
  ('size-thresholds', '企业规模划分标准', 'Enterprise size thresholds',
   '统计上大中小微型企业划分办法: headcount, revenue and asset thresholds per industry scope'),
  ('enterprise-sizes', '企业规模', 'Enterprise sizes',
   'Enterprise size codes of the 2021 CDC exchange specification, 附录1 表9'),
  ('economic-types', '经济类型', 'Economic types',
   'Economic type (登记注册类型) codes the exchange specification cites as GB/T 12402-2000');
