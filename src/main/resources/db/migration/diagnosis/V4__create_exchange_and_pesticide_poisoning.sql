-- The national exchange of the diagnosis module (交换规范 2021, 六(三)–(六); decision 0033): suspected occupational
-- diseases (SUSPECTED_OCPD), cases (DIAGNOSE_OCPD), appraisals (APPRAISAL_INFO) and acute pesticide poisoning
-- (NYZD), and the pesticide poisoning reports hospitals enter in the console.

-- The documents received, one row per caller's scope and DocumentId, written in the import's transaction with
-- the answer given (idempotency on the DocumentId; ExchangeLedger).
create table exchange_document (
    id             bigserial primary key,
    owner          text not null,
    document_id    text not null check (length(document_id) <= 200),
    business_type  text not null,
    sha256         char(64) not null,
    answer         text,
    created_at     timestamptz not null,
    unique (owner, document_id)
);

-- SUSPECTED_OCPD, DIAGNOSE_OCPD and APPRAISAL_INFO records received from other systems, kept as the record says
-- them (they are not cases of the platform: the exchange carries no materials, applicant or clocks). The
-- elements are sealed as one JSON text (PiiCipher: they name the worker and their identity number); the
-- columns beside them are what lists filter and show, masked. region_code is the employer's (jurisdiction).
create table exchange_received (
    id               bigserial primary key,
    business_type    text not null check (business_type in ('SUSPECTED_OCPD', 'DIAGNOSE_OCPD', 'APPRAISAL_INFO')),
    document_id      text not null,
    record_id        text not null,
    credit_code      text not null,
    employer_name    text not null,
    region_code      text not null,
    worker_masked    text not null,
    id_number_masked text not null,
    disease_code     text,
    event_on         date,
    elements         text not null,
    received_by      text not null,
    received_at      timestamptz not null,
    unique (business_type, credit_code, record_id)
);
create index exchange_received_region_idx on exchange_received (region_code text_pattern_ops, id desc);

-- Acute pesticide poisoning reports (农药中毒报告卡; 交换规范 2021 六(六) NYZD): entered by a hospital's staff
-- in the console, or received in an NYZD document (source_document_id). region_code is where the poisoning
-- happened (ADDRESS_CODE), the jurisdiction of supervisors and the CDC. The patient's name, identity number
-- and phone are sealed (PiiCipher) and kept masked beside; id_blind finds the same person again.
create table pesticide_poisoning (
    id                   bigserial primary key,
    number               text not null unique,
    institution_id       bigint,
    institution_credit   text,
    unit_name            text not null,
    unit_head            text not null,
    patient_name         text not null,
    patient_masked       text not null,
    id_type              text not null,
    id_number            text not null,
    id_number_masked     text not null,
    id_blind             text not null,
    gender               text not null check (gender in ('0', '1', '2', '9')),
    birth_date           date not null,
    phone                text,
    phone_masked         text,
    region_code          text not null,
    village              text not null,
    poison_code          text not null,
    poison_other         text,
    cause_code           text not null check (cause_code in ('01', '02', '03', '04')),
    outcome_code         text not null check (outcome_code in ('01', '02', '03', '04', '05', '99')),
    outcome_other        text,
    diagnosed_on         date not null,
    died_on              date,
    remark               text,
    reporter_name        text not null,
    reported_on          date not null,
    source_document_id   text,
    source_record_id     text,
    created_by           text not null,
    created_at           timestamptz not null,
    unique (id_blind, diagnosed_on, poison_code)
);
create index pesticide_poisoning_region_idx on pesticide_poisoning (region_code text_pattern_ops, diagnosed_on desc);
create index pesticide_poisoning_institution_idx on pesticide_poisoning (institution_credit, diagnosed_on desc);
