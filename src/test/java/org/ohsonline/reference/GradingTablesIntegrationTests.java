package org.ohsonline.reference;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.ohsonline.IntegrationTest;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.InvalidInputException.FieldError;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The bundled job-grading catalogs and the facade that reads them. */
@IntegrationTest
class GradingTablesIntegrationTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 7, 1);

	@Autowired
	GradingTables tables;

	@Autowired
	CatalogAdministration administration;

	@Test
	void readsTheChemicalWeightsAndBandsOfTheStartingSetUnverified() {
		GradingTables.ChemicalTable table = this.tables.chemical(TODAY).orElseThrow();

		assertThat(table.toxicityWeights()).containsOnlyKeys(ToxicityClass.values());
		assertThat(table.toxicityWeights().get(ToxicityClass.EXTREME)).isEqualByComparingTo("8");
		assertThat(table.labourWeights().get(LabourIntensity.III)).isEqualByComparingTo("2.0");
		assertThat(table.exposureWeight().zeroAtOrBelow()).isEqualByComparingTo("1");
		assertThat(table.exposureWeight().subtract()).isEqualByComparingTo("0");
		assertThat(table.bands()).extracting(b -> b.grade(), b -> b.upTo() == null ? null : b.upTo().intValue())
			.containsExactly(tuple(JobGrade.ZERO, 1), tuple(JobGrade.I, 6), tuple(JobGrade.II, 24),
					tuple(JobGrade.III, null));
		assertThat(table.source().verified()).isFalse();
		assertThat(table.source().edition()).isEqualTo("GBZ/T 229.2-2010 (starting set)");
	}

	@Test
	void readsTheDustAndNoiseTablesAndHasNoHeatTableUntilOneIsLoaded() {
		GradingTables.DustTable dust = this.tables.dust(TODAY).orElseThrow();
		assertThat(dust.silicaWeights().get(SilicaBand.ABOVE_80)).isEqualByComparingTo("6");
		assertThat(dust.exposureWeight().subtract()).isEqualByComparingTo("1");

		assertThat(this.tables.noise(TODAY).orElseThrow().bands()).extracting(b -> b.grade(), b -> b.from().intValue())
			.containsExactly(tuple(JobGrade.ZERO, 0), tuple(JobGrade.I, 85), tuple(JobGrade.II, 90),
					tuple(JobGrade.III, 95), tuple(JobGrade.IV, 100));
		assertThat(this.tables.heat(TODAY)).isEmpty();
	}

	@Test
	void loadsAHeatTableAndRefusesCellsWithoutWhatTheyNeed() {
		LocalDate effective = LocalDate.of(2097, 1, 1);
		this.administration.load(Actor.system("test"), new NewCatalogVersion("heat-grading", "test-" + UUID.randomUUID(),
				effective, "official table (test)", null,
				List.of(new CatalogEntry("II-75-29", "Ⅰ级", null, 1, Map.of("kind", "cell", "intensity", "II", "shareAbove",
						"50", "shareUpTo", "75", "wbgtFrom", "29", "wbgtBelow", "30", "grade", "I")))));

		assertThat(this.tables.heat(effective).orElseThrow().cells()).singleElement()
			.satisfies(cell -> assertThat(cell.grade()).isEqualTo(JobGrade.I));

		List<FieldError> errors = this.administration.check(Actor.system("test"),
				new NewCatalogVersion("heat-grading", "test-" + UUID.randomUUID(), effective, "test", null,
						List.of(new CatalogEntry("X", "no share", null, 1,
								Map.of("kind", "cell", "intensity", "II", "wbgtFrom", "29")),
								new CatalogEntry("Y", "bad grade", null, 1, Map.of("kind", "band", "grade", "V")))));
		assertThat(errors).extracting(FieldError::code)
			.containsExactly("reference.entry.gradingInvalid", "reference.entry.gradingInvalid");
	}

}
