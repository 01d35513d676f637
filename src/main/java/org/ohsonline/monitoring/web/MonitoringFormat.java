package org.ohsonline.monitoring.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

import org.springframework.stereotype.Component;

/** Clock arithmetic for monitoring templates ({@code ${@monitoringFormat.daysUntil(date)}}), Asia/Shanghai days. */
@Component("monitoringFormat")
class MonitoringFormat {

	private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	private final Clock clock;

	MonitoringFormat(Clock clock) {
		this.clock = clock;
	}

	public long daysUntil(LocalDate due) {
		return ChronoUnit.DAYS.between(LocalDate.ofInstant(Instant.now(this.clock), CHINA), due);
	}

	public Instant now() {
		return Instant.now(this.clock);
	}

	public boolean overdue(Instant due) {
		return due != null && due.isBefore(Instant.now(this.clock));
	}

}
