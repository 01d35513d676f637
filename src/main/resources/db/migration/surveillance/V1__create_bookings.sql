-- Exam bookings (卫企预约): an employer books a day at an exam institution for a group of its workers
-- and one exam type. The institution's daily capacity per exam type lives in the agency module; the
-- places taken are held here, one row per institution, day and exam type, and changed only by a
-- conditional update (booked + n <= capacity), so two employers racing for the last places cannot
-- both get them (decision 0012).
create table booking_day (
    institution_id bigint not null,
    day            date not null,
    exam_type      text not null check (exam_type in ('PRE_PLACEMENT', 'IN_SERVICE', 'EXIT', 'EMERGENCY', 'POST_EMPLOYMENT')),
    booked         int not null default 0 check (booked >= 0),
    primary key (institution_id, day, exam_type)
);

-- The names, credit codes and region are copied at booking time: the scope predicates need them
-- without reading the register or the agency tables.
create table booking (
    id                       bigserial primary key,
    number                   text unique,
    institution_id           bigint not null,
    institution_credit_code  text not null,
    institution_name         text not null,
    employer_id              bigint not null,
    employer_credit_code     text not null,
    employer_name            text not null,
    region_code              text not null,
    exam_type                text not null check (exam_type in ('PRE_PLACEMENT', 'IN_SERVICE', 'EXIT', 'EMERGENCY', 'POST_EMPLOYMENT')),
    day                      date not null,
    status                   text not null check (status in ('REQUESTED', 'CONFIRMED', 'CANCELLED', 'COMPLETED')),
    headcount                int not null check (headcount > 0),
    note                     text,
    cancel_reason            text,
    cancelled_by             text check (cancelled_by in ('EMPLOYER', 'INSTITUTION')),
    synthetic                boolean not null default false,
    created_at               timestamptz not null,
    created_by               text not null,
    updated_at               timestamptz not null,
    confirmed_at             timestamptz,
    version                  int not null default 0
);
create index booking_region_idx on booking (region_code text_pattern_ops, day desc, id desc);
create index booking_employer_idx on booking (employer_credit_code, day desc, id desc);
create index booking_institution_idx on booking (institution_credit_code, day, id);
create index booking_institution_day_idx on booking (institution_id, day);

-- The workers of a booking with the hazards to examine (proposed from their current exposures).
create table booking_worker (
    booking_id       bigint not null references booking (id) on delete cascade,
    worker_id        bigint not null,
    worker_name      text not null,
    id_number_masked text not null,
    post_name        text,
    hazard_codes     text[] not null,
    attendance       text not null default 'PENDING' check (attendance in ('PENDING', 'ATTENDED', 'NO_SHOW')),
    primary key (booking_id, worker_id)
);
create index booking_worker_worker_idx on booking_worker (worker_id);

-- What happened to a booking, for its page.
create table booking_history (
    id          bigserial primary key,
    booking_id  bigint not null references booking (id) on delete cascade,
    at          timestamptz not null,
    action      text not null,
    actor_name  text not null,
    note        text
);
create index booking_history_idx on booking_history (booking_id, at);
