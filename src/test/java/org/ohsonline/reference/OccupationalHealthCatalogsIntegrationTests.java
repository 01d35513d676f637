package org.ohsonline.reference;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.ohsonline.IntegrationTest;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.InvalidInputException.FieldError;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The bundled occupational-health catalogs and the facades that read them. */
@IntegrationTest
class OccupationalHealthCatalogsIntegrationTests {

	@Autowired
	HazardFactors hazardFactors;

	@Autowired
	Oels oels;

	@Autowired
	IndustrySeverities severities;

	@Autowired
	SizeClasses sizeClasses;

	@Autowired
	Catalogs catalogs;

	@Autowired
	CatalogAdministration administration;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	private CatalogStatistics statisticsInForce(String catalog) {
		return this.catalogs.statistics(this.catalogs.versionInForce(catalog, LocalDate.now()).orElseThrow().id());
	}

	@Test
	void loadsEveryFactorOfTheExchangeTableByCategoryAllVerifiedAgainstIt() {
		CatalogStatistics statistics = statisticsInForce("hazard-factors");

		assertThat(statistics.categories()).extracting(c -> c.code(), c -> c.name(), c -> c.leaves(), c -> c.verified())
			.containsExactly(tuple("1", "粉尘", 58L, 58L), tuple("2", "化学有害因素", 492L, 492L),
					tuple("3", "物理有害因素", 15L, 15L), tuple("4", "生物因素", 9L, 9L), tuple("5", "放射物质类", 8L, 8L),
					tuple("6", "特殊作业", 10L, 10L), tuple("9", "其他因素", 3L, 3L));
		assertThat(statistics.unverifiedEntries()).isZero();
		assertThat(this.hazardFactors.factors(null)).hasSize(595);
		assertThat(this.hazardFactors.factors("1")).hasSize(58).allSatisfy(f -> assertThat(f.categoryCode()).isEqualTo("1"));
	}

	@Test
	void findsSilicaDustByItsExchangeCodeInTheDustCategory() {
		assertThat(this.hazardFactors.findFactor("1038"))
			.contains(new HazardFactor("1038", "矽尘", "1", "粉尘", true));
		assertThat(this.hazardFactors.findFactor("1")).as("a category is not a factor").isEmpty();
		assertThat(this.hazardFactors.findFactor("0000")).isEmpty();
	}

	@Test
	void loadsThe2024DiseaseCatalogueWithItsCompletenessFromTheData() {
		CatalogVersion version = this.catalogs.versionInForce("occupational-diseases", LocalDate.now()).orElseThrow();
		CatalogStatistics statistics = this.catalogs.statistics(version.id());

		assertThat(version.effectiveFrom()).isEqualTo(LocalDate.of(2025, 8, 1));
		assertThat(statistics.categories()).hasSize(12);
		assertThat(statistics.leaves()).isEqualTo(135);
		assertThat(version.notes()).startsWith("135 of 135 diseases and 12 of 12 categories present; 130 diseases");
		assertThat(statistics.categories()).filteredOn(c -> c.code().equals("7"))
			.singleElement()
			.satisfies(c -> assertThat(c.leaves()).as("11 + uranium + radiation cataract").isEqualTo(13));
	}

	@Test
	void givesSilicaDustTotalAndRespirableLimits() {
		List<Oel> limits = this.oels.limitsOf("1038");

		assertThat(limits).hasSize(6).allSatisfy(oel -> {
			assertThat(oel.hazardCode()).isEqualTo("1038");
			assertThat(oel.unit()).isEqualTo("mg/m³");
			assertThat(oel.verified()).isFalse();
		});
		assertThat(limits).extracting(Oel::dustFraction).containsOnly("total", "respirable");
		assertThat(limits).filteredOn(oel -> oel.notes().startsWith("10%≤"))
			.extracting(Oel::dustFraction, Oel::pcTwa)
			.containsExactlyInAnyOrder(tuple("total", new BigDecimal("1")), tuple("respirable", new BigDecimal("0.7")));
		assertThat(this.oels.limitsOf("2013")).singleElement()
			.satisfies(benzene -> assertThat(benzene.pcStel()).isEqualByComparingTo("10"));
		assertThat(this.oels.limitsOf("2158")).singleElement()
			.satisfies(formaldehyde -> assertThat(formaldehyde.mac()).isEqualByComparingTo("0.5"));
		assertThat(this.oels.limitsOf("9999")).isEmpty();
	}

