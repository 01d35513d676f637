package org.ohsonline.surveillance.web;

import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.ohsonline.IntegrationTest;
import org.ohsonline.TestUsers;
import org.ohsonline.agency.Agencies;
import org.ohsonline.agency.AgencyView;
import org.ohsonline.agency.ExamType;
import org.ohsonline.iam.internal.UserAdministration;
import org.ohsonline.registry.EmployerView;
import org.ohsonline.registry.Employers;
import org.ohsonline.registry.RegistryFixtures;
import org.ohsonline.registry.StructureViews;
import org.ohsonline.registry.Workers;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.PiiCipher;
import org.ohsonline.shared.Scope;
import org.ohsonline.surveillance.ExamFixtures;
import org.ohsonline.surveillance.ExamView;
import org.ohsonline.surveillance.Exams;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issued means visible: an exam's report is issued when the exam is concluded, so the worker reads
 * and downloads it right away, before the institution (or anyone) has downloaded it.
 */
@IntegrationTest
class ExamReportIssuedIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Exams exams;

	@Autowired
	Employers employers;

	@Autowired
	Workers workers;

	@Autowired
	Agencies agencies;

	@Autowired
	PiiCipher cipher;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserAdministration administration;

	@Autowired
	UserDetailsService details;

	@Test
	void theWorkerSeesAndDownloadsTheReportRightAfterTheExamIsConcluded() throws Exception {
		Actor county = ExamFixtures.county();
		RegistryFixtures registry = new RegistryFixtures(this.employers, this.workers);
		EmployerView employer = registry.employer(county, "330105001", "3311", 30);
		StructureViews.Post post = registry.post(county, employer.id(), ExamFixtures.NOISE);
		String idNumber = RegistryFixtures.idNumber("330105");
		long workerId = registry.hire(county, employer.id(), post.id(), idNumber).workerId();
		AgencyView institution = ExamFixtures.institution(this.agencies, county, "3");
		TestUsers users = new TestUsers(this.administration, this.details);
		String login = "report-worker-" + workerId;
		users.ensureScoped(login, "WORKER", "3301", Scope.Kind.PERSON, this.cipher.blindIndex(idNumber));

		ExamView exam = this.exams.record(ExamFixtures.staffOf(institution),
				ExamFixtures.noise(employer, idNumber, ExamType.IN_SERVICE, LocalDate.now(ZoneId.of("Asia/Shanghai")),
						ExamFixtures.normal(ExamFixtures.NOISE), ExamFixtures.audiogram(10, 15, 20, 10, 10, 15)));

		// Issued with the conclusion, in the institution's name, audited; nobody downloaded anything.
		assertThat(exam.reportNumber()).isEqualTo("BG" + exam.number().substring(2));
		assertThat(exam.reportCode()).hasSize(16);
		assertThat(this.jdbc.sql("select count(*) from audit.entry where action = 'surveillance.exam.reportIssued' "
				+ "and target_id = :id").param("id", String.valueOf(exam.id())).query(Long.class).single()).isEqualTo(1);

		this.mvc.perform(get("/workers/{id}", workerId).with(users.as(login)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/surveillance/exams/" + exam.id() + "/report.pdf")))
			.andExpect(content().string(not(containsString("报告尚未出具"))));
		byte[] pdf = this.mvc.perform(get("/surveillance/exams/{id}/report.pdf", exam.id()).with(users.as(login)))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/pdf"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		// The one issued document, served as issued: the same bytes for the institution and the worker.
		assertThat(this.exams.report(ExamFixtures.staffOf(institution), exam.id())).isEqualTo(pdf);
		this.mvc.perform(get("/verify/{code}", exam.reportCode()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(exam.reportNumber())));
	}

}
