package org.ohsonline.shared;

import org.junit.jupiter.api.Test;
import org.ohsonline.shared.InvalidInputException.FieldError;

import static org.assertj.core.api.Assertions.assertThat;

class InvalidInputExceptionTests {

	@Test
	void showsAnAbsentArgumentAsNothingInsteadOfFailing() {
		String missing = null;
		assertThat(FieldError.of("regionCode", "iam.user.regionUnknown", missing).arguments()).containsExactly("");
		assertThat(new FieldError("regionCode", "iam.user.regionUnknown", null).arguments()).isEmpty();
	}

}
