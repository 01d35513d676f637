package org.ohsonline.risk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ohsonline.reference.HazardFactor;
import org.ohsonline.reference.HazardFactors;
import org.ohsonline.reference.StoredCatalogTexts;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.StaticMessageSource;

/** The words the portrait shows for a rule step's arguments: hazard factors by name, never their codes. */
class RiskFormatTests {

	private static final Map<String, String> FACTORS = Map.of("12001", "苯", "11003", "石棉粉尘");

	private final RiskFormat format = new RiskFormat(messages(), new StoredCatalogTexts(), new Factors());

	@BeforeEach
	void chinese() {
		LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
	}

	@AfterEach
	void reset() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void seriousFactorsAreNamed() {
		assertThat(this.format.hazards(List.of("12001", "11003"))).isEqualTo("苯、石棉粉尘");
		assertThat(this.format.hazards(List.of())).isEqualTo("—");
		assertThat(this.format.hazards(List.of("99999"))).as("a code the catalog does not know stays").isEqualTo("99999");
	}

	@Test
	void aRuleStepListingFactorsNamesThem() {
		assertThat(this.format.args(List.of("12001、11003", "JIA", "3"))).containsExactly("苯、石棉粉尘", "甲类", "3");
		assertThat(this.format.args(List.of("12001、99999"))).as("not every part a factor: not a factor list")
			.containsExactly("12001、99999");
	}

	private static StaticMessageSource messages() {
		StaticMessageSource messages = new StaticMessageSource();
		messages.addMessage("risk.word.JIA", Locale.SIMPLIFIED_CHINESE, "甲类");
		return messages;
	}

	private static final class Factors implements HazardFactors {

		@Override
		public Optional<HazardFactor> findFactor(String code) {
			return Optional.ofNullable(FACTORS.get(code)).map(name -> new HazardFactor(code, name, "1", "粉尘", true));
		}

		@Override
		public List<HazardFactor> factors(String categoryCode) {
			return List.of();
		}

	}

}
