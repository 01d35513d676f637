package org.ohsonline.console;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.ohsonline.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Each role lands on its own home page: the cards that modules contribute for it, with figures
 * counted from the database, in both languages, and only the menus of its role.
 */
@IntegrationTest
class HomePageIntegrationTests {

	private static final List<String> DEMO_LOGINS = List.of("admin", "province", "city", "county", "inspector", "cdc",
			"employer", "agency", "institution", "diagnosis", "worker", "expert");

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService details;

	@Autowired
	JdbcClient jdbc;

	@Test
	void showsTheAdministratorUsersCatalogsAuditAndBackgroundWork() throws Exception {
		long users = this.jdbc.sql("select count(*) from iam.app_user where region_code like '33%'").query(Long.class).single();
		String page = home("admin", "zh-CN");
		assertThat(count(page, "users-total")).isEqualTo(users);
		assertThat(page).contains("data-testid=\"home-card-catalogs\"", "GB/T 4754-2017",
				"data-testid=\"home-card-audit\"", "data-testid=\"home-card-background\"", "浙江省");
		// The administrator holds every permission but supervises nothing: no supervisor's queues.
		assertThat(page).doesNotContain("home-card-exams-region", "home-card-employers-region",
				"home-card-declarations-region");
	}

	@Test
	void showsTheCountySupervisorTheEmployersOfTheirDistrictByTownship() throws Exception {
		long employers = this.jdbc.sql("select count(*) from registry.employer where region_code like '330105%'")
			.query(Long.class)
			.single();
		long serious = this.jdbc
			.sql("select count(*) from registry.employer where region_code like '330105%' and severity = 'SERIOUS'")
			.query(Long.class)
			.single();
		assertThat(serious).isPositive().isLessThan(employers);
		String page = home("county", "zh-CN");
		assertThat(page).contains("拱墅区");
		assertThat(count(page, "employers-total")).isEqualTo(employers);
		assertThat(count(page, "employers-serious")).isEqualTo(serious);
		// The chart's table view lists townships of the district, named from the division catalog.
		assertThat(page).contains("data-testid=\"employers-region-chart\"").containsPattern("<th scope=\"row\"[^>]*>[^<]*街道<");
		assertThat(page).doesNotContain("users-total");
	}

	@Test
	void showsAnEmployerManagerTheirOwnQueuesAndNothingOfTheRegion() throws Exception {
		this.mvc.perform(get("/").with(user(this.details.loadUserByUsername("employer"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-testid=\"account-username\">employer<")))
			.andExpect(content().string(containsString("data-testid=\"own-employer\"")))
			.andExpect(content().string(containsString("data-testid=\"home-card-declarations-employer\"")))
			.andExpect(content().string(containsString("data-testid=\"home-card-exams-employer\"")))
			.andExpect(content().string(containsString("data-testid=\"home-card-engagements-employer\"")))
			.andExpect(content().string(not(containsString("users-total"))))
			.andExpect(content().string(not(containsString("employers-total"))))
			.andExpect(content().string(not(containsString("href=\"/users\""))));
	}

	/** Every role's home renders every card it sees, in both languages, without a missing text. */
	@Test
	void rendersEveryDemoRolesHomeInBothLanguagesWithoutMissingTexts() throws Exception {
		for (String login : DEMO_LOGINS) {
			for (String language : List.of("zh-CN", "en")) {
				String page = home(login, language);
				assertThat(page).as(login + " " + language).contains("data-testid=\"home-card-");
				assertThat(page).as(login + " " + language)
					.doesNotContain("??", "home-card-failed", "null")
					.doesNotContainPattern("[a-z]+\\.home\\.[A-Za-z]+");
			}
		}
	}

	@Test
	void speaksEnglishWhenAsked() throws Exception {
		this.mvc.perform(get("/").param("lang", "en").with(user(this.details.loadUserByUsername("county"))))
			.andExpect(content().string(containsString("Jurisdiction overview")))
			.andExpect(content().string(containsString("Employers in the jurisdiction")))
			.andExpect(content().string(not(containsString("??"))));
	}

	/** A diagnosis institution's staff hold the exam institution's role, but not its menus. */
	@Test
	void givesTheDiagnosisInstitutionNoneOfTheExamInstitutionsMenus() throws Exception {
		String diagnosis = home("diagnosis", "zh-CN");
		assertThat(diagnosis).doesNotContain("href=\"/surveillance/calendar\"", "href=\"/surveillance/bookings\"")
			.contains("href=\"/diagnosis/cases\"", "data-testid=\"home-card-diagnosis-institution\"")
			.doesNotContain("data-testid=\"home-card-exams-institution\"");
		String institution = home("institution", "zh-CN");
		assertThat(institution).contains("href=\"/surveillance/calendar\"", "data-testid=\"home-card-exams-institution\"")
			.doesNotContain("href=\"/diagnosis/cases\"", "data-testid=\"home-card-diagnosis-institution\"",
					"data-testid=\"home-card-diagnosis-rehab\"");
	}

	/** Error pages keep the user's navigation (a handler that throws is never post-handled). */
	@Test
	void keepsTheNavigationOnErrorPages() throws Exception {
		this.mvc.perform(get("/employers/999999999").with(user(this.details.loadUserByUsername("county"))))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("data-testid=\"account-menu\"")))
			.andExpect(content().string(containsString("href=\"/declarations\"")));
	}

	private String home(String login, String language) throws Exception {
		return this.mvc
			.perform(get("/").param("lang", language.startsWith("en") ? "en" : "zh_CN")
				.with(user(this.details.loadUserByUsername(login))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	/** The count shown on a home line, by the line's test id. */
	private static long count(String page, String line) {
		Matcher m = Pattern.compile("data-testid=\"" + line + "\"[\\s\\S]*?home-count[^>]*>([\\d,]+)<").matcher(page);
		assertThat(m.find()).as("line " + line + " with a count").isTrue();
		return Long.parseLong(m.group(1).replace(",", ""));
	}

}
