package org.ohsonline.shared;

import java.time.LocalDate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.junit.jupiter.api.Test;
import org.ohsonline.ApiTokens;
import org.ohsonline.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Free text has a limit everywhere (shared.Limits), checked by the service and told beside the
 * field in both languages: a note or reason of 500 characters, a longer text of 2000; a control
 * character is refused in a form as in the API.
 */
@IntegrationTest
class TextLimitsIntegrationTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService details;

	@Autowired
	JdbcClient jdbc;

	private String token(String username, String... permissions) throws Exception {
		return ApiTokens.issue(this.mvc, user(this.details.loadUserByUsername(username)), permissions);
	}

	private JsonNode getJson(String path, String token) throws Exception {
		return JSON.readTree(this.mvc.perform(get(path).header("Authorization", "Bearer " + token))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray());
	}

	@Test
	void refusesARescheduleNoteOverFiveHundredCharactersAndKeepsTheDay() throws Exception {
		String employer = token("employer", "surveillance:booking:read", "surveillance:booking:write");
		JsonNode open = null;
		for (JsonNode booking : getJson("/api/v1/surveillance/bookings", employer).path("items")) {
			if (!"CANCELLED".equals(booking.path("status").asString()) && !"COMPLETED".equals(booking.path("status").asString())) {
				open = booking;
			}
		}
		assertThat(open).as("an open demo booking").isNotNull();
		long id = open.path("id").asLong();
		LocalDate day = LocalDate.parse(open.path("day").asString()).plusDays(1);
		this.mvc.perform(post("/api/v1/surveillance/bookings/{id}/reschedule", id).header("Authorization", "Bearer " + employer)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"day\":\"" + day + "\",\"note\":\"" + "改".repeat(501) + "\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("note"))
			.andExpect(jsonPath("$.errors[0].code").value("shared.text.tooLong"))
			.andExpect(jsonPath("$.errors[0].message").value("最多 500 字"));
		assertThat(getJson("/api/v1/surveillance/bookings/" + id, employer).path("day").asString())
			.isEqualTo(open.path("day").asString());
	}

	@Test
	void refusesVisitNotesOverTwoThousandCharactersInTheCallersLanguage() throws Exception {
		String diagnosis = token("diagnosis", "diagnosis:rehab:read", "diagnosis:rehab:write");
		long station = getJson("/api/v1/diagnosis/stations", diagnosis).get(0).path("id").asLong();
		long patient = getJson("/api/v1/diagnosis/stations/" + station + "/patients", diagnosis).get(0).path("id").asLong();
		int visits = getJson("/api/v1/diagnosis/patients/" + patient + "/visits", diagnosis).size();
		this.mvc.perform(post("/api/v1/diagnosis/patients/{id}/visits", patient).param("lang", "en")
				.header("Authorization", "Bearer " + diagnosis)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"visitedOn\":\"" + LocalDate.now() + "\",\"services\":[\"HEALTH_EDUCATION\"],\"outcomeNotes\":\""
						+ "x".repeat(2001) + "\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("outcomeNotes"))
			.andExpect(jsonPath("$.errors[0].message").value("At most 2000 characters"));
		assertThat(getJson("/api/v1/diagnosis/patients/" + patient + "/visits", diagnosis).size()).isEqualTo(visits);
	}

	/** A NUL reached PostgreSQL from a form, which refused it with a 500; now it is a field error. */
	@Test
	void refusesControlCharactersInAConsoleForm() throws Exception {
		long before = this.jdbc.sql("select count(*) from registry.employer").query(Long.class).single();
		String page = this.mvc.perform(post("/employers/new").with(csrf())
			.with(user(this.details.loadUserByUsername("county")))
			.param("creditCode", "91330105MA2CTRL010")
			.param("name", "控制\u0000字符")
			.param("regionCode", "330105001")
			.param("address", "测试路 1 号\u0007")
			.param("industryCode", "3311")
			.param("employees", "25")
			.param("legalRepresentative", "张三")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("不能包含控制字符").contains("is-invalid");
		assertThat(this.jdbc.sql("select count(*) from registry.employer").query(Long.class).single()).isEqualTo(before);
	}

}
