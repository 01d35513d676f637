package org.ohsonline;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What standalone mode serves that production does not (see ProductionServingIntegrationTests): the
 * API description and Swagger UI, to anyone; and no {@code Strict-Transport-Security}, since it speaks
 * plain HTTP on the loopback interface.
 */
@IntegrationTest
class StandaloneServingIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Test
	void servesTheApiDescriptionAndSwaggerUiWithoutLogin() throws Exception {
		this.mvc.perform(get("/v3/api-docs")).andExpect(status().isOk()).andExpect(jsonPath("$.openapi").exists());
		this.mvc.perform(get("/swagger-ui.html")).andExpect(redirectedUrl("/swagger-ui/index.html"));
		this.mvc.perform(get("/swagger-ui/index.html")).andExpect(status().isOk());
	}

	@Test
	void sendsNoStrictTransportSecurityEvenOverHttps() throws Exception {
		this.mvc.perform(get("/login").secure(true))
			.andExpect(status().isOk())
			.andExpect(header().doesNotExist("Strict-Transport-Security"));
		this.mvc.perform(get("/api/v1/me").secure(true))
			.andExpect(status().isUnauthorized())
			.andExpect(header().doesNotExist("Strict-Transport-Security"));
	}

}
