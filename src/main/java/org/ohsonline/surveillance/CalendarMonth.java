package org.ohsonline.surveillance;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.ohsonline.agency.ExamType;

/**
 * An institution's month: per day and exam type, the places booked against the day's capacity, and
 * whether the institution receives workers that day. A day without a capacity for a type (not
 * qualified that day, or closed) lists the type with capacity 0 only when places are booked for it.
 *
 * @param week the institution's working week and hours
 */
public record CalendarMonth(long institutionId, String institutionName, YearMonth month, WorkingWeek week,
		List<Day> days) {

	/**
	 * @param opening whether the day is bookable, and why not
	 * @param note the institution's note on a day it closed or opened
	 */
	public record Day(LocalDate day, DayOpening opening, String note, List<Load> loads) {

		/** The fullest exam type of the day, for the day's colour; 0 when nothing can be booked. */
		public int fillPercent() {
			return this.loads.stream().mapToInt(Load::fillPercent).max().orElse(0);
		}

		public int booked() {
			return this.loads.stream().mapToInt(Load::booked).sum();
		}

	}

	public record Load(ExamType examType, int booked, int capacity) {

		public int left() {
			return Math.max(0, this.capacity - this.booked);
		}

		public int fillPercent() {
			if (this.capacity <= 0) {
				return this.booked > 0 ? 100 : 0;
			}
			return (int) Math.min(100, Math.round(this.booked * 100.0 / this.capacity));
		}

	}

}
