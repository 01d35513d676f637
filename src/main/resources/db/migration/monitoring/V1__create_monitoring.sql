-- Online monitoring (在线监测): devices at posts, their readings, exposure as it happens and the
-- alerts that go to inspectors (非现场执法). See docs/decisions/0008-monitoring-ingestion.md.

create table device (
    id                   bigserial primary key,
    -- The device's public identifier: it names the device in MQTT topics and HTTP batches.
    code                 text not null unique check (code ~ '^[A-Za-z0-9][A-Za-z0-9._-]{2,63}$'),
    name                 text not null,
    employer_id          bigint not null,
    employer_credit_code text not null,
    employer_name        text not null,
    region_code          text not null,
    site_id              bigint not null,
    post_id              bigint not null,
    post_name            text not null,
    hazard_code          text not null,
    hazard_name          text not null,
    unit                 text not null,
    dust_fraction        text check (dust_fraction in ('total', 'respirable')),
    sampling_seconds     int not null check (sampling_seconds between 1 and 3600),
    range_min            double precision not null,
    range_max            double precision not null,
    calibration_due      date not null,
    -- Heat (高温) only: labour intensity I–IV, time share in percent, hot outdoor design temperature.
    labour_intensity     text check (labour_intensity in ('I', 'II', 'III', 'IV')),
    time_share           int check (time_share in (25, 50, 75, 100)),
    hot_outdoor          boolean not null default false,
    status               text not null check (status in ('ACTIVE', 'RETIRED')),
    -- SHA-256 of the device's bearer token (dev_…); the secret itself is shown once.
    token_hash           text unique,
    token_hint           text,
    token_issued_at      timestamptz,
    created_at           timestamptz not null,
    updated_at           timestamptz not null,
    check (range_min < range_max)
);
create index device_region_idx on device (region_code text_pattern_ops, id);
create index device_employer_idx on device (employer_credit_code, id);
create index device_post_idx on device (post_id);

-- Readings, partitioned by day of measurement. The primary key includes the partition key, which
-- makes ingestion idempotent on device + timestamp. Partitions are created ahead and dropped after
-- the retention period by PartitionMaintenance (scheduled, ShedLock).
create table reading (
    device_id   bigint not null,
    measured_at timestamptz not null,
    value       double precision not null,
    received_at timestamptz not null,
    primary key (device_id, measured_at)
) partition by range (measured_at);

-- One-minute aggregates, kept for charts and for the rolling exposure windows: dose is
-- Σ value × sampling seconds, energy Σ 10^(value/10) × sampling seconds (noise, dB(A)).
create table reading_minute (
    device_id bigint not null,
    minute    timestamptz not null,
    n         int not null,
    total     double precision not null,
    minimum   double precision not null,
    maximum   double precision not null,
    dose      double precision not null,
    energy    double precision not null,
    primary key (device_id, minute)
) partition by range (minute);

-- One-hour aggregates rolled up from the minutes; kept longer than readings and minutes.
create table reading_hour (
    device_id bigint not null,
    hour      timestamptz not null,
    n         int not null,
    total     double precision not null,
    minimum   double precision not null,
    maximum   double precision not null,
    dose      double precision not null,
    energy    double precision not null,
    primary key (device_id, hour)
);

-- The exposure of each device as of its latest reading; the post light is the worst of a post's devices.
create table device_state (
    device_id        bigint primary key references device (id),
    last_measured_at timestamptz not null,
    last_value       double precision not null,
    last_received_at timestamptz not null,
    -- TWA (mg/m³ …) for concentrations, L_EX,8h for noise, 1-hour mean WBGT for heat
    exposure         double precision,
    exposure_limit   double precision,
    short_term       double precision,
    level            text not null check (level in ('BELOW', 'ACTION', 'EXCEEDED', 'UNKNOWN')),
    offline_since    timestamptz
);

-- Rejected readings are counted per device code (an unknown device has no row in device) and reason.
create table rejection_count (
    device_code text not null,
    reason      text not null check (reason in ('UNKNOWN_DEVICE', 'UNIT_MISMATCH', 'IMPOSSIBLE_VALUE',
                                                'TIMESTAMP_OUT_OF_RANGE', 'MALFORMED_PAYLOAD')),
    count       bigint not null,
    last_at     timestamptz not null,
    last_detail text,
    primary key (device_code, reason)
);

create table alert (
    id               bigserial primary key,
    device_id        bigint not null references device (id),
    kind             text not null check (kind in ('CEILING', 'EXCURSION', 'STEL', 'TWA', 'NOISE', 'HEAT')),
    status           text not null check (status in ('RAISED', 'ACKNOWLEDGED', 'VERIFYING', 'CLOSED', 'CONFIRMED')),
    region_code      text not null,
    employer_id      bigint not null,
    employer_credit_code text not null,
    post_id          bigint not null,
    observed         double precision not null,
    exposure_limit   double precision not null,
    unit             text not null,
    first_at         timestamptz not null,
    last_at          timestamptz not null,
    occurrences      int not null,
    received_at      timestamptz not null,
    raised_at        timestamptz not null,
    acknowledge_due  timestamptz not null,
    escalated_at     timestamptz,
    acknowledged_at  timestamptz,
    acknowledged_by  text,
    explanation      text,
    inspector        text,
    verification_started_at timestamptz,
    resolved_at      timestamptz,
    resolution_note  text,
    version          int not null default 0
);
-- De-duplication: at most one unresolved alert per device and kind.
create unique index alert_open_idx on alert (device_id, kind) where status in ('RAISED', 'ACKNOWLEDGED', 'VERIFYING');
create index alert_region_idx on alert (region_code text_pattern_ops, status, raised_at desc);
create index alert_employer_idx on alert (employer_credit_code, raised_at desc);
create index alert_due_idx on alert (acknowledge_due) where status = 'RAISED' and escalated_at is null;
