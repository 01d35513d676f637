package org.ohsonline.reference.internal;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.ohsonline.reference.CatalogEntry;
import org.ohsonline.shared.InvalidInputException.FieldError;

import static org.assertj.core.api.Assertions.assertThat;

class EntryRulesTests {

	private static CatalogEntry entry(String code, String name, String parent, int level) {
		return new CatalogEntry(code, name, parent, level, Map.of());
	}

	@Test
	void acceptsAWellFormedHierarchy() {
		List<CatalogEntry> entries = List.of(entry("33", "浙江省", null, 1), entry("3301", "杭州市", "33", 2),
				entry("330105", "拱墅区", "3301", 3));

		assertThat(EntryRules.check(entries)).isEmpty();
	}

	@Test
	void acceptsAParentListedAfterItsChild() {
		assertThat(EntryRules.check(List.of(entry("3301", "杭州市", "33", 2), entry("33", "浙江省", "", 1)))).isEmpty();
	}

	@Test
	void rejectsAMissingCodeAndNamesTheRow() {
		List<FieldError> errors = EntryRules.check(List.of(entry("33", "浙江省", null, 1), entry(" ", "无编码", "33", 2)));

		assertThat(errors).containsExactly(FieldError.of("row 2", "reference.entry.codeRequired", 2));
	}

	@Test
	void rejectsADuplicateCodeAndNamesTheEarlierRow() {
		List<FieldError> errors = EntryRules.check(List.of(entry("33", "浙江省", null, 1), entry("33", "又一个", null, 1)));

		assertThat(errors).containsExactly(FieldError.of("row 2", "reference.entry.duplicate", 2, "33", 1));
	}

	@Test
	void rejectsABlankNameUnlessMarkedUnverified() {
		CatalogEntry blank = entry("A", " ", null, 1);
		CatalogEntry unverified = new CatalogEntry("B", "", null, 1, Map.of("nameVerified", false));

		assertThat(EntryRules.check(List.of(blank, unverified)))
			.containsExactly(FieldError.of("row 1", "reference.entry.nameRequired", 1, "A"));
	}

	@Test
	void rejectsALevelBelowOne() {
		assertThat(EntryRules.check(List.of(entry("A", "农业", null, 0))))
			.containsExactly(FieldError.of("row 1", "reference.entry.levelInvalid", 1, "A"));
	}

	@Test
	void rejectsAParentNotInTheVersion() {
		assertThat(EntryRules.check(List.of(entry("3301", "杭州市", "34", 2))))
			.containsExactly(FieldError.of("row 1", "reference.entry.parentMissing", 1, "3301", "34"));
	}

	@Test
	void rejectsAParentThatIsNotExactlyOneLevelUp() {
		List<FieldError> errors = EntryRules
			.check(List.of(entry("33", "浙江省", null, 1), entry("330105", "拱墅区", "33", 3)));

		assertThat(errors).containsExactly(FieldError.of("row 2", "reference.entry.parentLevel", 2, "330105", "33"));
	}

	@Test
	void rejectsAnEntryBelowTheTopWithoutParent() {
		assertThat(EntryRules.check(List.of(entry("3301", "杭州市", null, 2))))
			.containsExactly(FieldError.of("row 1", "reference.entry.parentRequired", 1, "3301"));
	}

	@Test
	void namesTheRowsOfTheFileWhenGiven() {
		List<CatalogEntry> entries = List.of(entry("33", "浙江省", null, 1), entry("33", "重复", null, 1));

		// Entries from rows 2 and 5 of a file (a header, then blank lines in between).
		List<FieldError> errors = EntryRules.check(entries, index -> index == 0 ? 2 : 5);

		assertThat(errors).containsExactly(FieldError.of("row 5", "reference.entry.duplicate", 5, "33", 2));
	}

}
