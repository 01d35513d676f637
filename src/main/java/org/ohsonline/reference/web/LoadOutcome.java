package org.ohsonline.reference.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.ohsonline.reference.CatalogEntry;
import org.ohsonline.shared.InvalidInputException.FieldError;

import org.springframework.context.MessageSource;

/**
 * Sorts the errors of a failed load for the form: errors of a form field go beside it (the
 * entries as a whole count as the file's), errors of a row go into the table of rejected rows.
 *
 * @param fieldErrors messages per form field, in the user's language
 * @param rejections rejected rows by row number
 */
record LoadOutcome(Map<String, List<String>> fieldErrors, List<Rejection> rejections) {

	static final String FILE = "file";

	static LoadOutcome of(List<FieldError> errors, List<CatalogEntry> entries, List<Integer> rows,
			MessageSource messages, Locale locale) {
		Map<Integer, CatalogEntry> byRow = new HashMap<>();
		for (int i = 0; i < entries.size(); i++) {
			byRow.put(rows.get(i), entries.get(i));
		}
		Map<String, List<String>> fields = new LinkedHashMap<>();
		List<Rejection> rejections = new ArrayList<>();
		for (FieldError error : errors) {
			String message = messages.getMessage(error.code(), error.arguments().toArray(), error.code(), locale);
			Integer row = row(error.field());
			if (row != null) {
				CatalogEntry entry = byRow.get(row);
				rejections.add(new Rejection(row, entry == null ? "" : entry.code(), entry == null ? "" : entry.name(),
						message));
			}
			else {
				String field = error.field() == null || "entries".equals(error.field()) || "catalog".equals(error.field())
						? FILE : error.field();
				fields.computeIfAbsent(field, f -> new ArrayList<>()).add(message);
			}
		}
		rejections.sort(Comparator.comparingInt(Rejection::row));
		return new LoadOutcome(fields, rejections);
	}

	/** {@code "row 12"} → 12; anything else is a field. */
	private static Integer row(String field) {
		if (field == null || !field.startsWith("row ")) {
			return null;
		}
		try {
			return Integer.valueOf(field.substring(4).trim());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}
