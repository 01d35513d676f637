-- Online consultation (线上问诊 / 卫企直通车, issue 16 item 5), promotion module, consultation package: the
-- expert team with its fields, and requests routed by field and region to an expert who answers within the
-- field's service time (catalog consultation-fields); late requests are escalated to the supervisors.
-- See docs/promotion.md.

-- An expert of the team: a user holding the EXPERT role, with the fields they answer and the region their
-- jurisdiction covers (a provincial expert answers requests from the whole province).
create table expert (
    user_id         bigint primary key,
    name            text not null,
    region_code     text not null,
    fields          text[] not null,
    active          boolean not null default true,
    registered_by   text not null,
    registered_at   timestamptz not null
);
create index expert_region on expert (region_code text_pattern_ops);

-- A request. The asker's personal data (contact phone, the question's text) is sealed; the asker's name is
-- shown only to the asker, the assigned expert and the supervisors of the region.
create table request (
    id                      bigserial primary key,
    field_code              text not null,
    catalog_version         bigint not null,
    service_hours           int not null,
    region_code             text not null,
    employer_credit_code    text,
    employer_name           text,
    asker_user_id           bigint not null,
    asker_worker_id         bigint,
    asker_kind              text not null check (asker_kind in ('EMPLOYER', 'WORKER')),
    asker_name              text not null,
    contact_phone_sealed    text,
    title                   text not null,
    body_sealed             text not null,
    status                  text not null check (status in ('QUEUED', 'ASSIGNED', 'ANSWERED', 'RATED')),
    expert_id               bigint,
    expert_name             text,
    asked_at                timestamptz not null,
    assigned_at             timestamptz,
    due_at                  timestamptz not null,
    escalated_at            timestamptz,
    answered_at             timestamptz,
    answer                  text,
    rating                  int check (rating between 1 and 5),
    rating_comment          text,
    rated_at                timestamptz
);
create index request_region on request (region_code text_pattern_ops, asked_at desc);
create index request_asker on request (asker_user_id, asked_at desc);
create index request_expert on request (expert_id, status);
create index request_due on request (due_at) where answered_at is null and escalated_at is null;

create table request_attachment (
    id              bigserial primary key,
    request_id      bigint not null references request (id),
    file_name       text not null,
    content_type    text not null,
    file_size       bigint not null,
    sha256          text not null,
    content         bytea not null
);
create index request_attachment_request on request_attachment (request_id);
