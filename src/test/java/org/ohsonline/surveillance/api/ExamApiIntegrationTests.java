package org.ohsonline.surveillance.api;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ohsonline.ApiTokens;
import org.ohsonline.IntegrationTest;
import org.ohsonline.TestUsers;
import org.ohsonline.agency.Agencies;
import org.ohsonline.agency.AgencyView;
import org.ohsonline.iam.internal.UserAdministration;
import org.ohsonline.iam.internal.UserCommand;
import org.ohsonline.registry.EmployerView;
import org.ohsonline.registry.Employers;
import org.ohsonline.registry.RegistryFixtures;
import org.ohsonline.registry.StructureViews;
import org.ohsonline.registry.Workers;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.IdNumber;
import org.ohsonline.shared.Scope;
import org.ohsonline.surveillance.ExamFixtures;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Institutions submit exams by the API with a token: a batch answered record by record, a replay
 * with the same Idempotency-Key answered from the store without recording anything again, the key
 * refused for another body, hazards outside the institution's qualification rejected.
 */
@IntegrationTest
class ExamApiIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Agencies agencies;

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

	String token;

	EmployerView employer;

	String idNumber;

	@BeforeEach
	void setUp() throws Exception {
		Actor county = ExamFixtures.county();
		RegistryFixtures registry = new RegistryFixtures(this.employers, this.workers);
		this.employer = registry.employer(county, "330105001", "3311", 30);
		StructureViews.Post post = registry.post(county, this.employer.id(), ExamFixtures.NOISE, ExamFixtures.SILICA);
		this.idNumber = RegistryFixtures.idNumber("330105");
		registry.hire(county, this.employer.id(), post.id(), this.idNumber);
		// Qualified for physical factors (3) only: noise yes, silica (dust, 1) no.
		AgencyView institution = ExamFixtures.institution(this.agencies, county, "3");
		String username = "exam-api-" + institution.id();
		Actor system = Actor.system("test");
		UserAdministration.WithPassword created = this.administration.create(system, new UserCommand(username, username,
				"330105", institution.creditCode(), Set.of("INSTITUTION_STAFF"), null, true));
		Actor self = new Actor(created.user().id(), username, username, "330105",
				new Scope(Scope.Kind.INSTITUTION, institution.creditCode()), Set.of(), "127.0.0.1", Actor.Channel.UI);
		this.administration.changeOwnPassword(self, created.oneTimePassword(), TestUsers.PASSWORD, TestUsers.PASSWORD);
		this.token = ApiTokens.issue(this.mvc, new TestUsers(this.administration, this.details).as(username),
				"surveillance:exam:read", "surveillance:exam:write");
	}

	private String batch(String hazard, String conclusion, LocalDate on) {
		return "{\"exams\":[" + record(this.idNumber, hazard, conclusion, on) + "]}";
	}

	private String record(String idNumber, String hazard, String conclusion, LocalDate on) {
		String thresholds = "[{\"ear\":\"L\",\"frequencyHz\":2000,\"thresholdDb\":10},"
				+ "{\"ear\":\"L\",\"frequencyHz\":3000,\"thresholdDb\":15},{\"ear\":\"L\",\"frequencyHz\":4000,\"thresholdDb\":20},"
				+ "{\"ear\":\"R\",\"frequencyHz\":2000,\"thresholdDb\":10},{\"ear\":\"R\",\"frequencyHz\":3000,\"thresholdDb\":10},"
				+ "{\"ear\":\"R\",\"frequencyHz\":4000,\"thresholdDb\":15}]";
		return "{\"employerCreditCode\":\"" + this.employer.creditCode() + "\",\"workerIdNumber\":\"" + idNumber
				+ "\",\"examType\":\"02\",\"examinedOn\":\"" + on + "\",\"conclusions\":[{\"hazardCode\":\"" + hazard
				+ "\",\"conclusion\":\"" + conclusion + "\"}],\"audiogram\":" + thresholds
				+ ",\"chestResult\":\"0\",\"fvcPercent\":95,\"fev1Percent\":90,\"fev1FvcPercent\":80}";
	}

	private long exams() {
		return this.jdbc.sql("select count(*) from surveillance.exam where employer_id = :e")
			.param("e", this.employer.id())
			.query(Long.class)
			.single();
	}

	@Test
	void aReplayWithTheSameKeyReturnsTheStoredAnswerAndRecordsNothing() throws Exception {
		String body = batch(ExamFixtures.NOISE, "01", LocalDate.now().minusDays(3));
		String first = this.mvc.perform(post("/api/v1/surveillance/exams").header("Authorization", "Bearer " + this.token)
				.header("Idempotency-Key", "batch-" + this.employer.id())
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.created").value(1))
			.andExpect(jsonPath("$.replayed").value(false))
			.andExpect(jsonPath("$.results[0].status").value("created"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(exams()).isEqualTo(1);
		String examId = first.replaceAll(".*\"examId\":(\\d+).*", "$1");
		this.mvc.perform(post("/api/v1/surveillance/exams").header("Authorization", "Bearer " + this.token)
				.header("Idempotency-Key", "batch-" + this.employer.id())
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.replayed").value(true))
			.andExpect(jsonPath("$.results[0].examId").value(Long.parseLong(examId)));
		assertThat(exams()).isEqualTo(1);
		// The same key with another body is refused and records nothing.
		this.mvc.perform(post("/api/v1/surveillance/exams").header("Authorization", "Bearer " + this.token)
				.header("Idempotency-Key", "batch-" + this.employer.id())
				.contentType(MediaType.APPLICATION_JSON)
				.content(batch(ExamFixtures.NOISE, "02", LocalDate.now().minusDays(3))))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		assertThat(exams()).isEqualTo(1);
		// The institution reads its exam; without a key a submission is refused.
		this.mvc.perform(get("/api/v1/surveillance/exams/{id}", examId).header("Authorization", "Bearer " + this.token))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.conclusions[0].conclusion").value("NORMAL"))
			.andExpect(jsonPath("$.idNumberMasked").value(org.hamcrest.Matchers.not(this.idNumber)));
		this.mvc.perform(post("/api/v1/surveillance/exams").header("Authorization", "Bearer " + this.token)
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("Idempotency-Key"));
	}

	@Test
	void rejectsAHazardOutsideTheInstitutionsQualification() throws Exception {
		this.mvc.perform(post("/api/v1/surveillance/exams").header("Authorization", "Bearer " + this.token)
				.header("Idempotency-Key", "silica-" + this.employer.id())
				.contentType(MediaType.APPLICATION_JSON)
				.content(batch(ExamFixtures.SILICA, "01", LocalDate.now().minusDays(3))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.created").value(0))
			.andExpect(jsonPath("$.rejected").value(1))
			.andExpect(jsonPath("$.results[0].status").value("rejected"))
			.andExpect(jsonPath("$.results[0].errors[0].field").value("conclusions[0].hazardCode"))
			.andExpect(jsonPath("$.results[0].errors[0].code").value("surveillance.exam.notQualified"));
		assertThat(exams()).isZero();
	}

	/**
	 * One bad record is rejected on its own, like a record of an XML import: an identity number with
	 * the wrong check character, a record that is not an object and a date that is not a date are
	 * answered record by record, in the caller's language, and the valid record is still recorded.
	 */
	@Test
	void rejectsBadRecordsOneByOneAndRecordsTheRestOfTheBatch() throws Exception {
		char check = IdNumber.checkCharacter(this.idNumber.substring(0, 17));
		String wrongCheck = this.idNumber.substring(0, 17) + (check == '1' ? '2' : '1');
		LocalDate on = LocalDate.now().minusDays(4);
		String body = "{\"exams\":[" + record(this.idNumber, ExamFixtures.NOISE, "01", on) + ","
				+ record(wrongCheck, ExamFixtures.NOISE, "01", on) + ",null,"
				+ record(this.idNumber, ExamFixtures.NOISE, "01", on).replace(on.toString(), "yesterday") + "]}";
		this.mvc.perform(post("/api/v1/surveillance/exams").header("Authorization", "Bearer " + this.token)
				.header("Idempotency-Key", "mixed-" + this.employer.id())
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.created").value(1))
			.andExpect(jsonPath("$.rejected").value(3))
			.andExpect(jsonPath("$.results[0].status").value("created"))
			.andExpect(jsonPath("$.results[1].status").value("rejected"))
			.andExpect(jsonPath("$.results[1].errors[0].field").value("workerIdNumber"))
			.andExpect(jsonPath("$.results[1].errors[0].code").value("shared.idNumber.checkCharacter"))
			.andExpect(jsonPath("$.results[1].errors[0].message").value("身份证号码无效：校验码应为“" + check + "”"))
			.andExpect(jsonPath("$.results[2].errors[0].code").value("surveillance.api.recordMalformed"))
			.andExpect(jsonPath("$.results[3].errors[0].field").value("examinedOn"))
			.andExpect(jsonPath("$.results[3].errors[0].code").value("shared.input.date"));
		assertThat(exams()).isEqualTo(1);
		// The same problem in English for a caller who asks for it.
		this.mvc.perform(post("/api/v1/surveillance/exams").param("lang", "en")
				.header("Authorization", "Bearer " + this.token)
				.header("Idempotency-Key", "english-" + this.employer.id())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"exams\":[" + record(wrongCheck, ExamFixtures.NOISE, "01", on) + "]}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.results[0].errors[0].message")
				.value("Invalid identity number: the check character should be '" + check + "'"));
		assertThat(exams()).isEqualTo(1);
	}

	/** A conclusion's detail is held to 500 characters whatever the conclusion (it was only for some). */
	@Test
	void rejectsARecordWhoseConclusionDetailIsTooLong() throws Exception {
		LocalDate on = LocalDate.now().minusDays(5);
		String record = record(this.idNumber, ExamFixtures.NOISE, "01", on).replace("\"conclusion\":\"01\"}",
				"\"conclusion\":\"01\",\"detail\":\"" + "详".repeat(501) + "\"}");
		this.mvc.perform(post("/api/v1/surveillance/exams").header("Authorization", "Bearer " + this.token)
				.header("Idempotency-Key", "detail-" + this.employer.id())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"exams\":[" + record + "]}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.results[0].status").value("rejected"))
			.andExpect(jsonPath("$.results[0].errors[0].field").value("conclusions[0].detail"))
			.andExpect(jsonPath("$.results[0].errors[0].message").value("最多 500 字"));
		assertThat(exams()).isZero();
	}

}
