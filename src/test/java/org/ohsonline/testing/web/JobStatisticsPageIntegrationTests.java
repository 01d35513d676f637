package org.ohsonline.testing.web;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.ohsonline.IntegrationTest;
import org.ohsonline.TestUsers;
import org.ohsonline.iam.internal.UserAdministration;
import org.ohsonline.shared.Actor;
import org.ohsonline.testing.GroupStatistics;
import org.ohsonline.testing.TestingJobs;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The EN 689 card of a job's page says in words, beside the statistical decision, why it may differ
 * from the single-day verdicts of the same shifts (the demo agency's seeded jobs carry such groups).
 */
@IntegrationTest
class JobStatisticsPageIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestingJobs jobs;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserAdministration administration;

	@Autowired
	UserDetailsService details;

	@Test
	void theStatisticsCardExplainsTheDecisionBesideTheSingleDayVerdicts() throws Exception {
		Actor system = Actor.system("test");
		List<Long> synthetic = this.jdbc.sql("select id from testing.job where synthetic order by id").query(Long.class).list();
		long job = synthetic.stream()
			.filter(id -> this.jobs.statistics(system, id).stream().anyMatch(g -> g.assessment() != null))
			.findFirst()
			.orElseThrow(() -> new AssertionError("the demo jobs have a group with EN 689 statistics"));
		GroupStatistics group = this.jobs.statistics(system, job)
			.stream()
			.filter(g -> g.assessment() != null)
			.findFirst()
			.orElseThrow();

		MvcResult result = this.mvc.perform(get("/testing/jobs/" + job)
			.with(new TestUsers(this.administration, this.details).as("county"))).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		String page = result.getResponse().getContentAsString();
		assertThat(page).contains("data-testid=\"statistics-why\"", "为什么统计判定可能与单日判定不同");
		assertThat(group.explanation().code()).startsWith("testing.statistics.why.");
		// The words of the first group's case, with its figures.
		assertThat(page).contains(group.explanation().arguments().get(0));

		MvcResult english = this.mvc.perform(get("/testing/jobs/" + job).param("lang", "en")
			.with(new TestUsers(this.administration, this.details).as("county"))).andReturn();
		assertThat(english.getResponse().getContentAsString())
			.contains("Why the statistical decision may differ from the single-day verdicts");
	}

}
