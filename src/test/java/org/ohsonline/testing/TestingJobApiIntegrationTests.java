package org.ohsonline.testing;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ohsonline.ApiTokens;
import org.ohsonline.IntegrationTest;
import org.ohsonline.TestUsers;
import org.ohsonline.agency.Agencies;
import org.ohsonline.agency.AgencyStaff;
import org.ohsonline.agency.AgencyView;
import org.ohsonline.agency.Engagements;
import org.ohsonline.iam.internal.UserAdministration;
import org.ohsonline.iam.internal.UserCommand;
import org.ohsonline.registry.Employers;
import org.ohsonline.registry.Workers;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.Scope;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The agency API with real bearer tokens of agency users: a bulk submission with a bad row, the
 * idempotency replay and key conflict, and agency-scope isolation with clear problems.
 */
@IntegrationTest
class TestingJobApiIntegrationTests {

	@Autowired
	MockMvc mvc;

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

	@Autowired
	JdbcClient jdbc;

	final JsonMapper json = JsonMapper.builder().build();

	TestingFixtures.Setting s;

	String token;

	@BeforeEach
	void setUp() throws Exception {
		TestingFixtures fixtures = new TestingFixtures(this.agencies, this.staff, this.engagements, this.employers,
				this.workers);
		this.s = fixtures.setting("330105", "330105");
		this.token = tokenOf(this.s.agency());
	}

	@Test
	void storesTheValidResultsOfABulkSubmissionAndListsTheBadRowByIndexAndField() throws Exception {
		long post = this.s.post().id();
		Map<String, Object> body = jobBody(List.of(
				TestingFixtures.benzene(post, "A-1", "08:00", "12:00", null, "2.0"),
				TestingFixtures.benzene(post, "A-2", "13:00", "13:00", null, "3.0"),
				TestingFixtures.benzeneNotDetected(post, "A-3", "13:00", "17:00", "0.3")));
		MvcResult created = this.mvc
			.perform(post("/api/v1/testing/jobs").header("Authorization", "Bearer " + this.token)
				.header("Idempotency-Key", UUID.randomUUID().toString())
				.contentType(MediaType.APPLICATION_JSON)
				.content(this.json.writeValueAsString(body)))
			.andExpect(status().isCreated())
			.andExpect(header().exists("Location"))
			.andExpect(jsonPath("$.status").value("DRAFT"))
			.andExpect(jsonPath("$.results.received").value(3))
			.andExpect(jsonPath("$.results.stored.length()").value(2))
			.andExpect(jsonPath("$.results.rejected[0].index").value(1))
			.andExpect(jsonPath("$.results.rejected[0].field").value("end"))
			.andExpect(jsonPath("$.results.rejected[0].code").value("testing.result.durationNotPositive"))
			.andExpect(jsonPath("$.results.rejected[0].message").isNotEmpty())
			.andReturn();
		long id = this.json.readTree(created.getResponse().getContentAsString()).get("id").asLong();
		// C_TWA = (2.0 × 240 + 0.15 × 240) / 480 = (480 + 36) / 480 = 1.075 mg/m³ (the non-detect at LOD/2), ≤ 6.
		this.mvc.perform(get("/api/v1/testing/jobs/{id}", id).header("Authorization", "Bearer " + this.token))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.results.length()").value(2))
			.andExpect(jsonPath("$.results[?(@.sampleNumber == 'A-3')].nonDetect").value(true))
			.andExpect(jsonPath("$.exposures[0].decisive.rule").value("TWA"))
			.andExpect(jsonPath("$.exposures[0].decisive.value").value(1.075))
			.andExpect(jsonPath("$.exposures[0].decisive.limit").value(6));
	}

