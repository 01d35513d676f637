package org.ohsonline.reference;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.ohsonline.IntegrationTest;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.InvalidInputException;
import org.ohsonline.shared.InvalidInputException.FieldError;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The bundled heat-limits catalog (GBZ 2.2-2007 表8) and the facade that reads it. */
@IntegrationTest
class HeatLimitsIntegrationTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 7, 1);

	@Autowired
	HeatLimits heatLimits;

	@Autowired
	Catalogs catalogs;

	@Autowired
	CatalogAdministration administration;

	private BigDecimal limit(LabourIntensity intensity, int share) {
		return this.heatLimits.limitFor(intensity, share, false, TODAY).orElseThrow().limit();
	}

	@Test
	void givesEveryCellOfTheTableAsDomainMdQuotesIt() {
		// DOMAIN.md: 100/75/50/25% → I 30/31/32/33, II 28/29/30/32, III 26/28/29/31, IV 25/26/28/30 °C
		int[] shares = { 100, 75, 50, 25 };
		Map<LabourIntensity, int[]> expected = Map.of(LabourIntensity.I, new int[] { 30, 31, 32, 33 },
				LabourIntensity.II, new int[] { 28, 29, 30, 32 }, LabourIntensity.III, new int[] { 26, 28, 29, 31 },
				LabourIntensity.IV, new int[] { 25, 26, 28, 30 });
		expected.forEach((intensity, limits) -> {
			for (int i = 0; i < shares.length; i++) {
				assertThat(limit(intensity, shares[i])).as(intensity + " at " + shares[i] + " %")
					.isEqualByComparingTo(BigDecimal.valueOf(limits[i]));
			}
		});
	}

	@Test
	void takesTheNextHigherColumnForAShareBetweenColumns() {
		HeatLimit limit = this.heatLimits.limitFor(LabourIntensity.II, 60, false, TODAY).orElseThrow();

		// 60 % lies between the 50 % (30 °C) and 75 % (29 °C) columns: the stricter 75 % column applies
		assertThat(limit.tableTimeShare()).isEqualTo(75);
		assertThat(limit.limit()).isEqualByComparingTo("29");
		assertThat(limit(LabourIntensity.II, 1)).as("any short share: the 25 % column").isEqualByComparingTo("32");
		assertThat(limit(LabourIntensity.II, 76)).as("above 75 %: the 100 % column").isEqualByComparingTo("28");
	}

	@Test
	void addsOneDegreeWhereTheOutdoorDesignTemperatureIsHigh() {
		HeatLimit limit = this.heatLimits.limitFor(LabourIntensity.III, 100, true, TODAY).orElseThrow();

		// table 26 °C + 1 °C (GBZ 2.2-2007 10.2.2) = 27 °C
		assertThat(limit.tableLimit()).isEqualByComparingTo("26");
		assertThat(limit.adjustment()).isEqualByComparingTo("1");
		assertThat(limit.limit()).isEqualByComparingTo("27");
		assertThat(limit.unit()).isEqualTo("°C WBGT");
		assertThat(limit.verified()).isFalse();
		assertThat(limit.catalogEdition()).isEqualTo("GBZ 2.2-2007 表8");
		assertThat(limit.source()).contains("10.2.2");
	}

	@Test
	void rejectsATimeShareOutsideOneToAHundred() {
		assertThatThrownBy(() -> this.heatLimits.limitFor(LabourIntensity.I, 0, false, TODAY))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.errors())
				.extracting(FieldError::code)
				.containsExactly("reference.heat.timeShareInvalid"));
		assertThatThrownBy(() -> this.heatLimits.limitFor(LabourIntensity.I, 101, false, TODAY))
			.isInstanceOf(InvalidInputException.class);
	}

	@Test
	void hasNoLimitBeforeTheTableTookEffect() {
		assertThat(this.heatLimits.limitFor(LabourIntensity.I, 100, false, LocalDate.of(2007, 10, 31))).isEmpty();
	}

	@Test
	void aNewVersionChangesTheLimitFromItsEffectiveDate() {
		LocalDate effective = LocalDate.of(2098, 1, 1);
		String edition = "test-" + UUID.randomUUID();
		this.administration.load(Actor.system("test"), new NewCatalogVersion("heat-limits", edition, effective,
				"official table (test)", null, List.of(new CatalogEntry("I-100", "Ⅰ 100%", null, 1,
						Map.of("kind", "limit", "intensity", "I", "timeShare", "100", "limit", "29.5", "verified", true)))));

		HeatLimit later = this.heatLimits.limitFor(LabourIntensity.I, 100, true, effective).orElseThrow();
		assertThat(later.limit()).as("no outdoor adjustment row in that version").isEqualByComparingTo("29.5");
		assertThat(later.verified()).isTrue();
		assertThat(this.heatLimits.limitFor(LabourIntensity.II, 100, false, effective)).as("no column for Ⅱ").isEmpty();
		assertThat(limit(LabourIntensity.I, 100)).isEqualByComparingTo("30");
	}

	@Test
	void refusesAVersionWithAColumnWithoutIntensityOrWithAFractionalShare() {
		List<FieldError> errors = this.administration.check(Actor.system("test"),
				new NewCatalogVersion("heat-limits", "test-" + UUID.randomUUID(), LocalDate.of(2098, 1, 1), "test", null,
						List.of(new CatalogEntry("X-100", "no intensity", null, 1,
								Map.of("kind", "limit", "timeShare", "100", "limit", "30")),
								new CatalogEntry("I-33", "fraction", null, 1,
										Map.of("kind", "limit", "intensity", "I", "timeShare", "33.3", "limit", "30")),
								new CatalogEntry("Z", "unknown kind", null, 1, Map.of("kind", "other")))));

		assertThat(errors).extracting(FieldError::code)
			.containsExactly("reference.entry.heatLimitInvalid", "reference.entry.heatLimitInvalid",
					"reference.entry.kindInvalid");
	}

}
