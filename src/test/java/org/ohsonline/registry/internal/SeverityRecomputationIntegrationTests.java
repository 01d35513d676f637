package org.ohsonline.registry.internal;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.ohsonline.IntegrationTest;
import org.ohsonline.declaration.DeclarationFixtures;
import org.ohsonline.reference.HazardFactors;
import org.ohsonline.reference.Severity;
import org.ohsonline.reference.SeverityAnswers;
import org.ohsonline.reference.SeverityQuestion;
import org.ohsonline.reference.SolventUse;
import org.ohsonline.registry.EmployerChanged;
import org.ohsonline.registry.EmployerCommand;
import org.ohsonline.registry.EmployerView;
import org.ohsonline.registry.Employers;
import org.ohsonline.registry.RegistryFixtures;
import org.ohsonline.registry.SeverityRecomputations;
import org.ohsonline.registry.SeverityRecomputations.Change;
import org.ohsonline.registry.Workers;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.Scope;
import org.ohsonline.testing.TestingClocks;
import org.ohsonline.testing.ValidityClockView;
import org.ohsonline.testing.ValidityKind;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A register derived under the provisional division table, recomputed against the official 2021
 * directory: the run lists each employer's old and new class, the employer page says what is still
 * to be answered, the administrators' page and its Excel export show the list, and the testing
 * clocks follow the new class (工作场所职业卫生管理规定 Art. 20: 严重 yearly and a status evaluation every
 * three years, 一般 every three years).
 */
@IntegrationTest
class SeverityRecomputationIntegrationTests {

	private static final Actor SUPERVISOR = new Actor(31, "severity-test-330105", "监管拱墅", "330105",
			Scope.region("330105"), Set.of("registry:employer:read", "registry:employer:write", "testing:clock:read",
					SeverityRecomputations.READ),
			"127.0.0.1", Actor.Channel.UI);

	@Autowired
	Employers employers;

	@Autowired
	Workers workers;

	@Autowired
	SeverityRecomputations recomputations;

	@Autowired
	TestingClocks clocks;

	@Autowired
	HazardFactors hazards;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService details;

	private EmployerView employer(String industry) {
		RegistryFixtures fixtures = new RegistryFixtures(this.employers, this.workers);
		EmployerView employer = fixtures.employer(SUPERVISOR, "330105001", industry, 40);
		// A noisy post: only employers with a hazard factor owe testing.
		fixtures.post(SUPERVISOR, employer.id(), DeclarationFixtures.factor(this.hazards, "噪声"));
		return employer;
	}

	/** As the provisional division table had derived it, and the clocks synchronised with that. */
	private void derivedByTheProvisionalTable(EmployerView employer, Severity severity, String division) {
		this.jdbc.sql("""
				update registry.employer set severity = :severity, severity_questions = '{}',
				    severity_basis = :basis where id = :id""")
			.param("severity", severity.name())
			.param("basis", employer.industryCode() + " → " + division + " " + severity + " [2021 (provisional), unverified]")
			.param("id", employer.id())
			.update();
		this.transactions.executeWithoutResult(status -> this.events.publishEvent(new EmployerChanged(employer.id(),
				employer.regionCode(), Set.of("severity"), LocalDate.now())));
		awaitClocks(employer, severity);
	}

	private List<ValidityClockView> awaitClocks(EmployerView employer, Severity severity) {
		List<ValidityClockView> clocks = new ArrayList<>();
		await().atMost(Duration.ofSeconds(30)).until(() -> {
			clocks.clear();
			clocks.addAll(this.clocks.ofEmployer(SUPERVISOR, employer.id()));
			return !clocks.isEmpty() && clocks.stream().allMatch(c -> c.severity() == severity);
		});
		return clocks;
	}

