package org.ohsonline.surveillance.internal;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Set;

import org.ohsonline.surveillance.WorkingWeek;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The working week of an exam institution that has not set its own ({@code ohs.surveillance.calendar.*}):
 * Monday to Friday, 08:00–17:00 by default, so that a weekend is closed unless an institution opens it.
 */
@ConfigurationProperties("ohs.surveillance.calendar")
record CalendarSettings(@DefaultValue({ "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY" }) Set<DayOfWeek> workingDays,
		@DefaultValue("08:00") LocalTime opensAt, @DefaultValue("17:00") LocalTime closesAt) {

	CalendarSettings {
		if (!opensAt.isBefore(closesAt)) {
			throw new IllegalArgumentException("ohs.surveillance.calendar.opens-at must be before closes-at");
		}
	}

	WorkingWeek week() {
		return new WorkingWeek(this.workingDays, this.opensAt, this.closesAt);
	}

}
