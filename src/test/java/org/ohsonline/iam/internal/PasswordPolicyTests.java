package org.ohsonline.iam.internal;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.ohsonline.shared.InvalidInputException.FieldError;

import static org.assertj.core.api.Assertions.assertThat;

/** The password rules, as error codes the form shows beside the field. */
class PasswordPolicyTests {

	private final PasswordPolicy policy = new PasswordPolicy(
			new SecuritySettings(5, Duration.ofMinutes(15), 12, Duration.ofDays(365), Duration.ofSeconds(10),
					Duration.ZERO));

	@Test
	void acceptsALongPasswordMixingThreeKindsOfCharacter() {
		assertThat(this.policy.check("password", "Harbour7lights", "county")).isEmpty();
		assertThat(this.policy.check("password", "harbour-7-lights", "county")).isEmpty();
	}

	@Test
	void rejectsAPasswordShorterThanTheMinimumAndSaysTheMinimum() {
		List<FieldError> errors = this.policy.check("newPassword", "Harbour7lig", "county");
		assertThat(errors).containsExactly(FieldError.of("newPassword", "iam.password.tooShort", 12));
	}

	@Test
	void rejectsAMissingPassword() {
		assertThat(codes(this.policy.check("password", null, "county"))).containsExactly("iam.password.tooShort");
	}

	@Test
	void rejectsAPasswordWithFewerThanThreeKindsOfCharacter() {
		assertThat(codes(this.policy.check("password", "harbourlights", "county"))).containsExactly("iam.password.tooSimple");
		assertThat(codes(this.policy.check("password", "harbour7lights", "county"))).containsExactly("iam.password.tooSimple");
	}

	@Test
	void rejectsAPasswordContainingTheUsernameInAnyCase() {
		assertThat(codes(this.policy.check("password", "My-COUNTY-2024", "county")))
			.containsExactly("iam.password.containsUsername");
	}

	@Test
	void rejectsThePasswordsAttackersTryFirst() {
		assertThat(codes(this.policy.check("password", "Password1234", "county"))).containsExactly("iam.password.common");
		assertThat(codes(this.policy.check("password", "P@ssw0rd1234", "county"))).containsExactly("iam.password.common");
	}

	/** Generated one-time and demo passwords must pass the policy users are held to. */
	@RepeatedTest(20)
	void generatesPasswordsThatPassThePolicy() {
		String password = this.policy.generate();
		assertThat(password).hasSizeGreaterThanOrEqualTo(16);
		assertThat(this.policy.check("password", password, null)).isEmpty();
	}

	private static List<String> codes(List<FieldError> errors) {
		return errors.stream().map(FieldError::code).toList();
	}

}
