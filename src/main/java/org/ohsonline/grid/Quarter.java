package org.ohsonline.grid;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ohsonline.shared.InvalidInputException;

/**
 * A calendar quarter, the period grid KPIs are scored for ({@code 2026Q3}: 1 July to 30 September 2026).
 *
 * @param year the year
 * @param number 1–4
 */
@io.swagger.v3.oas.annotations.media.Schema(name = "GridQuarter")
public record Quarter(int year, int number) {

	private static final Pattern TEXT = Pattern.compile("(\\d{4})Q([1-4])");

	public Quarter {
		if (number < 1 || number > 4 || year < 2000 || year > 2100) {
			throw InvalidInputException.of("quarter", "grid.quarter.invalid", year + "Q" + number);
		}
	}

	/** The quarter a day falls in. */
	public static Quarter of(LocalDate day) {
		return new Quarter(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
	}

	/** Parses {@code 2026Q3}; a blank text gives the quarter of {@code today}. */
	public static Quarter parse(String text, LocalDate today) {
		if (text == null || text.isBlank()) {
			return of(today);
		}
		Matcher m = TEXT.matcher(text.trim().toUpperCase(java.util.Locale.ROOT));
		if (!m.matches()) {
			throw InvalidInputException.of("quarter", "grid.quarter.invalid", text.trim());
		}
		return new Quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
	}

	public LocalDate start() {
		return LocalDate.of(this.year, (this.number - 1) * 3 + 1, 1);
	}

	public LocalDate end() {
		return start().plusMonths(3).minusDays(1);
	}

	/**
	 * The day the quarter's figures stand on: its last day, or {@code today} while it runs. Membership and assignments
	 * are taken as they were on this day; activity counts from the quarter's first day up to it.
	 */
	public LocalDate referenceDay(LocalDate today) {
		return today.isBefore(end()) ? today : end();
	}

	public Quarter previous() {
		return this.number == 1 ? new Quarter(this.year - 1, 4) : new Quarter(this.year, this.number - 1);
	}

	@Override
	public String toString() {
		return this.year + "Q" + this.number;
	}

}
