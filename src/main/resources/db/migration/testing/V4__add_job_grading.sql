-- Job grading (作业分级, GBZ/T 229) of testing jobs and L_EX,W for irregular working weeks.
-- The plan row carries what grading needs and the judgements cannot give: the chemical's toxicity
-- class (GBZ 230; the hazard-factor catalogue holds none, so the agency enters it), the dust's
-- free-silica content, the post's labour intensity (the weight W_L), and whether the working week
-- at the post is irregular (noise then judged as L_EX,W over the sampled days, GBZ 2.2-2007 11.2.1).
alter table plan_row
    add column toxicity_class   text check (toxicity_class in ('MILD', 'MODERATE', 'HIGH', 'EXTREME')),
    add column silica_percent   numeric check (silica_percent >= 0 and silica_percent <= 100),
    add column labour_intensity text check (labour_intensity in ('I', 'II', 'III', 'IV')),
    add column irregular_week   boolean not null default false;

-- A daily noise exposure that feeds a weekly one (its own L_EX,8h does not decide), and the days a
-- weekly exposure (L_EX,W) combines.
alter table exposure_judgement
    add column part_of_week boolean not null default false,
    add column week_days    text not null default '';

-- One grade per post and factor (limit row), replaced with the judgements: the grade with the
-- inputs and weights that made it and the catalog version that graded, or why there is none
-- (TABLE_NOT_LOADED: no table in force; INPUT_MISSING: the plan lacks an input; PROBLEM: the
-- calculator refused, with the message code).
create table job_grade (
    job_id           bigint not null references job (id) on delete cascade,
    post_id          bigint not null,
    factor_code      text not null,
    limit_code       text not null default '',
    kind             text not null check (kind in ('CHEMICAL', 'DUST', 'NOISE', 'HEAT')),
    status           text not null check (status in ('GRADED', 'TABLE_NOT_LOADED', 'INPUT_MISSING', 'PROBLEM')),
    grade            text check (grade in ('ZERO', 'I', 'II', 'III', 'IV')),
    grade_name       text,
    index_value      numeric,
    hazard_weight    numeric,
    exposure_ratio   numeric,
    exposure_weight  numeric,
    labour_weight    numeric,
    beyond_table     boolean not null default false,
    rule             text,
    value            numeric,
    limit_value      numeric,
    unit             text,
    day              date,
    subject          text not null default '',
    toxicity_class   text,
    silica_percent   numeric,
    labour_intensity text,
    time_share       int,
    table_catalog    text,
    table_edition    text,
    table_source     text,
    table_verified   boolean not null default false,
    problem_code     text,
    problem_args     text,
    primary key (job_id, post_id, factor_code, limit_code)
);
