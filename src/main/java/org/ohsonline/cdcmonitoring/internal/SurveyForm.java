package org.ohsonline.cdcmonitoring.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ohsonline.cdcmonitoring.FormField;
import org.ohsonline.reference.CatalogEntry;
import org.ohsonline.shared.InvalidInputException.FieldError;

/**
 * A survey form: the fields of one form of a {@code survey-forms} catalog version, and the checks of what is entered
 * into it. Pure: every answer is checked and every failure named by its field, so a form shows them all at once.
 */
final class SurveyForm {

	static final String CATALOG = "survey-forms";

	static final List<String> TYPES = List.of("INTEGER", "DECIMAL", "TEXT", "DATE", "CHOICE");

	/** The longest text a field keeps. */
	static final int TEXT_MAX = 500;

	private final List<FormField> fields;

	SurveyForm(List<FormField> fields) {
		this.fields = List.copyOf(fields);
	}

	/** The form named {@code formCode} among a version's entries (level 2 entries under it, by code). */
	static SurveyForm of(List<CatalogEntry> entries, String formCode) {
		List<FormField> fields = new ArrayList<>();
		List<CatalogEntry> ordered = new ArrayList<>(entries);
		// The form's order is the catalog's column seq (the order of the official form), else the codes'.
		ordered.sort(java.util.Comparator.comparingInt((CatalogEntry e) -> seq(e)).thenComparing(CatalogEntry::code));
		for (CatalogEntry e : ordered) {
			if (e.level() != 2 || !formCode.equals(e.parentCode())) {
				continue;
			}
			String type = text(e, "type");
			fields.add(new FormField(e.code(), e.name(), TYPES.contains(type) ? type : "TEXT", text(e, "unit"),
					number(text(e, "min")), number(text(e, "max")), "true".equalsIgnoreCase(text(e, "required")),
					text(e, "choices") == null ? List.of() : Arrays.asList(text(e, "choices").split("\\|")), text(e, "counts"),
					text(e, "notAbove") == null ? List.of() : Arrays.asList(text(e, "notAbove").split("\\|")),
					text(e, "tolerance")));
		}
		return new SurveyForm(fields);
	}

	List<FormField> fields() {
		return this.fields;
	}

	/**
	 * The answers as stored — trimmed, numbers in plain form, blanks left out — or every failure: a required field
	 * left blank, a value not of its type, a number outside its range, a choice not offered; a field the form does not
	 * have is refused too (field {@code answers}).
	 */
	Map<String, String> check(Map<String, String> answers, List<FieldError> errors) {
		Map<String, String> clean = new LinkedHashMap<>();
		Map<String, String> given = answers == null ? Map.of() : answers;
		for (String key : given.keySet()) {
			if (this.fields.stream().noneMatch(f -> f.code().equals(key))) {
				errors.add(FieldError.of("answers", "cdcmonitoring.survey.unknownField", key));
			}
		}
		for (FormField f : this.fields) {
			String value = given.get(f.code());
			value = value == null ? null : value.trim();
			if (value == null || value.isEmpty()) {
				if (f.required()) {
					errors.add(FieldError.of(f.code(), "cdcmonitoring.survey.required", f.name()));
				}
				continue;
			}
			String stored = checkOne(f, value, errors);
			if (stored != null) {
				clean.put(f.code(), stored);
			}
		}
		checkAcross(clean, errors);
		return clean;
	}

	/**
	 * The checks across fields the catalog declares ({@code notAbove}): a number may not exceed the other field's
	 * (points exceeding ≤ points sampled, workers examined ≤ workers exposed). Made between values that passed their
	 * own checks only, and named by the field that breaks it, with the other field's name and value.
	 */
	private void checkAcross(Map<String, String> clean, List<FieldError> errors) {
		for (FormField f : this.fields) {
			BigDecimal value = number(clean.get(f.code()));
			if (value == null) {
				continue;
			}
			for (String other : f.notAbove()) {
				FormField limit = field(other);
				BigDecimal bound = limit == null ? null : number(clean.get(other));
				if (bound != null && value.compareTo(bound) > 0) {
					errors.add(FieldError.of(f.code(), "cdcmonitoring.survey.notAbove", f.name(), clean.get(f.code()),
							limit.name(), clean.get(other)));
				}
			}
		}
	}

	private FormField field(String code) {
		return this.fields.stream().filter(f -> f.code().equals(code)).findFirst().orElse(null);
	}

