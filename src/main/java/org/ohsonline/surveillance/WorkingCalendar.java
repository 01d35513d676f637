package org.ohsonline.surveillance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * An exam institution's calendar: its working week and hours, and the days it closed (holidays) or
 * opened (outside its week). Bookings are taken only on a bookable day after today.
 *
 * @param configured whether the institution set its week; otherwise the platform's default
 * ({@code ohs.surveillance.calendar.*}, Monday to Friday) applies
 * @param days the days that differ from the week, in date order
 * @param updatedAt when the week or a day was last changed, {@code null} when never
 */
public record WorkingCalendar(long institutionId, String institutionName, String regionCode, WorkingWeek week,
		boolean configured, List<SpecialDay> days, Instant updatedAt, String updatedBy) {

	public WorkingCalendar {
		days = List.copyOf(days);
	}

	/**
	 * A day that differs from the working week.
	 *
	 * @param open {@code true}: opened although not a working day; {@code false}: closed although it is one
	 * @param note why (e.g. 国庆节, 周六加班体检)
	 */
	public record SpecialDay(LocalDate day, boolean open, String note) {
	}

	public Optional<SpecialDay> special(LocalDate day) {
		return this.days.stream().filter(d -> d.day().equals(day)).findFirst();
	}

	/** Whether the institution receives workers on the day, seen from {@code today}. */
	public DayOpening opening(LocalDate day, LocalDate today) {
		if (!day.isAfter(today)) {
			return DayOpening.PAST;
		}
		Optional<SpecialDay> special = special(day);
		boolean working = this.week.days().contains(day.getDayOfWeek());
		if (special.isPresent()) {
			if (special.get().open()) {
				return working ? DayOpening.OPEN : DayOpening.OPENED;
			}
			return working ? DayOpening.HOLIDAY : DayOpening.CLOSED;
		}
		return working ? DayOpening.OPEN : DayOpening.CLOSED;
	}

}
