package org.ohsonline;

import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Production refuses to start without the public address printed in QR codes, or with one that would
 * print a broken or insecure link.
 */
class ProductionSettingsCheckTests {

	private final ProductionSettingsCheck check = new ProductionSettingsCheck();

	@Test
	void requiresThePublicAddressLikeTheDatabaseAndTheKey() {
		MissingProductionSettingsException refused = refuse(production().withProperty("OHS_PUBLIC_BASE_URL", " "));
		assertThat(refused.missing()).containsExactly("OHS_PUBLIC_BASE_URL");
		assertThat(refused.getMessage()).contains("missing required environment variable(s): OHS_PUBLIC_BASE_URL");
	}

	@Test
	void acceptsAnHttpsAddressWithOrWithoutAPathAndOneTrailingSlash() {
		for (String address : new String[] { "https://ohs.example.gov.cn", "https://ohs.example.gov.cn/",
				"https://www.example.gov.cn:8443/ohs", "https://www.example.gov.cn/ohs/", "http://localhost:8080",
				"http://127.0.0.1:18080/" }) {
			assertThatNoException().as(address)
				.isThrownBy(() -> this.check.postProcessEnvironment(
						production().withProperty("OHS_PUBLIC_BASE_URL", address), new SpringApplication()));
		}
	}

	@Test
	void refusesAnAddressThatWouldPrintABrokenOrInsecureLink() {
		assertThat(problem("ohs.example.gov.cn")).contains("absolute");
		assertThat(problem("/ohs")).contains("absolute");
		assertThat(problem("http://ohs.example.gov.cn")).contains("https://");
		assertThat(problem("ftp://ohs.example.gov.cn")).contains("https://");
		assertThat(problem("https://ohs.example.gov.cn/verify?code=")).contains("query");
		assertThat(problem("https://ohs.example.gov.cn/#top")).contains("fragment");
		assertThat(problem("https://admin:secret@ohs.example.gov.cn")).contains("user name");
		assertThat(problem("https://ohs.example.gov.cn//")).contains("empty path segment");
		assertThat(problem("https://ohs.example.gov.cn/a//b")).contains("empty path segment");
		assertThat(problem("https://ohs example.gov.cn")).contains("not a URL");
	}

	@Test
	void namesMissingAndInvalidVariablesTogether() {
		MockEnvironment environment = new MockEnvironment().withProperty("OHS_PUBLIC_BASE_URL", "http://ohs.example.gov.cn");
		environment.setActiveProfiles("prod");
		MissingProductionSettingsException refused = refuse(environment);
		assertThat(refused.missing()).containsExactly("OHS_DB_URL", "OHS_DB_USER", "OHS_DB_PASSWORD", "OHS_SECRET_KEY");
		assertThat(refused.invalid()).containsOnlyKeys("OHS_PUBLIC_BASE_URL");
		assertThat(refused.getMessage()).contains("OHS_SECRET_KEY; and has an invalid OHS_PUBLIC_BASE_URL: it must use https://");
	}

	@Test
	void leavesStandaloneModeAlone() {
		assertThatNoException()
			.isThrownBy(() -> this.check.postProcessEnvironment(new MockEnvironment(), new SpringApplication()));
	}

	private String problem(String address) {
		return refuse(production().withProperty("OHS_PUBLIC_BASE_URL", address)).invalid().get("OHS_PUBLIC_BASE_URL");
	}

	private MissingProductionSettingsException refuse(MockEnvironment environment) {
		MissingProductionSettingsException refused = catchThrowableOfType(MissingProductionSettingsException.class,
				() -> this.check.postProcessEnvironment(environment, new SpringApplication()));
		assertThat(refused).as("refused to start").isNotNull();
		return refused;
	}

	private static MockEnvironment production() {
		MockEnvironment environment = new MockEnvironment().withProperty("OHS_DB_URL", "jdbc:postgresql://db/ohs")
			.withProperty("OHS_DB_USER", "ohs")
			.withProperty("OHS_DB_PASSWORD", "secret")
			.withProperty("OHS_SECRET_KEY", "c2VjcmV0LWtleS1vZi1hdC1sZWFzdC10aGlydHktdHdvLWJ5dGVz");
		environment.setActiveProfiles("prod");
		return environment;
	}

}
