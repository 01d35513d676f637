package org.ohsonline.reference.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CsvTests {

	@Test
	void splitsOnCommasAndTrimsCells() {
		assertThat(Csv.parseLine("33, 浙江省 ,,1")).containsExactly("33", "浙江省", "", "1");
	}

	@Test
	void keepsCommasAndDoubledQuotesInsideQuotedCells() {
		assertThat(Csv.parseLine("A,\"农、林,牧\",,1,\"说 \"\"引号\"\"\""))
			.containsExactly("A", "农、林,牧", "", "1", "说 \"引号\"");
	}

	@Test
	void skipsAByteOrderMark() {
		assertThat(Csv.parseLine("\uFEFFcode,name")).containsExactly("code", "name");
	}

	@Test
	void readsAnEmptyLineAsOneEmptyCellAndNullAsNone() {
		assertThat(Csv.parseLine("")).containsExactly("");
		assertThat(Csv.parseLine(null)).isEmpty();
	}

	@Test
	void keepsATrailingEmptyCell() {
		assertThat(Csv.parseLine("a,b,")).containsExactly("a", "b", "");
	}

	@Test
	void turnsSnakeCaseHeadersIntoCamelCase() {
		assertThat(Csv.camel("name_verified")).isEqualTo("nameVerified");
		assertThat(Csv.camel(" legal basis ")).isEqualTo("legalBasis");
		assertThat(Csv.camel("note")).isEqualTo("note");
	}

}
