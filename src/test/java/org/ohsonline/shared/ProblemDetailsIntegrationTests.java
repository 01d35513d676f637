package org.ohsonline.shared;

import org.junit.jupiter.api.Test;
import org.ohsonline.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Every API error, whatever raised it, is an RFC 9457 problem detail. */
@IntegrationTest
class ProblemDetailsIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	org.springframework.security.core.userdetails.UserDetailsService details;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@Test
	void answersAMissingTokenWith401() throws Exception {
		this.mvc.perform(get("/api/v1/me"))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(401))
			.andExpect(jsonPath("$.type").value("https://ohs-online.org/problems/unauthenticated"));
	}

	@Test
	void answersMalformedJsonInvalidFieldsAndUnknownPathsWithProblems() throws Exception {
		String token = adminToken();
		this.mvc
			.perform(post("/api/v1/users").header("Authorization", "Bearer " + token)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"username\": "))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		this.mvc
			.perform(post("/api/v1/users").header("Authorization", "Bearer " + token)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"username\":\"A\",\"displayName\":\"\",\"regionCode\":\"12\",\"roles\":[]}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("https://ohs-online.org/problems/invalid-input"))
			.andExpect(jsonPath("$.errors[?(@.field == 'username')].code").value("iam.user.usernameFormat"))
			.andExpect(jsonPath("$.errors[?(@.field == 'regionCode')].message").exists())
			.andExpect(jsonPath("$.errors[?(@.field == 'roles')]").exists());
		this.mvc.perform(get("/api/v1/no-such-thing").header("Authorization", "Bearer " + token))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		this.mvc.perform(get("/api/v1/users/abc").header("Authorization", "Bearer " + token))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	/** A field left out is a field error like any other, not a failure of the request. */
	@Test
	void answersAUserWithoutRegionWithAFieldErrorOnCreateAndChange() throws Exception {
		String token = adminToken();
		this.mvc
			.perform(post("/api/v1/users").header("Authorization", "Bearer " + token)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"username\":\"no-region\",\"displayName\":\"无区划\",\"roles\":[\"COUNTY_SUPERVISOR\"]}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[?(@.field == 'regionCode')].code").value("iam.user.regionUnknown"));
		long county = this.jdbc.sql("select id from iam.app_user where username = 'county'").query(Long.class).single();
		String before = this.mvc.perform(get("/api/v1/users/{id}", county).header("Authorization", "Bearer " + token))
			.andReturn()
			.getResponse()
			.getContentAsString();
		this.mvc
			.perform(put("/api/v1/users/{id}", county).header("Authorization", "Bearer " + token)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[?(@.field == 'regionCode')]").exists())
			.andExpect(jsonPath("$.errors[?(@.field == 'displayName')]").exists());
		this.mvc.perform(get("/api/v1/users/{id}", county).header("Authorization", "Bearer " + token))
			.andExpect(content().string(before));
	}

	/** A value that does not fit its field is named: the field, and what it should be. */
	@Test
	void namesTheFieldOfAValueOfTheWrongType() throws Exception {
		String token = adminToken();
		this.mvc
			.perform(post("/api/v1/users").header("Authorization", "Bearer " + token)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"username\":\"wrong-type\",\"enabled\":\"maybe\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("enabled"))
			.andExpect(jsonPath("$.errors[0].code").value("shared.input.boolean"))
			.andExpect(jsonPath("$.errors[0].message").value("应为 true 或 false"));
		this.mvc
			.perform(post("/api/v1/users").param("lang", "en")
				.header("Authorization", "Bearer " + token)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"username\":\"a\\u0000b\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("username"))
			.andExpect(jsonPath("$.errors[0].message").value("Must not contain control characters"));
		this.mvc.perform(get("/api/v1/users/abc").header("Authorization", "Bearer " + token))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("id"));
	}

	@Test
	void publishesTheOpenApiDescription() throws Exception {
		this.mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/me']").exists())
			.andExpect(jsonPath("$.paths['/api/v1/users']").exists())
			.andExpect(jsonPath("$.paths['/api/v1/tokens']").exists());
	}

	private String adminToken() throws Exception {
		MvcResult result = this.mvc
			.perform(post("/account/tokens").with(csrf())
				.with(user(this.details.loadUserByUsername("admin")))
				.param("name", "problem tests")
				.param("daysValid", "1")
				.param("permissions", "iam:user:read")
				.param("permissions", "iam:user:write"))
			.andReturn();
		return String.valueOf(result.getFlashMap().get("issuedSecret"));
	}

}
