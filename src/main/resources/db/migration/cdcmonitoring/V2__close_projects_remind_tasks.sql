-- Finishing the CDC's monitoring projects (issue 18 item 1): a project is edited until it is closed, and closing it
-- stops entries and freezes its summary, issued as a signed PDF (portal register) and kept here; the points
-- exceeding are counted like the points sampled (form field counts=exceeding); a task's reminders are sent once
-- per due day it had (a task reassigned with a new day is reminded again).
alter table monitoring_project
    add column updated_by  text,
    add column updated_at  timestamptz,
    add column closed_by   text,
    add column closed_at   timestamptz,
    add column close_note  text;

-- The frozen summary of a closed project: the progress rows as they stood, and the signed PDF issued from them.
create table project_summary (
    project_id     bigint primary key references monitoring_project (id),
    rows_json      jsonb not null,
    document_code  text not null,
    sha256         text not null,
    pdf            bytea not null,
    issued_at      timestamptz not null
);

alter table survey add column exceeding int not null default 0;
-- The first form edition has no counts=exceeding yet; its field of points exceeding is WH.EXCEEDING.
update survey set exceeding = (answers ->> 'WH.EXCEEDING')::int
where answers ? 'WH.EXCEEDING' and (answers ->> 'WH.EXCEEDING') ~ '^[0-9]+$';

alter table survey_task
    add column reminded_soon_for     date,
    add column reminded_overdue_for  date;
