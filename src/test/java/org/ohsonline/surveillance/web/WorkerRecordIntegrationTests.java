package org.ohsonline.surveillance.web;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ohsonline.IntegrationTest;
import org.ohsonline.TestUsers;
import org.ohsonline.iam.internal.UserAdministration;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.PageQuery;
import org.ohsonline.surveillance.ExamFilter;
import org.ohsonline.surveillance.ExamSummary;
import org.ohsonline.surveillance.ExamView;
import org.ohsonline.surveillance.Exams;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The worker's record (一人一档) with its health-surveillance card, on the demo data: the demo worker
 * (王建国 of the demo employer, examined by the synthetic generator) sees their own exams, hearing
 * chart and report, and nothing of another worker; the county supervisor sees the same record.
 */
@IntegrationTest
class WorkerRecordIntegrationTests {

	private static final Actor SYSTEM = Actor.system("test");

	@Autowired
	MockMvc mvc;

	@Autowired
	Exams exams;

	@Autowired
	UserAdministration administration;

	@Autowired
	UserDetailsService details;

	TestUsers users;

	@BeforeEach
	void setUp() {
		this.users = new TestUsers(this.administration, this.details);
	}

	private long ownWorkerId() throws Exception {
		String page = this.mvc.perform(get("/workers/mine").with(this.users.as("worker")))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		return Long.parseLong(page.replaceAll(".*/", ""));
	}

	/** The worker's exams as the system sees them, each with its report issued with the conclusion. */
	private List<ExamView> ownExamsWithAReport(long workerId) {
		List<ExamView> own = this.exams.ofWorker(SYSTEM, workerId);
		assertThat(own).as("the synthetic generator examines the demo worker").isNotEmpty();
		assertThat(own).as("the demo worker's reports are issued with their exams").allSatisfy(
				e -> assertThat(e.reportCode()).isNotNull());
		return own;
	}

	@Test
	void aWorkerSeesTheirOwnExamsHearingAndReportOnTheirRecord() throws Exception {
		long own = ownWorkerId();
		List<ExamView> exams = ownExamsWithAReport(own);
		String page = this.mvc.perform(get("/workers/{id}", own).with(this.users.as("worker")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-testid=\"surveillance-record\"")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		for (ExamView exam : exams) {
			assertThat(page).contains(exam.number());
		}
		assertThat(page).contains("/surveillance/exams/" + exams.get(0).id() + "/report.pdf");
		if (exams.stream().anyMatch(e -> !e.audiogram().isEmpty())) {
			assertThat(page).contains("data-testid=\"hearing-chart\"").contains("&quot;frequencies&quot;");
		}
		this.mvc.perform(get("/surveillance/exams/{id}/report.pdf", exams.get(0).id()).with(this.users.as("worker")))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/pdf"));
	}

	@Test
	void aWorkerCannotSeeAnotherWorkersRecordExamOrReport() throws Exception {
		long own = ownWorkerId();
		ExamSummary other = this.exams.search(SYSTEM, ExamFilter.none(), PageQuery.of(1, 50))
			.items()
			.stream()
			.filter(e -> e.workerId() != own)
			.findFirst()
			.orElseThrow();
		this.exams.report(SYSTEM, other.id());
		this.mvc.perform(get("/workers/{id}", other.workerId()).with(this.users.as("worker")))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/surveillance/exams/{id}", other.id()).with(this.users.as("worker")))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/surveillance/exams/{id}/report.pdf", other.id()).with(this.users.as("worker")))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/surveillance/exams").with(this.users.as("worker")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(other.number()))));
	}

	@Test
	void aSupervisorInScopeSeesTheWorkersExamsOnTheRecord() throws Exception {
		long own = ownWorkerId();
		List<ExamView> exams = this.exams.ofWorker(SYSTEM, own);
		assertThat(exams).isNotEmpty();
		this.mvc.perform(get("/workers/{id}", own).with(this.users.as("county")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-testid=\"record-exams\"")))
			.andExpect(content().string(containsString(exams.get(exams.size() - 1).number())));
	}

}
