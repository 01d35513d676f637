package org.ohsonline.registry;

import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ohsonline.ApiTokens;
import org.ohsonline.IntegrationTest;
import org.ohsonline.TestUsers;
import org.ohsonline.iam.internal.UserAdministration;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.CreditCode;
import org.ohsonline.shared.Scope;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The registry API: paging, scope, problem details, and identity numbers kept out of answers. */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class RegistryApiIntegrationTests {

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

	TestUsers users;

	RegistryFixtures fixtures;

	final Actor gongshu = new Actor(1, "api-test", "测试", "330105", Scope.region("330105"),
			Set.of("registry:employer:read", "registry:employer:write", "registry:worker:read", "registry:worker:write"),
			"127.0.0.1", Actor.Channel.API);

	@BeforeEach
	void setUp() {
		this.users = new TestUsers(this.administration, this.details);
		this.fixtures = new RegistryFixtures(this.employers, this.workers);
		this.users.ensure("registry-xihu", "COUNTY_SUPERVISOR", "330106", null);
	}

	@Test
	void searchesEmployersInScopeWithPaging() throws Exception {
		EmployerView employer = this.fixtures.employer(this.gongshu, "330105002", "3311", 10);
		String county = ApiTokens.issue(this.mvc, this.users.as("county"), "registry:employer:read");
		this.mvc.perform(get("/api/v1/employers").param("q", employer.creditCode()).param("size", "5")
				.header("Authorization", "Bearer " + county))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.size").value(5))
			.andExpect(jsonPath("$.items[0].creditCode").value(employer.creditCode()));
		String xihu = ApiTokens.issue(this.mvc, this.users.as("registry-xihu"), "registry:employer:read");
		this.mvc.perform(get("/api/v1/employers").param("q", employer.creditCode()).header("Authorization", "Bearer " + xihu))
			.andExpect(jsonPath("$.total").value(0));
		this.mvc.perform(get("/api/v1/employers/{id}", employer.id()).header("Authorization", "Bearer " + xihu))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void bindsEveryFilterOfTheListAndAnswersAPageThatIsNotANumberWithAProblemNamingIt() throws Exception {
		EmployerView employer = this.fixtures.employer(this.gongshu, "330105002", "3311", 10);
		String county = ApiTokens.issue(this.mvc, this.users.as("county"), "registry:employer:read");
		this.mvc.perform(get("/api/v1/employers").param("q", employer.creditCode()).param("region", "330105")
				.param("industry", "33").param("sizeClass", employer.sizeClass().name())
				.param("status", employer.status().name()).param("sort", "-name").param("page", "1").param("size", " 7 ")
				.header("Authorization", "Bearer " + county))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.size").value(7))
			.andExpect(jsonPath("$.items[0].creditCode").value(employer.creditCode()));
		this.mvc.perform(get("/api/v1/employers").param("q", employer.creditCode()).param("industry", "34")
				.header("Authorization", "Bearer " + county))
			.andExpect(jsonPath("$.total").value(0));
		this.mvc.perform(get("/api/v1/employers").param("page", "").param("size", "")
				.header("Authorization", "Bearer " + county))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.page").value(1))
			.andExpect(jsonPath("$.size").value(20));
		this.mvc.perform(get("/api/v1/employers").param("page", "two").header("Authorization", "Bearer " + county))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("page"))
			.andExpect(jsonPath("$.errors[0].code").value("shared.input.number"));
	}

	@Test
	void documentsTheQueryParametersOfTheList() throws Exception {
		this.mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/employers'].get.parameters[*].name",
					containsInAnyOrder("q", "region", "industry", "sizeClass", "severity", "status", "sort", "page",
							"size")));
	}

	/** A check character that does not check out is explained in the caller's language, not in English. */
	@Test
	void explainsAWrongCheckCharacterInTheCallersLanguage() throws Exception {
		String valid = RegistryFixtures.creditCode("330105");
		char check = CreditCode.checkCharacter(valid.substring(0, 17));
		String wrong = valid.substring(0, 17) + (check == '1' ? '2' : '1');
		String admin = ApiTokens.issue(this.mvc, this.users.as("admin"), "registry:employer:read", "registry:employer:write");
		String body = "{\"creditCode\":\"" + wrong + "\",\"name\":\"校验码\",\"regionCode\":\"330105001\","
				+ "\"address\":\"路\",\"industryCode\":\"3311\",\"employees\":5,\"legalRepresentative\":\"张\"}";
		this.mvc.perform(post("/api/v1/employers").header("Authorization", "Bearer " + admin)
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[?(@.field == 'creditCode')].message").value("统一社会信用代码无效：校验码应为“" + check + "”"));
		this.mvc.perform(post("/api/v1/employers").param("lang", "en")
				.header("Authorization", "Bearer " + admin)
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[?(@.field == 'creditCode')].message")
				.value("Invalid unified social credit code: the check character should be '" + check + "'"));
	}

	@Test
	void answersInvalidRegistrationsWithEveryFieldError() throws Exception {
		String admin = ApiTokens.issue(this.mvc, this.users.as("admin"), "registry:employer:read", "registry:employer:write");
		this.mvc.perform(post("/api/v1/employers").header("Authorization", "Bearer " + admin)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"creditCode\":\"91330105MA2ABCDEF0\",\"name\":\"x\",\"regionCode\":\"330105001\","
						+ "\"address\":\"路\",\"industryCode\":\"33\",\"employees\":5,\"legalRepresentative\":\"张\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[?(@.field == 'creditCode')]").exists())
			.andExpect(jsonPath("$.errors[?(@.field == 'industryCode')]").exists());
	}

	@Test
	void keepsTheFullIdentityNumberOutOfAnswersAndLogsUntilRevealed(CapturedOutput output) throws Exception {
		EmployerView employer = this.fixtures.employer(this.gongshu, "330105002", "3311", 10);
		String idNumber = RegistryFixtures.idNumber("330105");
		String admin = ApiTokens.issue(this.mvc, this.users.as("admin"), "registry:employer:read", "registry:worker:read",
				"registry:worker:write", "registry:worker:reveal");
		MvcResult hired = this.mvc.perform(post("/api/v1/employers/{id}/employments", employer.id())
				.header("Authorization", "Bearer " + admin)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"idNumber\":\"" + idNumber + "\",\"name\":\"接口工\",\"hiredOn\":\"2024-02-01\"}"))
			.andExpect(status().isCreated())
			.andReturn();
		assertThat(hired.getResponse().getContentAsString()).doesNotContain(idNumber);
		long workerId = Long.parseLong(hired.getResponse().getHeader("Location").replaceAll(".*/", ""));
		for (String path : new String[] { "/api/v1/workers/" + workerId, "/api/v1/workers/" + workerId + "/employments",
				"/api/v1/employers/" + employer.id() + "/workforce" }) {
			String body = this.mvc.perform(get(path).header("Authorization", "Bearer " + admin))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(body).as(path).doesNotContain(idNumber);
		}
		this.mvc.perform(post("/api/v1/workers/lookup").header("Authorization", "Bearer " + admin)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"idNumber\":\"" + idNumber + "\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value(workerId))
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(idNumber))));
		this.mvc.perform(post("/api/v1/workers/{id}/reveal", workerId).header("Authorization", "Bearer " + admin))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.idNumber").value(idNumber));
		String county = ApiTokens.issue(this.mvc, this.users.as("county"), "registry:worker:read");
		this.mvc.perform(post("/api/v1/workers/{id}/reveal", workerId).header("Authorization", "Bearer " + county))
			.andExpect(status().isForbidden());
		// Also a rejected hire: error messages must not echo the number either.
		this.mvc.perform(post("/api/v1/employers/{id}/employments", employer.id())
				.header("Authorization", "Bearer " + admin)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"idNumber\":\"" + idNumber + "\",\"name\":\"\",\"hiredOn\":\"2999-01-01\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(idNumber))));
		assertThat(output.getAll()).doesNotContain(idNumber);
	}

	@Test
	void changesAPostThroughTheApiAndAnswersAProblemForAPostOfAnotherEmployer() throws Exception {
		EmployerView employer = this.fixtures.employer(this.gongshu, "330105002", "3311", 10);
		EmployerView other = this.fixtures.employer(this.gongshu, "330105002", "3311", 10);
		long dusty = this.fixtures.post(this.gongshu, employer.id(), "1038").id();
		long noisy = this.fixtures.post(this.gongshu, employer.id(), "3008").id();
		long elsewhere = this.fixtures.post(this.gongshu, other.id(), "3008").id();
		EmploymentView hired = this.fixtures.hire(this.gongshu, employer.id(), dusty, RegistryFixtures.idNumber("330105"));
		String admin = ApiTokens.issue(this.mvc, this.users.as("admin"), "registry:worker:read", "registry:worker:write");
		this.mvc.perform(post("/api/v1/employments/{id}/post", hired.id()).header("Authorization", "Bearer " + admin)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"postId\":" + elsewhere + ",\"changedOn\":\"2025-01-02\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		this.mvc.perform(post("/api/v1/employments/{id}/post", hired.id()).header("Authorization", "Bearer " + admin)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"postId\":" + noisy + ",\"changedOn\":\"2025-01-02\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.postId").value(noisy));
		String county = ApiTokens.issue(this.mvc, this.users.as("county"), "registry:worker:read");
		this.mvc.perform(post("/api/v1/employments/{id}/post", hired.id()).header("Authorization", "Bearer " + county)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"postId\":" + dusty + ",\"changedOn\":\"2025-01-03\"}"))
			.andExpect(status().isForbidden());
	}

}
