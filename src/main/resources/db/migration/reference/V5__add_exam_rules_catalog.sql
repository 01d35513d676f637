-- Health surveillance rules (GBZ 188-2014 职业健康监护技术规范): per hazard factor (or category) and
-- job grade, the periodic interval of in-service exams, the required exam items (health indicator
-- codes of the exchange specification 2021, 表13) and the contraindications; and the deadlines the
-- surveillance module counts (suspected-disease report, job transfer, recheck, exit exam). Read by
-- the surveillance module; the first version is the bundled file reference/exam-rules-gbz188-2014.csv.
insert into catalog (code, name_zh, name_en, description) values
  ('exam-rules', '职业健康检查规则', 'Health surveillance rules',
   'GBZ 188-2014: periodic interval by hazard and grade, required items and contraindications per hazard; deadlines of the consequences of a conclusion');
