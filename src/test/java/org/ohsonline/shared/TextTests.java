package org.ohsonline.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextTests {

	enum Colour {
		RED, GREEN
	}

	@Test
	void turnsBlankInputIntoNullAndTrimsTheRest() {
		assertThat(Text.blankToNull(null)).isNull();
		assertThat(Text.blankToNull(" \t")).isNull();
		assertThat(Text.blankToNull(" 3301 ")).isEqualTo("3301");
	}

	@Test
	void keepsOnlyTheNameOfAnExistingConstant() {
		assertThat(Text.enumName(" RED ", Colour.class)).isEqualTo("RED");
		assertThat(Text.enumName("red", Colour.class)).as("names are case-sensitive").isNull();
		assertThat(Text.enumName("BLUE", Colour.class)).isNull();
		assertThat(Text.enumName("", Colour.class)).isNull();
		assertThat(Text.enumName(null, Colour.class)).isNull();
	}

	@Test
	void writesAbsentFiltersAsEmptyQueryValues() {
		assertThat(Text.nullToEmpty(null)).isEmpty();
		assertThat(Text.nullToEmpty("x")).isEqualTo("x");
	}

	@Test
	void replacesControlCharactersOfQuotedInputButKeepsLineBreaks() {
		assertThat(Text.printable("mg\u0000/m\u0007³")).isEqualTo("mg\uFFFD/m\uFFFD³");
		assertThat(Text.printable("第一行\n第二行\t")).isEqualTo("第一行\n第二行\t");
		assertThat(Text.printable(null)).isNull();
	}

}
