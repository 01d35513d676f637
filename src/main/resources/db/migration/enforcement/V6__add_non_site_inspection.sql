-- Non-site inspection (非现场检查, "无事不扰"): a line drawn for an employer whose every hazard factor is measured by
-- online monitoring may be marked to be inspected from the monitoring evidence instead of a visit (docs/enforcement.md).
alter table draw_line add column mode text not null default 'ON_SITE' check (mode in ('ON_SITE', 'NON_SITE'));
alter table draw_line add column non_site_basis text;
alter table draw_line add column non_site_by text;
alter table draw_line add column non_site_at timestamptz;

-- The inspection keeps the way it was carried out and, for a non-site one, the monitoring evidence it was
-- recorded from (one line per device, as read when the inspection started).
alter table inspection add column mode text not null default 'ON_SITE' check (mode in ('ON_SITE', 'NON_SITE'));
alter table inspection add column evidence text;
