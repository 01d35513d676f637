package org.ohsonline.testing.web;

import java.io.ByteArrayInputStream;
import java.util.List;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ohsonline.IntegrationTest;
import org.ohsonline.TestUsers;
import org.ohsonline.declaration.DeclarationFixtures;
import org.ohsonline.iam.internal.UserAdministration;
import org.ohsonline.registry.EmployerView;
import org.ohsonline.registry.Employers;
import org.ohsonline.registry.RegistryFixtures;
import org.ohsonline.registry.Workers;
import org.ohsonline.shared.Scope;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The due-date list and the employer's testing tab as people use them: a county supervisor sees an
 * overdue employer of the county and exports it, another county's supervisor does not see it, and
 * the employer's manager sees the own due dates on the employer's case.
 */
@IntegrationTest
class ValidityClockPagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Employers employers;

	@Autowired
	Workers workers;

	@Autowired
	UserAdministration administration;

	@Autowired
	UserDetailsService details;

	@Autowired
	JdbcClient jdbc;

	TestUsers users;

	EmployerView employer;

	String managerLogin;

	@BeforeEach
	void setUp() {
		this.users = new TestUsers(this.administration, this.details);
		this.users.ensure("clock-county", "COUNTY_SUPERVISOR", "330105", null);
		this.users.ensure("clock-xihu", "COUNTY_SUPERVISOR", "330106", null);
		RegistryFixtures fixtures = new RegistryFixtures(this.employers, this.workers);
		this.employer = fixtures.employer(DeclarationFixtures.supervisor("330105"), "330105001", "3311", 25);
		// Testing is owed where a post has a hazard factor: noise (3008).
		fixtures.post(DeclarationFixtures.supervisor("330105"), this.employer.id(), "3008");
		this.managerLogin = "clock-mgr-" + this.employer.id();
		this.users.ensureScoped(this.managerLogin, "EMPLOYER_MANAGER", "330105", Scope.Kind.EMPLOYER,
				this.employer.creditCode());
		// The registry's event starts the clocks; then the last testing is set to two years ago.
		DeclarationFixtures.eventually(() -> this.jdbc
			.sql("select count(*) from testing.validity_clock where employer_id = :id")
			.param("id", this.employer.id())
			.query(Long.class)
			.single(), n -> n == 2);
		this.jdbc.sql("""
				update testing.validity_clock set last_done_on = current_date - 730, anchor_on = current_date - 730,
				    due_on = current_date - 730 + make_interval(months => months)
				where employer_id = :id and kind = 'TESTING'""").param("id", this.employer.id()).update();
	}

	@Test
	void aCountySupervisorSeesAndExportsTheOverdueEmployerAnotherCountyDoesNot() throws Exception {
		String list = page("/testing/clocks?due=overdue&q=" + this.employer.creditCode(), "clock-county");
		assertThat(list).contains(this.employer.name(), "职业病危害因素定期检测", "clock-overdue", "第二十条");
		assertThat(list).doesNotContain("职业病危害现状评价</span>");

		MvcResult export = this.mvc.perform(get("/testing/clocks/export.xlsx").param("due", "overdue")
			.param("q", this.employer.creditCode())
			.with(this.users.as("clock-county"))).andReturn();
		try (ReadableWorkbook workbook = new ReadableWorkbook(
				new ByteArrayInputStream(export.getResponse().getContentAsByteArray()))) {
			List<Row> rows = workbook.getFirstSheet().read();
			assertThat(rows).hasSize(2);
			assertThat(rows.get(1).getCellText(0)).isEqualTo(this.employer.name());
			assertThat(rows.get(1).getCellText(3)).isEqualTo("职业病危害因素定期检测");
			assertThat(rows.get(1).getCellAsNumber(8).orElseThrow().intValue()).isNegative();
		}

		String other = page("/testing/clocks?due=all&q=" + this.employer.creditCode(), "clock-xihu");
		assertThat(other).doesNotContain(this.employer.name()).contains("clock-empty");
	}

	@Test
	void theEmployersManagerSeesTheDueDatesOnTheCase() throws Exception {
		String tab = page("/employers/" + this.employer.id() + "?tab=testing", this.managerLogin);
		assertThat(tab).contains("data-testid=\"tab-testing\"", "data-testid=\"testing-clocks\"", "职业病危害因素定期检测",
				"职业病危害现状评价", "clock-overdue");
	}

	private String page(String path, String login) throws Exception {
		MvcResult result = this.mvc.perform(get(path).with(this.users.as(login))).andReturn();
		assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
		return result.getResponse().getContentAsString();
	}

}
