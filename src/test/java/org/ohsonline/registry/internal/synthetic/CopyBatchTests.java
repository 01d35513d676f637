package org.ohsonline.registry.internal.synthetic;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CopyBatchTests {

	@Test
	void writesTheTablesInForeignKeyOrder() {
		assertThat(CopyBatch.COLUMNS.keySet()).containsExactly("employer", "site", "workshop", "post", "post_hazard",
				"worker", "employment");
	}

}
