package org.ohsonline.surveillance.web;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ohsonline.IntegrationTest;
import org.ohsonline.TestUsers;
import org.ohsonline.iam.internal.UserAdministration;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.PageQuery;
import org.ohsonline.surveillance.ExamFilter;
import org.ohsonline.surveillance.ExamSummary;
import org.ohsonline.surveillance.Exams;
import org.ohsonline.shared.web.SpreadsheetExport;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The exam pages on the demo data the synthetic generator seeds: the county sees the exams, exams
 * due and tasks of its region and exports them; an exam shows its conclusions; the entry form shows
 * the errors of a bad submission beside the fields; the employer login sees its own exams.
 */
@IntegrationTest
class ExamPagesIntegrationTests {

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

	@Test
	void theCountySeesListsOfExamsDueAndTasksAndExportsThem() throws Exception {
		long total = this.exams.search(Actor.system("test"), ExamFilter.none(), PageQuery.of(1, 1)).total();
		assertThat(total).as("demo exams seeded").isPositive();
		this.mvc.perform(get("/surveillance/exams").with(this.users.as("county")))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("data-testid=\"exam-table\"")));
		this.mvc.perform(get("/surveillance/exams").param("conclusion", "RECHECK").param("sort", "-worker")
				.header("HX-Request", "true")
				.with(this.users.as("county")))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("exam-total")));
		this.mvc.perform(get("/surveillance/exams/export.xlsx").with(this.users.as("county")))
			.andExpect(status().isOk())
			.andExpect(content().contentType(SpreadsheetExport.CONTENT_TYPE));
		this.mvc.perform(get("/surveillance/due").param("state", "overdue").with(this.users.as("county")))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("data-testid=\"due-table\"")));
		this.mvc.perform(get("/surveillance/due/export.xlsx").with(this.users.as("county")))
			.andExpect(status().isOk())
			.andExpect(content().contentType(SpreadsheetExport.CONTENT_TYPE));
		this.mvc.perform(get("/surveillance/tasks").with(this.users.as("county")))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("data-testid=\"task-table\"")));
		ExamSummary first = this.exams.search(Actor.system("test"), ExamFilter.none(), PageQuery.of(1, 1)).items().get(0);
		this.mvc.perform(get("/surveillance/exams/{id}", first.id()).with(this.users.as("county")))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString(first.number())))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("data-testid=\"exam-conclusions\"")));
		// The worker's and the employer's pages carry the exams on their timelines.
		this.mvc.perform(get("/workers/{id}", first.workerId()).with(this.users.as("county")))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString(first.number())));
	}

	@Test
	void theEntryFormShowsEveryProblemBesideItsFieldAndRecordsNothing() throws Exception {
		long before = this.exams.search(Actor.system("test"), ExamFilter.none(), PageQuery.of(1, 1)).total();
		this.mvc.perform(get("/surveillance/exams/new").with(this.users.as("institution")))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("data-testid=\"audiogram-grid\"")));
		this.mvc.perform(post("/surveillance/exams").with(csrf())
				.with(this.users.as("institution"))
				.param("employerCreditCode", "91330105MA2ABCDEF0")
				.param("workerIdNumber", "330105199001011234")
				.param("examType", "IN_SERVICE")
				.param("examinedOn", "2099-01-01")
				.param("conclusions[0].hazardCode", "9999")
				.param("conclusions[0].conclusion", "NORMAL"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("data-testid=\"form-errors\"")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("is-invalid")));
		assertThat(this.exams.search(Actor.system("test"), ExamFilter.none(), PageQuery.of(1, 1)).total())
			.isEqualTo(before);
	}

	@Test
	void theEmployerLoginSeesOnlyItsOwnExams() throws Exception {
		this.mvc.perform(get("/surveillance/exams").with(this.users.as("employer")))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("data-testid=\"exam-table\"")));
		ExamSummary other = this.exams.search(Actor.system("test"), ExamFilter.none(), PageQuery.of(1, 200))
			.items()
			.stream()
			.filter(e -> !e.employerName().contains("DEM"))
			.filter(e -> this.mvcStatus(e.id()) == 404)
			.findFirst()
			.orElse(null);
		assertThat(other).as("an exam of another employer is hidden from the employer login").isNotNull();
	}

	private int mvcStatus(long examId) {
		try {
			return this.mvc.perform(get("/surveillance/exams/{id}", examId).with(this.users.as("employer")))
				.andReturn()
				.getResponse()
				.getStatus();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