	@Test
	void classesAMiningClassSeriousThroughTheOfficialDirectoryInForce() {
		// 二（三）1  B081 铁矿采选 严重, verified against the official table; the provisional version stays as history.
		IndustrySeverity severity = this.severities.severityOf("0810").orElseThrow();

		assertThat(severity.industryCode()).isEqualTo("081");
		assertThat(severity.entryName()).isEqualTo("铁矿采选");
		assertThat(severity.severity()).isEqualTo(Severity.SERIOUS);
		assertThat(severity.verified()).isTrue();
		assertThat(severity.catalogEdition()).isEqualTo("2021 (国卫办职健发〔2021〕5号)");
		assertThat(severity.source()).contains("国卫办职健发〔2021〕5号").doesNotContain("Provisional");
		// 三（二十二）1  C341 锅炉及原动设备制造: 严重 in the directory, 一般 in the provisional division table.
		assertThat(this.severities.severityOf("3411")).map(IndustrySeverity::severity).contains(Severity.SERIOUS);
		assertThat(this.catalogs.versions("industry-severity")).extracting(CatalogVersion::edition)
			.contains("2021 (provisional)", "2021 (国卫办职健发〔2021〕5号)");
	}

	@Test
	void findsNoSeverityForAnIndustryTheDirectoryDoesNotList() {
		// 六（二）零售业 lists only the fuel and gas retail classes; section R (culture, sports) is not listed.
		assertThat(this.severities.severityOf("5211")).isEmpty();
		assertThat(this.severities.severityOf("9210")).isEmpty();
	}

	@Test
	void classifiesAManufacturerByHeadcountAndRevenue() {
		assertThat(this.sizeClasses.classify("3311", 1200, 50000L)).contains(SizeClass.LARGE);
		assertThat(this.sizeClasses.classify("3311", 250, 50000L)).as("below 300 employees").contains(SizeClass.SMALL);
		assertThat(this.sizeClasses.classify("3311", 500, 5000L)).contains(SizeClass.MEDIUM);
		assertThat(this.sizeClasses.classify("3311", 10, null)).contains(SizeClass.MICRO);
		assertThat(this.sizeClasses.classify("5211", 60, 600L)).as("retail").contains(SizeClass.MEDIUM);
		assertThat(this.sizeClasses.classify("8310", 150, null)).as("other industries").contains(SizeClass.MEDIUM);
	}

	@Test
	void aNewDirectoryVersionChangesTheAnswerFromItsEffectiveDate() {
		LocalDate effective = LocalDate.of(2099, 1, 1);
		String edition = "test-" + UUID.randomUUID();
		this.administration.load(Actor.system("test"), new NewCatalogVersion("industry-severity", edition, effective,
				"official table (test)", null,
				List.of(new CatalogEntry("0810", "铁矿采选", null, 1, Map.of("severity", "GENERAL", "verified", true)))));

		assertThat(this.severities.severityOf("0810", effective)).hasValueSatisfying(entry -> {
			assertThat(entry.industryCode()).isEqualTo("0810");
			assertThat(entry.severity()).isEqualTo(Severity.GENERAL);
			assertThat(entry.catalogEdition()).isEqualTo(edition);
			assertThat(entry.source()).isEqualTo("official table (test)");
			assertThat(entry.verified()).isTrue();
		});
		assertThat(this.severities.severityOf("0810", effective.minusDays(1))).map(IndustrySeverity::industryCode)
			.contains("081");
		assertThat(this.severities.severityOf("0810")).map(IndustrySeverity::severity).contains(Severity.SERIOUS);
	}

	@Test
	void refusesADirectoryVersionWithAnUnknownSeverity() {
		List<FieldError> errors = this.administration.check(Actor.system("test"),
				new NewCatalogVersion("industry-severity", "test-" + UUID.randomUUID(), LocalDate.of(2099, 1, 1), "test",
						null, List.of(new CatalogEntry("08", "黑色金属矿采选业", null, 1, Map.of("severity", "严重")))));

		assertThat(errors).extracting(FieldError::code).containsExactly("reference.entry.severityInvalid");
	}

	@Test
	void showsPerCategoryAndVerifiedCountsOnTheCatalogPages() throws Exception {
		this.mvc.perform(get("/catalogs").with(user(this.users.loadUserByUsername("province"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("粉尘：58 条（58 条已核实）")))
			.andExpect(content().string(containsString("0 / 30 条已核实")));
		this.mvc.perform(get("/catalogs/occupational-diseases").with(user(this.users.loadUserByUsername("province"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("职业性放射性疾病：13 条（11 条已核实）")));
	}

}
