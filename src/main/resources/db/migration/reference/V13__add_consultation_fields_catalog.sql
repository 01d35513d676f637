-- The fields of the online consultation's expert team (线上问诊 / 卫企直通车, issue 16 item 5), read by the
-- promotion module's consultation: per field its name and the service time within which an expert answers.
-- Numbered 13: other branches may add reference/V12 at the same time. The bundled first version is a platform
-- default: the four fields are those issue 16 names; no reference text fixes them or the service time.
insert into catalog (code, name_zh, name_en, description) values
  ('consultation-fields', '线上问诊专业领域', 'Consultation fields',
   'The fields of the expert team (testing, engineering control, diagnosis, law) and the service time in hours within which an expert answers a request; late requests are escalated to the supervisors');
