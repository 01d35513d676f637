package org.ohsonline.testing.web;

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
import org.ohsonline.testing.JobFilter;
import org.ohsonline.testing.JobStatus;
import org.ohsonline.testing.JobStep;
import org.ohsonline.testing.JobSummary;
import org.ohsonline.testing.JobView;
import org.ohsonline.testing.SamplingMode;
import org.ohsonline.testing.TestingFixtures;
import org.ohsonline.testing.TestingJobs;
import org.ohsonline.shared.PageQuery;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The new-job form as an agency's staff use it: the engaged employer is offered, its posts' hazards
 * become plan rows, a complete form creates a draft with its participants and plan, an incomplete
 * one says what is missing beside the row it belongs to and creates nothing.
 */
@IntegrationTest
class JobFormIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestingJobs jobs;

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

	String login;

	@BeforeEach
	void setUp() {
		this.users = new TestUsers(this.administration, this.details);
		this.s = new TestingFixtures(this.agencies, this.staff, this.engagements, this.employers, this.workers)
			.setting("330105", "330105");
		this.login = "jobform-" + this.s.agency().id();
		this.users.ensureScoped(this.login, "AGENCY_STAFF", "330105", Scope.Kind.AGENCY, this.s.agency().creditCode());
		this.users.ensure("jobform-county", "COUNTY_SUPERVISOR", "330105", null);
	}

	@Test
	void aCompleteFormCreatesADraftWithItsParticipantsAndPlan() throws Exception {
		String chooser = page("/testing/jobs/new");
		assertThat(chooser).contains("data-search-picker").doesNotContain("data-testid=\"job-form\"");
		// The employer picker searches the engaged employers as the user types.
		String name = this.s.employer().name();
		assertThat(page("/testing/jobs/new/employers?q=" + name.substring(0, 4)))
			.contains(name, "\"id\":\"" + this.s.employer().id() + "\"");
		String form = page("/testing/jobs/new?employerId=" + this.s.employer().id());
		String benzene = this.s.post().id() + ":2013";
		assertThat(form).contains("data-testid=\"job-form\"", "value=\"" + benzene + "\"", this.s.sampler().name());

		MvcResult created = this.mvc.perform(complete(benzene, "焊接车间苯定期检测").param("plan[2].pointName", "焊接工位")
			.with(this.users.as(this.login))
			.with(csrf())).andReturn();
		assertThat(created.getResponse().getRedirectedUrl()).startsWith("/testing/jobs/");
		long id = Long.parseLong(created.getResponse().getRedirectedUrl().substring("/testing/jobs/".length()));
		JobView job = this.jobs.find(this.s.author(), id);
		assertThat(job.status()).isEqualTo(JobStatus.DRAFT);
		assertThat(job.plan()).singleElement().satisfies(row -> {
			assertThat(row.factorCode()).isEqualTo("2013");
			assertThat(row.pointName()).isEqualTo("焊接工位");
			assertThat(row.mode()).isEqualTo(SamplingMode.AREA);
			assertThat(row.plannedSamples()).isEqualTo(3);
			assertThat(row.toxicityClass()).isEqualTo(org.ohsonline.reference.ToxicityClass.HIGH);
			assertThat(row.labourIntensity()).isEqualTo(org.ohsonline.reference.LabourIntensity.I);
		});
		assertThat(job.participants()).extracting(JobView.ParticipantView::step, JobView.ParticipantView::staffId)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(JobStep.SAMPLING, this.s.sampler().id()));
	}

	@Test
	void anIncompleteFormSaysWhatIsMissingBesideItsRowAndCreatesNothing() throws Exception {
		long before = count();
		String benzene = this.s.post().id() + ":2013";
		MvcResult refused = this.mvc.perform(complete(benzene, " ")
			.with(this.users.as(this.login))
			.with(csrf())).andReturn();
		assertThat(refused.getResponse().getStatus()).isEqualTo(200);
		String page = refused.getResponse().getContentAsString();
		assertThat(page).contains("data-testid=\"form-errors\"", "请填写任务范围。", "请填写采样点。");
		// The missing point is shown in the third row, where it was left out (rows 1 and 2 are blank).
		assertThat(page).containsPattern("(?s)name=\"plan\\[2\\]\\.pointName\"[^>]*is-invalid|is-invalid[^>]*name=\"plan\\[2\\]\\.pointName\"");
		assertThat(count()).isEqualTo(before);

		assertThat(this.mvc.perform(complete(benzene, "焊接车间苯定期检测").with(this.users.as(this.login))).andReturn().getResponse().getStatus())
			.as("without CSRF").isEqualTo(403);
		assertThat(this.mvc.perform(get("/testing/jobs/new").with(this.users.as("jobform-county"))).andReturn()
			.getResponse()
			.getStatus()).as("a supervisor opens no jobs").isEqualTo(403);
	}

	@Test
	void aChemicalWithoutItsToxicityClassIsRefusedBesideItsRowAndCreatesNothing() throws Exception {
		long before = count();
		String benzene = this.s.post().id() + ":2013";
		String form = page("/testing/jobs/new?employerId=" + this.s.employer().id());
		assertThat(form).contains("按 GBZ 230 由机构填写", "name=\"plan[0].toxicityClass\"", "name=\"plan[0].irregularWeek\"");

		MvcResult refused = this.mvc.perform(complete(benzene, "焊接车间苯定期检测", "").param("plan[2].pointName", "焊接工位")
			.with(this.users.as(this.login))
			.with(csrf())).andReturn();
		assertThat(refused.getResponse().getStatus()).isEqualTo(200);
		String page = refused.getResponse().getContentAsString();
		assertThat(page).contains("化学因素须填写毒物危害程度");
		assertThat(page).containsPattern(
				"(?s)name=\"plan\\[2\\]\\.toxicityClass\"[^>]*is-invalid|is-invalid[^>]*name=\"plan\\[2\\]\\.toxicityClass\"");
		assertThat(count()).isEqualTo(before);
	}

	private MockHttpServletRequestBuilder complete(String target, String scope) {
		return complete(target, scope, "HIGH");
	}

	private MockHttpServletRequestBuilder complete(String target, String scope, String toxicityClass) {
		return post("/testing/jobs").param("employerId", String.valueOf(this.s.employer().id()))
			.param("jobType", "PERIODIC_TESTING")
			.param("samplingFrom", java.time.LocalDate.now().toString())
			.param("samplingTo", java.time.LocalDate.now().toString())
			.param("scope", scope)
			.param("methods", "GBZ 159-2004; GBZ/T 300.66-2017")
			.param("samplingStaff", String.valueOf(this.s.sampler().id()))
			.param("plan[2].target", target)
			.param("plan[2].mode", "AREA")
			.param("plan[2].plannedSamples", "3")
			.param("plan[2].toxicityClass", toxicityClass)
			.param("plan[2].labourIntensity", "I");
	}

	private long count() {
		return this.jobs.search(this.s.author(), new JobFilter(null, null, this.s.employer().id(), null, null, null, null,
				null, null), PageQuery.of(1, 1)).total();
	}

	private String page(String path) throws Exception {
		MvcResult result = this.mvc.perform(get(path).with(this.users.as(this.login))).andReturn();
		assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
		return result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
	}

}
