package org.ohsonline.registry.internal.synthetic;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CopyBatchTests {

	@Test
	void writesCopyTextWithNullsAndEscapes() {
		StringBuilder out = new StringBuilder();
		CopyBatch.row(out, 1L, "a\tb\\c\nd", null, 42, "王");
		assertThat(out).hasToString("1\ta\\tb\\\\c\\nd\t\\N\t42\t王\n");
	}

	@Test
	void writesTheTablesInForeignKeyOrder() {
		assertThat(CopyBatch.COLUMNS.keySet()).containsExactly("employer", "site", "workshop", "post", "post_hazard",
				"worker", "employment");
	}

}