	@Test
	void recomputesTheProvisionalClassesListsOldAndNewAndTheTestingClocksFollow() throws Exception {
		EmployerView heat = employer("4430");
		EmployerView boiler = employer("3411");
		EmployerView shoes = employer("1952");
		this.employers.update(SUPERVISOR, shoes.id(), command(shoes, new SeverityAnswers(Set.of(), SolventUse.NOT_USED)));
		EmployerView shop = employer("5211");
		// 44 and 34 were 一般 in the provisional table, 19 严重, 52 一般.
		derivedByTheProvisionalTable(heat, Severity.GENERAL, "44");
		derivedByTheProvisionalTable(boiler, Severity.GENERAL, "34");
		derivedByTheProvisionalTable(shoes, Severity.SERIOUS, "19");
		derivedByTheProvisionalTable(shop, Severity.GENERAL, "52");
		assertThat(this.clocks.ofEmployer(SUPERVISOR, heat.id())).singleElement().satisfies(c -> {
			assertThat(c.kind()).isEqualTo(ValidityKind.TESTING);
			assertThat(c.months()).isEqualTo(36);
		});

		SeverityRecomputations.Run run = this.recomputations.recompute(SUPERVISOR).orElseThrow();

		assertThat(run.status()).isEqualTo("DONE");
		assertThat(run.catalogEdition()).isEqualTo("2021 (国卫办职健发〔2021〕5号)");
		List<Change> changes = new ArrayList<>();
		this.recomputations.forEachChange(SUPERVISOR, run.id(), changes::add);
		assertThat(changes).filteredOn(c -> Set.of(heat.id(), boiler.id(), shoes.id(), shop.id()).contains(c.employerId()))
			.extracting(Change::creditCode, Change::oldSeverity, Change::newSeverity, Change::newQuestions)
			.containsExactlyInAnyOrder(
					// D443 热力生产和供应 split by activity, not answered: 严重 until it is.
					tuple(heat.creditCode(), Severity.GENERAL, Severity.SERIOUS, List.of(SeverityQuestion.ACTIVITY)),
					// C341 锅炉及原动设备制造 严重.
					tuple(boiler.creditCode(), Severity.GENERAL, Severity.SERIOUS, List.of()),
					// C195 制鞋业* without benzene-type solvents: 一般.
					tuple(shoes.creditCode(), Severity.SERIOUS, Severity.GENERAL, List.of()),
					// 52 零售业: only fuel and gas retail are listed.
					tuple(shop.creditCode(), Severity.GENERAL, null, List.of()));
		assertThat(run.changed()).isGreaterThanOrEqualTo(4);
		assertThat(this.jdbc.sql("select count(*) from registry.history where employer_id = :id and kind = 'SEVERITY_RECOMPUTED_SERIOUS'")
			.param("id", boiler.id())
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(this.jdbc.sql("select count(*) from audit.entry where action = 'registry.severity.recomputed'"
				+ " and target_id = :run")
			.param("run", String.valueOf(run.id()))
			.query(Long.class)
			.single()).isEqualTo(1);

		// The clocks follow: yearly testing and a status evaluation every three years.
		List<ValidityClockView> serious = awaitClocks(heat, Severity.SERIOUS);
		assertThat(serious).extracting(ValidityClockView::kind, ValidityClockView::months)
			.containsExactlyInAnyOrder(tuple(ValidityKind.TESTING, 12), tuple(ValidityKind.STATUS_EVALUATION, 36));
		assertThat(serious).allSatisfy(c -> assertThat(c.dueOn()).isEqualTo(c.anchorOn().plusMonths(c.months())));
		assertThat(awaitClocks(shoes, Severity.GENERAL)).extracting(ValidityClockView::months).containsExactly(36);

		// The employer page says why it is 严重 and what would settle it.
		this.mvc.perform(get("/employers/" + heat.id()).with(user(this.details.loadUserByUsername("county"))))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("按较严类别认定，待补充生产活动")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("443 热力生产和供应")));

