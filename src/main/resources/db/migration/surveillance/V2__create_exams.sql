-- Occupational health exams (职业健康检查, GBZ 188) with typed key results and one conclusion per
-- hazard; the submissions that make the API idempotent; the schedule of exams due (periodic, pre-
-- placement, recheck, exit) and the tasks that conclusions set (job transfer, suspected-disease
-- report). Employer, worker and institution names are copied when the exam is recorded: an exam
-- records what was examined, and the scope predicates need them without reading other schemas.
-- Free clinical text (contraindication, other findings, recommendations) is encrypted (PiiCipher).
create table exam (
    id                     bigserial primary key,
    number                 text not null unique,
    institution_id         bigint not null,
    institution_credit     text not null,
    institution_name       text not null,
    employer_id            bigint not null,
    credit_code            text not null,
    employer_name          text not null,
    region_code            text not null,
    worker_id              bigint not null,
    worker_name            text not null,
    id_number_masked       text not null,
    exam_type              text not null check (exam_type in ('PRE_PLACEMENT', 'IN_SERVICE', 'EXIT', 'EMERGENCY', 'POST_EMPLOYMENT')),
    examined_on            date not null,
    -- 胸片检查结果 (exchange specification 2021, 附录1 表2): 0 未见异常, 1 尘肺样改变, 2 其他异常, 3 未检查
    chest_result           text check (chest_result in ('0', '1', '2', '3')),
    fvc_percent            numeric(5, 1),
    fev1_percent           numeric(5, 1),
    fev1_fvc_percent       numeric(5, 1),
    blood_lead             numeric(7, 1),
    wbc                    numeric(6, 2),
    neutrophils            numeric(6, 2),
    hemoglobin             numeric(6, 1),
    platelets              numeric(7, 1),
    recommendation_sealed  text,
    threshold_shift        boolean,
    report_number          text,
    report_code            text,
    report_sha256          char(64),
    report_pdf             bytea,
    synthetic              boolean not null default false,
    created_at             timestamptz not null,
    created_by             text not null
);
create index exam_region_idx on exam (region_code text_pattern_ops, examined_on desc, id desc);
create index exam_credit_idx on exam (credit_code, examined_on desc);
create index exam_institution_idx on exam (institution_credit, examined_on desc);
create index exam_worker_idx on exam (worker_id, examined_on);
create index exam_employer_idx on exam (employer_id, examined_on desc);

create table exam_conclusion (
    exam_id                bigint not null references exam (id) on delete cascade,
    hazard_code            text not null,
    hazard_name            text not null,
    -- 体检结论代码 (表4): 01 目前未见异常, 02 复查, 03 疑似职业病, 04 职业禁忌证, 05 其他疾病或异常
    conclusion             text not null check (conclusion in ('NORMAL', 'RECHECK', 'SUSPECTED_DISEASE', 'CONTRAINDICATION', 'OTHER')),
    disease_code           text,
    detail_sealed          text,
    recheck_on             date,
    primary key (exam_id, hazard_code)
);
create index exam_conclusion_hazard_idx on exam_conclusion (hazard_code, conclusion);

-- Pure-tone air-conduction thresholds (纯音气导听阈, 表13 3040100–3041400), dB HL.
create table exam_audiogram (
    exam_id                bigint not null references exam (id) on delete cascade,
    ear                    char(1) not null check (ear in ('L', 'R')),
    frequency_hz           int not null check (frequency_hz in (500, 1000, 2000, 3000, 4000, 6000)),
    threshold_db           int not null check (threshold_db between -10 and 120),
    primary key (exam_id, ear, frequency_hz)
);

-- Further items by health indicator code (表13), as the institution recorded them.
create table exam_item (
    exam_id                bigint not null references exam (id) on delete cascade,
    item_code              text not null,
    item_value             text not null,
    unit                   text,
    abnormal               boolean not null default false,
    primary key (exam_id, item_code)
);

-- One API submission per institution and Idempotency-Key: a replay gets the stored answer.
create table exam_submission (
    id                     bigserial primary key,
    institution_id         bigint not null,
    idempotency_key        text not null,
    request_sha256         char(64) not null,
    response               text,
    created_at             timestamptz not null,
    unique (institution_id, idempotency_key)
);

-- Exams due: one open item per worker, employer, hazard and kind.
create table exam_schedule (
    id                     bigserial primary key,
    worker_id              bigint not null,
    worker_name            text not null,
    employer_id            bigint not null,
    credit_code            text not null,
    employer_name          text not null,
    region_code            text not null,
    hazard_code            text not null,
    hazard_name            text not null,
    kind                   text not null check (kind in ('PRE_PLACEMENT', 'PERIODIC', 'RECHECK', 'EXIT')),
    due_on                 date not null,
    basis                  text not null,
    source_exam_id         bigint,
    state                  text not null check (state in ('OPEN', 'MET', 'VOID')),
    closed_on              date,
    closed_by_exam_id      bigint,
    created_at             timestamptz not null
);
create unique index exam_schedule_open_idx on exam_schedule (worker_id, employer_id, hazard_code, kind) where state = 'OPEN';
create index exam_schedule_region_idx on exam_schedule (region_code text_pattern_ops, due_on) where state = 'OPEN';
create index exam_schedule_credit_idx on exam_schedule (credit_code, due_on) where state = 'OPEN';

-- What a conclusion obliges someone to do: transfer a contraindicated worker (the employer), report a
-- suspected occupational disease to the authority.
create table exam_task (
    id                     bigserial primary key,
    kind                   text not null check (kind in ('JOB_TRANSFER', 'SUSPECTED_REPORT')),
    exam_id                bigint not null references exam (id),
    exam_number            text not null,
    institution_credit     text not null,
    worker_id              bigint not null,
    worker_name            text not null,
    employer_id            bigint not null,
    credit_code            text not null,
    employer_name          text not null,
    region_code            text not null,
    hazard_code            text not null,
    hazard_name            text not null,
    due_on                 date not null,
    state                  text not null check (state in ('OPEN', 'DONE')),
    done_on                date,
    done_by                text,
    outcome                text,
    created_at             timestamptz not null,
    version                int not null default 0,
    unique (exam_id, hazard_code, kind)
);
create index exam_task_region_idx on exam_task (region_code text_pattern_ops, state, due_on);
create index exam_task_credit_idx on exam_task (credit_code, state, due_on);

-- Standard threshold shifts found against a worker's baseline audiogram.
create table exam_threshold_shift (
    exam_id                bigint primary key references exam (id) on delete cascade,
    baseline_exam_id       bigint not null references exam (id),
    worker_id              bigint not null,
    left_shift_db          numeric(5, 2) not null,
    right_shift_db         numeric(5, 2) not null,
    found                  boolean not null
);
