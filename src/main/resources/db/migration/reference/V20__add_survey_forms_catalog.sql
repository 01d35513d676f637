-- The survey forms of the CDC's monitoring projects (module cdcmonitoring, issue 18 item 1): level 1 a form per
-- kind of project, level 2 its fields with type, unit, range and whether required. Numbered 20: other branches add
-- reference migrations at the same time. The bundled first version is a platform edition (Law Art. 12 orders the
-- monitoring; the platform's reference texts hold no national form); administrators load the official forms as
-- new versions, and a project keeps the version it was created with.
insert into catalog (code, name_zh, name_en, description) values
  ('survey-forms', '监测调查表', 'Monitoring survey forms',
   'The forms of the key occupational-disease monitoring and the workplace hazard monitoring and status survey: per form its fields with type (INTEGER, DECIMAL, TEXT, DATE, CHOICE), unit, range, choices and whether required; counts=workers or counts=hazards marks the field progress is counted from');
