package org.ohsonline.registry.imports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

import org.ohsonline.shared.InvalidInputException.FieldError;

/**
 * Turns the cells of one row into a command and checks or applies it through the register's
 * facades, so an import obeys exactly the rules of the pages and the API.
 */
interface RowHandler {

	/** Every broken rule of the row; empty when applying it would succeed now. */
	List<FieldError> check(List<String> cells);

	/** Writes the row through the facade (inside the caller's transaction). */
	void apply(List<String> cells);

	/** The column a field error belongs to, to name it in the reason; -1 for the row as a whole. */
	Map<String, Integer> columns();

	static String cell(List<String> cells, int index) {
		return index < cells.size() ? cells.get(index).trim() : "";
	}


	/** A whole number, or {@code null} when blank; unreadable text is reported as {@code field}. */
	static Long whole(String text, String field, List<FieldError> errors) {
		if (text.isBlank()) {
			return null;
		}
		try {
			return new BigDecimal(text.replace(",", "")).longValueExact();
		}
		catch (NumberFormatException | ArithmeticException ex) {
			errors.add(FieldError.of(field, "registry.import.notAWholeNumber", text));
			return null;
		}
	}

	/** {@code 2024-03-01}, {@code 2024/3/1}, or an Excel date serial (a date cell read as a number). */
	static LocalDate date(String text, String field, List<FieldError> errors) {
		if (text.isBlank()) {
			return null;
		}
		try {
			if (text.matches("\\d{1,5}(\\.0+)?")) {
				return LocalDate.of(1899, 12, 30).plusDays(Long.parseLong(text.replaceAll("\\..*", "")));
			}
			return LocalDate.parse(text.replace('/', '-'), DateTimeFormatter.ofPattern("yyyy-M-d"));
		}
		catch (DateTimeParseException | NumberFormatException ex) {
			errors.add(FieldError.of(field, "registry.import.notADate", text));
			return null;
		}
	}

	/** 是/否 and the usual spellings of yes and no; blank is no. */
	static boolean yes(String text, String field, List<FieldError> errors) {
		String value = text.trim().toLowerCase(java.util.Locale.ROOT);
		if (value.isEmpty() || List.of("否", "n", "no", "false", "0").contains(value)) {
			return false;
		}
		if (List.of("是", "y", "yes", "true", "1").contains(value)) {
			return true;
		}
		errors.add(FieldError.of(field, "registry.import.notYesNo", text));
		return false;
	}

}
