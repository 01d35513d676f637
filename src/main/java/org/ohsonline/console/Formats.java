package org.ohsonline.console;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.ohsonline.reference.Division;
import org.ohsonline.reference.Divisions;

import org.springframework.stereotype.Component;

/**
 * Dates and times as UI.md prescribes (yyyy-MM-dd, 24 h, Asia/Shanghai), and region names, for
 * templates as {@code ${@fmt.dateTime(value)}} or {@code ${@fmt.region(code)}}.
 */
@Component("fmt")
class Formats {

	private final Divisions divisions;

	Formats(Divisions divisions) {
		this.divisions = divisions;
	}

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

	/** The division's own name ("拱墅区" for 330105); the code itself when unknown. */
	public String region(String code) {
		return code == null ? "" : this.divisions.find(code).map(Division::name).orElse(code);
	}

}
