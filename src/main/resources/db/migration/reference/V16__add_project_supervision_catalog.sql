-- The rules of 三同时 supervision (issue 15 item 6), read by the projects module: the share of completed
-- construction projects drawn for supervisory verification per hazard class, and the days each stage may
-- take before a reminder. Numbered 16: other branches may add reference/V15 at the same time. Bundled
-- first version under reference/, platform defaults marked unverified (docs/projects.md).
insert into catalog (code, name_zh, name_en, description) values
  ('project-supervision', '建设项目三同时监管规则', 'Construction-project supervision rules',
   'Verification sampling ratio per hazard class of the risk directory (严重/一般, and projects the directory does not list) and the days each 三同时 stage may take (预评价, 防护设施设计专篇, 施工, 控制效果评价, 竣工验收)');
