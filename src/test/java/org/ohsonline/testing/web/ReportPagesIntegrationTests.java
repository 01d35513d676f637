package org.ohsonline.testing.web;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ohsonline.IntegrationTest;
import org.ohsonline.TestUsers;
import org.ohsonline.agency.Agencies;
import org.ohsonline.agency.AgencyStaff;
import org.ohsonline.agency.Engagements;
import org.ohsonline.iam.internal.UserAdministration;
import org.ohsonline.registry.Employers;
import org.ohsonline.registry.Workers;
import org.ohsonline.shared.Scope;
import org.ohsonline.testing.JobView;
import org.ohsonline.testing.ReportView;
import org.ohsonline.testing.TestingFixtures;
import org.ohsonline.testing.TestingJobs;
import org.ohsonline.testing.TestingReports;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ohsonline.declaration.DeclarationFixtures.eventually;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Reports and testing history as people reach them: the job page lists the issued report and
 * serves its PDF, the agency's reviewer reissues it with a reason (and is told when the reason is
 * missing), and the employer's case shows the job in its testing tab.
 */
@IntegrationTest
class ReportPagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestingJobs jobs;

	@Autowired
	TestingReports reports;

	@Autowired
	Agencies agencies;

	@Autowired
	AgencyStaff staff;

	@Autowired
	Engagements engagements;

	@Autowired
	Employers employers;

	@Autowired
	Workers workers;

	@Autowired
	UserAdministration administration;

	@Autowired
	UserDetailsService details;

	TestUsers users;

	TestingFixtures.Setting s;

	JobView job;

	String reviewer;

	@BeforeEach
	void reviewAJob() {
		this.users = new TestUsers(this.administration, this.details);
		this.s = new TestingFixtures(this.agencies, this.staff, this.engagements, this.employers, this.workers)
			.setting("330105", "330105");
		long post = this.s.post().id();
		JobView draft = this.jobs.create(this.s.author(), TestingFixtures.job(this.s));
		this.jobs.addResults(this.s.author(), draft.id(),
				List.of(TestingFixtures.benzene(post, "B-1", "08:00", "12:00", null, "2.0"),
						TestingFixtures.noise(post, "N-1", "08:00", "16:00", "82")));
		this.jobs.submit(this.s.author(), draft.id());
		this.job = this.jobs.accept(this.s.reviewer(), draft.id());
		this.reviewer = "report-reviewer-" + this.s.agency().id();
		this.users.ensureScoped(this.reviewer, "AGENCY_STAFF", "330105", Scope.Kind.AGENCY, this.s.agency().creditCode());
		this.users.ensureScoped("report-mgr-" + this.s.employer().id(), "EMPLOYER_MANAGER", "330105", Scope.Kind.EMPLOYER,
				this.s.employer().creditCode());
		eventually(() -> this.reports.ofJob(this.s.author(), this.job.id()), r -> !r.isEmpty());
	}

	@Test
	void theJobPageListsTheReportServesItsPdfAndReissuesItWithAReason() throws Exception {
		String page = page("/testing/jobs/" + this.job.id(), this.reviewer);
		assertThat(page).contains("data-testid=\"reports\"", this.job.number(), "现行版本", "data-testid=\"reissue-form\"");
		ReportView first = this.reports.ofJob(this.s.author(), this.job.id()).get(0);

		MvcResult pdf = this.mvc.perform(get("/testing/reports/" + first.id() + "/report.pdf").with(this.users.as(this.reviewer)))
			.andReturn();
		assertThat(pdf.getResponse().getContentType()).isEqualTo("application/pdf");
		assertThat(org.ohsonline.shared.Hashes.sha256Hex(pdf.getResponse().getContentAsByteArray())).isEqualTo(first.sha256());

		// Without CSRF nothing happens; without a reason the form says so and nothing is issued.
		assertThat(this.mvc.perform(post("/testing/jobs/" + this.job.id() + "/reissue").param("reason", "更正")
			.with(this.users.as(this.reviewer))).andReturn().getResponse().getStatus()).isEqualTo(403);
		MvcResult blank = this.mvc.perform(post("/testing/jobs/" + this.job.id() + "/reissue").param("reason", " ")
			.with(this.users.as(this.reviewer))
			.with(csrf())).andReturn();
		assertThat(blank.getFlashMap().get("reissueError")).isNotNull();
		assertThat(this.reports.ofJob(this.s.author(), this.job.id())).hasSize(1);

		this.mvc.perform(post("/testing/jobs/" + this.job.id() + "/reissue").param("reason", "更正单位地址")
			.with(this.users.as(this.reviewer))
			.with(csrf())).andReturn();
		assertThat(page("/testing/jobs/" + this.job.id(), this.reviewer)).contains(this.job.number() + "-2", "已被取代",
				"更正原因：更正单位地址");
	}

	@Test
	void theEmployersCaseShowsTheJobInItsTestingTab() throws Exception {
		String tab = page("/employers/" + this.s.employer().id() + "?tab=testing", "report-mgr-" + this.s.employer().id());
		assertThat(tab).contains("data-testid=\"testing-history\"", this.job.number(), this.s.agency().name(), "已审核");
	}

	private String page(String path, String login) throws Exception {
		MvcResult result = this.mvc.perform(get(path).with(this.users.as(login))).andReturn();
		assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
		return result.getResponse().getContentAsString();
	}

}
