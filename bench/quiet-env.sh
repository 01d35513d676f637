#!/usr/bin/env bash
# Sourced before a benchmark on a province (`source bench/quiet-env.sh`): starts the application without what would
# otherwise run inside the measurement window — the demo seeding and device simulator, the daily jobs (01:00–04:30
# Asia/Shanghai, i.e. 17:00–20:30 UTC) and the first build of the indicator read models.
export JAVA_OPTS="${JAVA_OPTS:-} -Dohs.demo.enabled=false -Dohs.monitoring.simulator.enabled=false -Dohs.indicators.build-at-start=false -Dohs.risk.daily-cron=- -Dohs.declaration.reminder-cron=- -Dohs.diagnosis.reminder-cron=- -Dohs.testing.clock-cron=- -Dohs.projects.reminder-cron=- -Dohs.cdcmonitoring.reminder-cron=- -Dohs.indicators.daily-cron=- -Dohs.agency.rating-cron=- -Dohs.indicators.snapshot-cron=- -Dohs.registry.severity-cron=-"
