package org.ohsonline.shared;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CopyTextTests {

	@Test
	void writesCopyTextWithNullsAndEscapes() {
		StringBuilder out = new StringBuilder();
		CopyText.line(out, 1L, "a\tb\\c\nd\re", null, 42, "王", Instant.parse("2026-12-05T02:00:00Z"));
		assertThat(out).hasToString("1\ta\\tb\\\\c\\nd\\re\t\\N\t42\t王\t2026-12-05T02:00:00Z\n");
	}

}