	/**
	 * Whether a re-checked number agrees with the surveyed one within the field's tolerance: {@code 2} allows a
	 * difference of 2 in the field's unit, {@code 10%} one of 10 % of the surveyed value; none: equal.
	 */
	static boolean withinTolerance(BigDecimal surveyed, BigDecimal rechecked, String tolerance) {
		BigDecimal difference = surveyed.subtract(rechecked).abs();
		if (tolerance == null || tolerance.isBlank()) {
			return difference.signum() == 0;
		}
		String t = tolerance.trim();
		BigDecimal allowed;
		if (t.endsWith("%")) {
			BigDecimal share = number(t.substring(0, t.length() - 1));
			allowed = share == null ? BigDecimal.ZERO : surveyed.abs().multiply(share).divide(BigDecimal.valueOf(100));
		}
		else {
			allowed = number(t) == null ? BigDecimal.ZERO : number(t);
		}
		return difference.compareTo(allowed) <= 0;
	}

	private static String checkOne(FormField f, String value, List<FieldError> errors) {
		switch (f.type()) {
			case "INTEGER", "DECIMAL" -> {
				BigDecimal n = number(value);
				if (n == null || ("INTEGER".equals(f.type()) && n.stripTrailingZeros().scale() > 0)) {
					errors.add(FieldError.of(f.code(), "INTEGER".equals(f.type()) ? "cdcmonitoring.survey.integer"
							: "cdcmonitoring.survey.decimal", f.name(), value));
					return null;
				}
				if ((f.min() != null && n.compareTo(f.min()) < 0) || (f.max() != null && n.compareTo(f.max()) > 0)) {
					errors.add(FieldError.of(f.code(), "cdcmonitoring.survey.range", f.name(), value,
							f.min() == null ? "" : f.min().toPlainString(), f.max() == null ? "" : f.max().toPlainString(),
							f.unit() == null ? "" : f.unit()));
					return null;
				}
				return n.stripTrailingZeros().toPlainString();
			}
			case "DATE" -> {
				try {
					return LocalDate.parse(value).toString();
				}
				catch (DateTimeParseException ex) {
					errors.add(FieldError.of(f.code(), "cdcmonitoring.survey.date", f.name(), value));
					return null;
				}
			}
			case "CHOICE" -> {
				if (!f.choices().contains(value)) {
					errors.add(FieldError.of(f.code(), "cdcmonitoring.survey.choice", f.name(), value,
							String.join("、", f.choices())));
					return null;
				}
				return value;
			}
			default -> {
				if (value.length() > TEXT_MAX) {
					errors.add(FieldError.of(f.code(), "cdcmonitoring.survey.tooLong", f.name(), TEXT_MAX));
					return null;
				}
				return value;
			}
		}
	}

	/** The sum of the answers of the fields counted as {@code counts} (workers, hazards, exceeding). */
	int counted(Map<String, String> answers, String counts) {
		int sum = 0;
		for (FormField f : this.fields) {
			if (counts.equals(f.counts()) && answers.get(f.code()) != null) {
				BigDecimal n = number(answers.get(f.code()));
				sum += n == null ? 0 : n.intValue();
			}
		}
		return sum;
	}

	/**
	 * The fields whose re-checked value differs from the survey's: numbers compared as numbers within the field's
	 * tolerance ({@link #withinTolerance}), the rest as text; a field blank on one side and filled on the other differs.
	 */
	List<String[]> differences(Map<String, String> surveyed, Map<String, String> rechecked) {
		List<String[]> out = new ArrayList<>();
		for (FormField f : this.fields) {
			String a = surveyed.get(f.code());
			String b = rechecked.get(f.code());
			boolean same;
			if (a == null || b == null) {
				same = a == null && b == null;
			}
			else if ("INTEGER".equals(f.type()) || "DECIMAL".equals(f.type())) {
				same = number(a) != null && number(b) != null && withinTolerance(number(a), number(b), f.tolerance());
			}
			else {
				same = a.equals(b);
			}
			if (!same) {
				out.add(new String[] { f.code(), f.name(), a == null ? "" : a, b == null ? "" : b });
			}
		}
		return out;
	}

	static BigDecimal number(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return new BigDecimal(text.trim());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static int seq(CatalogEntry e) {
		BigDecimal n = number(text(e, "seq"));
		return n == null ? Integer.MAX_VALUE : n.intValue();
	}

	private static String text(CatalogEntry e, String attribute) {
		Object v = e.attributes().get(attribute);
		return v == null || v.toString().isBlank() ? null : v.toString().trim();
	}

}
