package org.ohsonline.reference.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntUnaryOperator;

import org.ohsonline.reference.CatalogEntry;
import org.ohsonline.shared.InvalidInputException.FieldError;

/**
 * Rules every catalog version obeys: codes present and unique, a parent that exists in the same
 * version one level up, a name unless the entry says its name is not yet verified. Errors name the
 * row (field {@code "row N"}, and N as first argument) so an import report can list them.
 */
final class EntryRules {

	private EntryRules() {
	}

	/** Checks entries numbered by position, counted from 1. */
	static List<FieldError> check(List<CatalogEntry> entries) {
		return check(entries, index -> index + 1);
	}

	/**
	 * Checks entries whose rows are given by {@code rowOf} (index in the list to row in the file),
	 * so that the rows named are those a person sees in the uploaded file.
	 */
	static List<FieldError> check(List<CatalogEntry> entries, IntUnaryOperator rowOf) {
		List<FieldError> errors = new ArrayList<>();
		Map<String, CatalogEntry> byCode = new HashMap<>();
		for (CatalogEntry entry : entries) {
			if (entry.code() != null && !entry.code().isBlank()) {
				byCode.putIfAbsent(entry.code(), entry);
			}
		}
		Map<String, Integer> seen = new HashMap<>();
		for (int i = 0; i < entries.size(); i++) {
			CatalogEntry entry = entries.get(i);
			int number = rowOf.applyAsInt(i);
			String row = "row " + number;
			if (entry.code() == null || entry.code().isBlank()) {
				errors.add(FieldError.of(row, "reference.entry.codeRequired", number));
				continue;
			}
			Integer earlier = seen.putIfAbsent(entry.code(), number);
			if (earlier != null) {
				errors.add(FieldError.of(row, "reference.entry.duplicate", number, entry.code(), earlier));
			}
			boolean unverifiedName = Boolean.FALSE.equals(entry.attributes().get("nameVerified"));
			if ((entry.name() == null || entry.name().isBlank()) && !unverifiedName) {
				errors.add(FieldError.of(row, "reference.entry.nameRequired", number, entry.code()));
			}
			if (entry.level() < 1) {
				errors.add(FieldError.of(row, "reference.entry.levelInvalid", number, entry.code()));
			}
			String parent = entry.parentCode();
			if (parent != null && !parent.isBlank()) {
				CatalogEntry parentEntry = byCode.get(parent);
				if (parentEntry == null) {
					errors.add(FieldError.of(row, "reference.entry.parentMissing", number, entry.code(), parent));
				}
				else if (parentEntry.level() != entry.level() - 1) {
					errors.add(FieldError.of(row, "reference.entry.parentLevel", number, entry.code(), parent));
				}
			}
			else if (entry.level() > 1) {
				errors.add(FieldError.of(row, "reference.entry.parentRequired", number, entry.code()));
			}
		}
		return errors;
	}

}
