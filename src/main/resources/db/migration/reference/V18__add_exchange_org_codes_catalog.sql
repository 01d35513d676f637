-- The national exchange's organisation codes (交换规范 2021: ORG_CODE 创建机构代码 and the header's ReportOrgCode are
-- 9-digit codes of the 地区/机构代码表, which China CDC assigns per organisation; decision 0033). One entry per
-- organisation: code = its unified social credit code, name = its name, attribute org_code = the assigned code.
-- No bundled version: the codes are assigned, not published; administrators load them (catalog pages) as they
-- are assigned. Until then exports fall back to ohs.exchange.org-code, or leave ORG_CODE empty.
-- Numbered 18: other branches may add reference/V15–V17 at the same time.
insert into catalog (code, name_zh, name_en, description) values
  ('exchange-org-codes', '数据交换机构代码', 'Exchange organisation codes',
   'The 9-digit organisation codes (地区/机构代码表) China CDC assigns for the national data exchange: code = the organisation''s unified social credit code, attribute org_code = its assigned code');
