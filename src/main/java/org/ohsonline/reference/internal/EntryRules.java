package org.ohsonline.reference.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.ohsonline.reference.CatalogEntry;
import org.ohsonline.shared.InvalidInputException.FieldError;

/**
 * Rules every catalog version obeys: codes present and unique, a parent that exists in the same
 * version one level up, a name unless the entry says its name is not yet verified. Errors name the
 * row (1-based, as in the file) so an import report can list them.
 */
final class EntryRules {

	private EntryRules() {
	}

	static List<FieldError> check(List<CatalogEntry> entries) {
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
			String row = "row " + (i + 1);
			if (entry.code() == null || entry.code().isBlank()) {
				errors.add(FieldError.of(row, "reference.entry.codeRequired", i + 1));
				continue;
			}
			Integer earlier = seen.putIfAbsent(entry.code(), i + 1);
			if (earlier != null) {
				errors.add(FieldError.of(row, "reference.entry.duplicate", i + 1, entry.code(), earlier));
			}
			boolean unverifiedName = Boolean.FALSE.equals(entry.attributes().get("nameVerified"));
			if ((entry.name() == null || entry.name().isBlank()) && !unverifiedName) {
				errors.add(FieldError.of(row, "reference.entry.nameRequired", i + 1, entry.code()));
			}
			if (entry.level() < 1) {
				errors.add(FieldError.of(row, "reference.entry.levelInvalid", i + 1, entry.code()));
			}
			String parent = entry.parentCode();
			if (parent != null && !parent.isBlank()) {
				CatalogEntry parentEntry = byCode.get(parent);
				if (parentEntry == null) {
					errors.add(FieldError.of(row, "reference.entry.parentMissing", i + 1, entry.code(), parent));
				}
				else if (parentEntry.level() != entry.level() - 1) {
					errors.add(FieldError.of(row, "reference.entry.parentLevel", i + 1, entry.code(), parent));
				}
			}
			else if (entry.level() > 1) {
				errors.add(FieldError.of(row, "reference.entry.parentRequired", i + 1, entry.code()));
			}
		}
		return errors;
	}

}
