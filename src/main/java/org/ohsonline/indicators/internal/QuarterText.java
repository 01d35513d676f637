package org.ohsonline.indicators.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ohsonline.shared.InvalidInputException;

/** A calendar quarter as the snapshots name it ({@code 2026Q3}: 1 July to 30 September 2026). */
record QuarterText(int year, int number) {

	private static final Pattern TEXT = Pattern.compile("(\\d{4})Q([1-4])");

	static QuarterText parse(String text) {
		Matcher m = TEXT.matcher(text == null ? "" : text.trim().toUpperCase(Locale.ROOT));
		if (!m.matches() || Integer.parseInt(m.group(1)) < 2000 || Integer.parseInt(m.group(1)) > 2100) {
			throw InvalidInputException.of("quarter", "indicators.snapshot.quarterInvalid", text == null ? "" : text.trim());
		}
		return new QuarterText(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
	}

	static QuarterText of(LocalDate day) {
		return new QuarterText(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
	}

	LocalDate end() {
		return LocalDate.of(this.year, this.number * 3, 1).plusMonths(1).minusDays(1);
	}

	QuarterText previous() {
		return this.number == 1 ? new QuarterText(this.year - 1, 4) : new QuarterText(this.year, this.number - 1);
	}

	/** The {@code count} quarters closed before {@code today}, the latest first. */
	static List<String> closedBefore(LocalDate today, int count) {
		List<String> quarters = new ArrayList<>();
		QuarterText q = of(today).previous();
		for (int i = 0; i < count; i++) {
			quarters.add(q.toString());
			q = q.previous();
		}
		return quarters;
	}

	@Override
	public String toString() {
		return this.year + "Q" + this.number;
	}

}