	@Test
	void replaysARepeatedKeyAndRefusesItWithAnotherBody() throws Exception {
		long post = this.s.post().id();
		long id = createJob();
		String key = UUID.randomUUID().toString();
		String first = this.json.writeValueAsString(Map.of("results",
				List.of(TestingFixtures.benzene(post, "R-1", "08:00", "16:00", null, "1.0"))));
		String answer = this.mvc
			.perform(post("/api/v1/testing/jobs/{id}/results", id).header("Authorization", "Bearer " + this.token)
				.header("Idempotency-Key", key)
				.contentType(MediaType.APPLICATION_JSON)
				.content(first))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.stored.length()").value(1))
			.andReturn()
			.getResponse()
			.getContentAsString();
		long audits = audits(id);
		this.mvc
			.perform(post("/api/v1/testing/jobs/{id}/results", id).header("Authorization", "Bearer " + this.token)
				.header("Idempotency-Key", key)
				.contentType(MediaType.APPLICATION_JSON)
				.content(first))
			.andExpect(status().isOk())
			.andExpect(content().json(answer));
		assertThat(results(id)).isEqualTo(1);
		assertThat(audits(id)).isEqualTo(audits);
		String other = this.json.writeValueAsString(Map.of("results",
				List.of(TestingFixtures.benzene(post, "R-2", "08:00", "16:00", null, "1.5"))));
		this.mvc
			.perform(post("/api/v1/testing/jobs/{id}/results", id).header("Authorization", "Bearer " + this.token)
				.header("Idempotency-Key", key)
				.contentType(MediaType.APPLICATION_JSON)
				.content(other))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value(org.hamcrest.Matchers.endsWith("idempotency-key-reused")));
		assertThat(results(id)).isEqualTo(1);
		this.mvc
			.perform(post("/api/v1/testing/jobs/{id}/results", id).header("Authorization", "Bearer " + this.token)
				.contentType(MediaType.APPLICATION_JSON)
				.content(other))
			.andExpect(status().isBadRequest());
	}

	@Test
	void anotherAgencyCannotReadOrWriteTheJobNorCreateOneForAnEmployerThatDoesNotEngageIt() throws Exception {
		long id = createJob();
		TestingFixtures.Setting other = new TestingFixtures(this.agencies, this.staff, this.engagements, this.employers,
				this.workers)
			.setting("330106", "330105");
		String stranger = tokenOf(other.agency());
		this.mvc.perform(get("/api/v1/testing/jobs/{id}", id).header("Authorization", "Bearer " + stranger))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/api/v1/testing/jobs/{id}/results", id).header("Authorization", "Bearer " + stranger)
				.header("Idempotency-Key", UUID.randomUUID().toString())
				.contentType(MediaType.APPLICATION_JSON)
				.content(this.json.writeValueAsString(Map.of("results",
						List.of(TestingFixtures.benzene(this.s.post().id(), "X-1", "08:00", "16:00", null, "1.0"))))))
			.andExpect(status().isNotFound());
		assertThat(results(id)).isZero();
		// The first agency's employer does not engage the second agency: 422, nothing stored.
		long before = jobsOf(other.agency());
		this.mvc
			.perform(post("/api/v1/testing/jobs").header("Authorization", "Bearer " + stranger)
				.header("Idempotency-Key", UUID.randomUUID().toString())
				.contentType(MediaType.APPLICATION_JSON)
				.content(this.json.writeValueAsString(jobBody(List.of()))))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.type").value(org.hamcrest.Matchers.endsWith("job-refused")))
			.andExpect(jsonPath("$.errors[0].code").value("testing.job.notEngaged"));
		assertThat(jobsOf(other.agency())).isEqualTo(before);
		// The job stays visible to its own agency, found by its number.
		this.mvc.perform(get("/api/v1/testing/jobs").param("q", number(id)).header("Authorization", "Bearer " + this.token))
			.andExpect(jsonPath("$.total").value(1));
	}

	@Test
	void refusesAChemicalPlanRowWithAnUnknownToxicityClassByFieldAndStoresNothing() throws Exception {
		long before = jobsOf(this.s.agency());
		Map<String, Object> row = new java.util.LinkedHashMap<>();
		row.put("postId", this.s.post().id());
		row.put("pointName", "焊接工位");
		row.put("factorCode", "2013");
		row.put("mode", "AREA");
		row.put("plannedSamples", 3);
		row.put("toxicityClass", "SEVERE");
		row.put("labourIntensity", "I");
		Map<String, Object> body = new java.util.LinkedHashMap<>(jobBody(List.of()));
		body.put("plan", List.of(row));
		this.mvc
			.perform(post("/api/v1/testing/jobs").header("Authorization", "Bearer " + this.token)
				.header("Idempotency-Key", UUID.randomUUID().toString())
				.contentType(MediaType.APPLICATION_JSON)
				.content(this.json.writeValueAsString(body)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("plan[0].toxicityClass"))
			.andExpect(jsonPath("$.errors[0].code").value("testing.plan.toxicityClassUnknown"))
			.andExpect(jsonPath("$.errors[0].message").isNotEmpty());
		row.remove("toxicityClass");
		this.mvc
			.perform(post("/api/v1/testing/jobs").header("Authorization", "Bearer " + this.token)
				.header("Idempotency-Key", UUID.randomUUID().toString())
				.contentType(MediaType.APPLICATION_JSON)
				.content(this.json.writeValueAsString(body)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("plan[0].toxicityClass"))
			.andExpect(jsonPath("$.errors[0].code").value("testing.plan.toxicityClassRequired"));
		assertThat(jobsOf(this.s.agency())).isEqualTo(before);
	}

	private long createJob() throws Exception {
		String answer = this.mvc
			.perform(post("/api/v1/testing/jobs").header("Authorization", "Bearer " + this.token)
				.header("Idempotency-Key", UUID.randomUUID().toString())
				.contentType(MediaType.APPLICATION_JSON)
				.content(this.json.writeValueAsString(jobBody(List.of()))))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		JsonNode node = this.json.readTree(answer);
		return node.get("id").asLong();
	}

	private Map<String, Object> jobBody(List<ResultInput> results) {
		JobCommand job = TestingFixtures.job(this.s);
		return Map.ofEntries(Map.entry("employerId", job.employerId()), Map.entry("jobType", job.jobType()),
				Map.entry("samplingFrom", job.samplingFrom()), Map.entry("samplingTo", job.samplingTo()),
				Map.entry("scope", job.scope()), Map.entry("methods", job.methods()),
				Map.entry("participants", job.participants()), Map.entry("plan", job.plan()),
				Map.entry("results", results));
	}

	/** A user of the agency (role AGENCY_STAFF, scope its credit code) and a token with the testing permissions. */
	private String tokenOf(AgencyView agency) throws Exception {
		String username = "tj-" + agency.id();
		Actor system = Actor.system("test");
		UserAdministration.WithPassword created = this.administration.create(system, new UserCommand(username, username,
				agency.regionCode(), agency.creditCode(), Set.of("AGENCY_STAFF"), null, true));
		Actor self = new Actor(created.user().id(), username, username, agency.regionCode(),
				new Scope(Scope.Kind.AGENCY, agency.creditCode()), Set.of(), "127.0.0.1", Actor.Channel.UI);
		this.administration.changeOwnPassword(self, created.oneTimePassword(), TestUsers.PASSWORD, TestUsers.PASSWORD);
		return ApiTokens.issue(this.mvc, new TestUsers(this.administration, this.details).as(username),
				"testing:job:read", "testing:job:write");
	}

	private String number(long id) {
		return this.jdbc.sql("select number from testing.job where id = :id").param("id", id).query(String.class).single();
	}

	private long results(long jobId) {
		return this.jdbc.sql("select count(*) from testing.result where job_id = :id").param("id", jobId)
			.query(Long.class).single();
	}

	private long jobsOf(AgencyView agency) {
		return this.jdbc.sql("select count(*) from testing.job where agency_id = :id").param("id", agency.id())
			.query(Long.class).single();
	}

	private long audits(long jobId) {
		return this.jdbc.sql("select count(*) from audit.entry where target_type = 'testing-job' and target_id = :id")
			.param("id", String.valueOf(jobId))
			.query(Long.class)
			.single();
	}

}
