package org.ohsonline.radiation;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A monitoring period of personal dose monitoring: a calendar quarter (GBZ 128: the usual period), written
 * {@code 2026Q3}.
 */
public record Period(int year, int quarter) implements Comparable<Period> {

	private static final Pattern TEXT = Pattern.compile("\\s*(\\d{4})\\s*[-/ ]?\\s*[Qq第]?\\s*([1-4])\\s*(季度)?\\s*");

	public Period {
		if (quarter < 1 || quarter > 4 || year < 1900 || year > 9999) {
			throw new IllegalArgumentException("Not a period: " + year + "Q" + quarter);
		}
	}

	/** {@code 2026Q3}, {@code 2026-Q3}, {@code 2026-3}, {@code 2026年第3季度}; empty when the text is none of these. */
	public static Optional<Period> parse(String text) {
		if (text == null) {
			return Optional.empty();
		}
		Matcher m = TEXT.matcher(text.replace("年", "-"));
		if (!m.matches()) {
			return Optional.empty();
		}
		return Optional.of(new Period(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
	}

	/** The period the day falls in. */
	public static Period of(LocalDate day) {
		return new Period(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
	}

	public LocalDate start() {
		return LocalDate.of(this.year, (this.quarter - 1) * 3 + 1, 1);
	}

	public LocalDate end() {
		return start().plusMonths(3).minusDays(1);
	}

	public Period previous() {
		return this.quarter == 1 ? new Period(this.year - 1, 4) : new Period(this.year, this.quarter - 1);
	}

	public Period next() {
		return this.quarter == 4 ? new Period(this.year + 1, 1) : new Period(this.year, this.quarter + 1);
	}

	/**
	 * The last period that is due on {@code today}: it ended more than {@code entryDays} days ago (a period
	 * becomes a monitoring gap when no record came within that time).
	 */
	public static Period lastDue(LocalDate today, int entryDays) {
		return of(today.minusDays(entryDays)).previous();
	}

	@Override
	public int compareTo(Period other) {
		return this.year != other.year ? Integer.compare(this.year, other.year) : Integer.compare(this.quarter, other.quarter);
	}

	@Override
	public String toString() {
		return this.year + "Q" + this.quarter;
	}

}
