package org.ohsonline.console;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.springframework.stereotype.Component;

/**
 * Dates and times as UI.md prescribes (yyyy-MM-dd, 24 h, Asia/Shanghai), for templates as
 * {@code ${@fmt.dateTime(value)}}.
 */
@Component("fmt")
class Formats {

	private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZONE);

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZONE);

	public String dateTime(Instant instant) {
		return instant == null ? "—" : DATE_TIME.format(instant);
	}

	public String date(Instant instant) {
		return instant == null ? "—" : DATE.format(instant);
	}

	public String date(LocalDate date) {
		return date == null ? "—" : date.toString();
	}

}
