package org.ohsonline.shared;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.ohsonline.shared.InvalidInputException.FieldError;

import static org.assertj.core.api.Assertions.assertThat;

class LimitsTests {

	@Test
	void acceptsTextUpToTheLimitCountingCharactersNotUtf16Units() {
		assertThat(Limits.check("note", "长".repeat(Limits.NOTE), Limits.NOTE)).isEmpty();
		// 𠀀 (U+20000) is one character in two UTF-16 units.
		assertThat(Limits.check("note", "\uD840\uDC00".repeat(Limits.NOTE), Limits.NOTE)).isEmpty();
		assertThat(Limits.check("note", null, Limits.NOTE)).isEmpty();
	}

	@Test
	void refusesLongerTextNamingTheFieldAndTheLimit() {
		assertThat(Limits.check("conclusions[0].detail", "x".repeat(Limits.TEXT + 1), Limits.TEXT))
			.contains(FieldError.of("conclusions[0].detail", "shared.text.tooLong", Limits.TEXT));
	}

	@Test
	void refusesControlCharactersButKeepsTabsAndLineBreaks() {
		assertThat(Limits.check("note", "第一行\r\n第二行\t完", Limits.NOTE)).isEmpty();
		assertThat(Limits.check("note", "a\u0000b", Limits.NOTE)).contains(FieldError.of("note", "shared.text.control"));
		assertThat(Limits.check("note", "\u0007", Limits.NOTE)).contains(FieldError.of("note", "shared.text.control"));
		assertThat(Limits.check("note", "\u007f", Limits.NOTE)).isPresent();
	}

	@Test
	void collectsTheProblemWithTheOthers() {
		List<FieldError> errors = new ArrayList<>();
		Limits.check(errors, "reason", "x".repeat(501), Limits.NOTE);
		Limits.check(errors, "note", "fine", Limits.NOTE);
		assertThat(errors).extracting(FieldError::field).containsExactly("reason");
	}

}