		// Administrators read the list and export it.
		this.mvc.perform(get("/catalogs/industry-severity/recomputations").param("run", String.valueOf(run.id()))
			.with(user(this.details.loadUserByUsername("admin"))))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString(boiler.name())));
		byte[] workbook = this.mvc
			.perform(get("/catalogs/industry-severity/recomputations/export.xlsx").param("run", String.valueOf(run.id()))
				.with(user(this.details.loadUserByUsername("admin"))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		List<List<String>> rows = rows(workbook);
		assertThat(rows.get(0)).startsWith("统一社会信用代码", "单位名称");
		assertThat(rows).filteredOn(r -> r.get(0).equals(boiler.creditCode())).singleElement()
			.satisfies(r -> assertThat(r.subList(5, 7)).containsExactly("一般", "严重"));
		this.mvc.perform(get("/catalogs/industry-severity/recomputations").with(user(this.details.loadUserByUsername("county"))))
			.andExpect(status().isForbidden());

		// Answering the activity (gas-fired: 443.2（其他）) settles it as 一般, and the clocks follow at once.
		EmployerView answered = this.employers.update(SUPERVISOR, heat.id(),
				command(heat, new SeverityAnswers(Set.of("443.2"), null)));
		assertThat(answered.severity()).isEqualTo(Severity.GENERAL);
		assertThat(answered.severityQuestions()).isEmpty();
		assertThat(answered.severityBasis()).contains("443.2 热力生产和供应（其他） GENERAL (activity given)");
		assertThat(awaitClocks(heat, Severity.GENERAL)).extracting(ValidityClockView::kind, ValidityClockView::months)
			.containsExactly(tuple(ValidityKind.TESTING, 36));
	}

	@Test
	void aSplitGroupIsStricterUntilAnsweredAndAnActivityOfAnotherGroupIsRefused() {
		EmployerView heat = new RegistryFixtures(this.employers, this.workers).employer(SUPERVISOR, "330105001", "4430", 12);

		assertThat(heat.severity()).isEqualTo(Severity.SERIOUS);
		assertThat(heat.severityQuestions()).containsExactly(SeverityQuestion.ACTIVITY);
		assertThat(heat.severityBasis()).contains("stricter class until the activity is given");
		org.assertj.core.api.Assertions
			.assertThatThrownBy(() -> this.employers.update(SUPERVISOR, heat.id(),
					command(heat, new SeverityAnswers(Set.of("441.1"), null))))
			.isInstanceOfSatisfying(org.ohsonline.shared.InvalidInputException.class,
					ex -> assertThat(ex.errors()).extracting(e -> e.field(), e -> e.code())
						.containsExactly(tuple("activities", "registry.employer.activityNotAsked")));
		EmployerView coal = this.employers.update(SUPERVISOR, heat.id(), command(heat, new SeverityAnswers(Set.of("443.1"), null)));
		assertThat(coal.severity()).isEqualTo(Severity.SERIOUS);
		assertThat(coal.severityQuestions()).isEmpty();
		// The API's PUT without answers keeps them.
		assertThat(this.employers.update(SUPERVISOR, heat.id(), command(heat, null)).severityAnswers().activities())
			.containsExactly("443.1");
	}

	private static EmployerCommand command(EmployerView e, SeverityAnswers answers) {
		return new EmployerCommand(null, e.name(), e.regionCode(), e.address(), e.industryCode(), e.economicTypeCode(),
				e.employees(), e.annualRevenue(), e.legalRepresentative(), e.ohManagerName(), null, null,
				e.productionStartedOn(), answers);
	}

	private static List<List<String>> rows(byte[] workbook) throws Exception {
		List<List<String>> rows = new ArrayList<>();
		try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(workbook))) {
			for (Row row : book.getFirstSheet().read()) {
				List<String> cells = new ArrayList<>();
				for (int i = 0; i < row.getCellCount(); i++) {
					cells.add(row.getCell(i) == null ? "" : row.getCell(i).getRawValue());
				}
				rows.add(cells);
			}
		}
		return rows;
	}

}
