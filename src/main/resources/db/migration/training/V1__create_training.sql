-- Online training (training module, issue 16): courses in versions with their lessons and quiz bank,
-- enrolments with progress per lesson, quiz attempts, certificates, and the people an employer names
-- as its principal leader and occupational-health managers. See docs/training.md.

-- A course version. Editing a published course makes the next version (same series); certificates keep
-- the version they were earned on, so a change never touches a certificate already issued.
create table course (
    id                  bigserial primary key,
    series_id           bigint not null,
    version             int not null,
    status              text not null check (status in ('DRAFT', 'PUBLISHED', 'SUPERSEDED')),
    title               text not null,
    summary             text,
    audience            text not null,
    hazard_codes        text[] not null default '{}',
    hours               numeric(5, 1) not null,
    hours_rule_version  bigint not null,
    hours_rule_edition  text not null,
    validity_months     int not null default 0,
    pass_mark           int not null,
    paper_size          int not null,
    min_quiz_seconds    int not null,
    max_attempts        int not null,
    region_code         text not null,
    author_id           bigint not null,
    author_name         text not null,
    created_at          timestamptz not null,
    published_at        timestamptz,
    unique (series_id, version)
);
create index course_series on course (series_id, version desc);
create index course_status on course (status, region_code);

create table lesson (
    id              bigserial primary key,
    course_id       bigint not null references course (id),
    position        int not null,
    kind            text not null check (kind in ('TEXT', 'DOCUMENT', 'VIDEO', 'IMAGE')),
    title           text not null,
    body            text,
    file_name       text,
    file_sha256     text,
    content_type    text,
    file_size       bigint,
    min_seconds     int not null,
    unique (course_id, position)
);

-- Single-choice questions; options in order, the right one by its index.
create table question (
    id              bigserial primary key,
    course_id       bigint not null references course (id),
    position        int not null,
    text            text not null,
    options         text[] not null,
    correct         int not null
);
create index question_course on question (course_id);

-- A learner on a course version: a worker of the register (enrolled by the employer or by themselves) or
-- a user who enrolled themselves (an employer's manager, an inspector, a physician).
create table enrolment (
    id                      bigserial primary key,
    course_id               bigint not null references course (id),
    learner_worker_id       bigint,
    learner_user_id         bigint,
    learner_name            text not null,
    employer_id             bigint,
    employer_credit_code    text,
    employer_name           text,
    region_code             text not null,
    enrolled_by             text not null,
    enrolled_at             timestamptz not null,
    completed_at            timestamptz,
    -- the learner's last heartbeat on any lesson of the course: time is credited once, whatever tabs are open
    last_beat_at            timestamptz,
    check (learner_worker_id is not null or learner_user_id is not null)
);
create unique index enrolment_worker on enrolment (course_id, learner_worker_id) where learner_worker_id is not null;
create unique index enrolment_user on enrolment (course_id, learner_user_id) where learner_worker_id is null;
create index enrolment_employer on enrolment (employer_credit_code);
create index enrolment_region on enrolment (region_code);

-- Viewing time is credited by the server from the time between heartbeats (never from what the page
-- claims), so the minimum before the quiz cannot be skipped.
create table lesson_progress (
    enrolment_id    bigint not null references enrolment (id),
    lesson_id       bigint not null references lesson (id),
    viewed_seconds  int not null default 0,
    position_seconds int not null default 0,
    last_beat_at    timestamptz not null,
    completed_at    timestamptz,
    primary key (enrolment_id, lesson_id)
);

create table attempt (
    id              bigserial primary key,
    enrolment_id    bigint not null references enrolment (id),
    number          int not null,
    question_ids    bigint[] not null,
    started_at      timestamptz not null,
    submitted_at    timestamptz,
    answers         int[],
    score           int,
    passed          boolean,
    unique (enrolment_id, number)
);

-- One certificate per passed attempt at most (the unique attempt_id), whatever replays arrive.
create table certificate (
    id                  bigserial primary key,
    attempt_id          bigint not null unique references attempt (id),
    enrolment_id        bigint not null references enrolment (id),
    course_id           bigint not null references course (id),
    audience            text not null,
    learner_worker_id   bigint,
    learner_user_id     bigint,
    learner_name        text not null,
    employer_credit_code text,
    region_code         text not null,
    number              text not null unique,
    issued_on           date not null,
    expires_on          date,
    code                text not null unique,
    pdf                 bytea not null
);
create index certificate_worker on certificate (learner_worker_id);
create index certificate_employer on certificate (employer_credit_code);

-- The people an employer names as its principal leader (主要负责人) and occupational-health managers
-- (职业卫生管理人员), from the register's workers: the denominators of those two training rates.
create table named_person (
    employer_id         bigint not null,
    employer_credit_code text not null,
    region_code         text not null,
    worker_id           bigint not null,
    worker_name         text not null,
    role                text not null check (role in ('PRINCIPAL', 'MANAGER')),
    named_at            timestamptz not null,
    primary key (employer_id, worker_id, role)
);
create index named_person_region on named_person (region_code);
