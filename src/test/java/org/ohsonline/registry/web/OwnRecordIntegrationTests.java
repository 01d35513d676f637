package org.ohsonline.registry.web;

import org.junit.jupiter.api.Test;
import org.ohsonline.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A worker who logs in (the demo {@code worker}, whose scope is the blind index of their own
 * identity number, generated into the synthetic register) reaches their own record and no other.
 */
@IntegrationTest
class OwnRecordIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService details;

	@Autowired
	JdbcClient jdbc;

	@Test
	void leadsAWorkerToTheirOwnRecordAndNoOther() throws Exception {
		var worker = user(this.details.loadUserByUsername("worker"));
		this.mvc.perform(get("/").with(worker))
			.andExpect(content().string(containsString("data-testid=\"own-record\"")));
		MvcResult mine = this.mvc.perform(get("/workers/mine").with(worker)).andExpect(status().is3xxRedirection()).andReturn();
		String page = mine.getResponse().getRedirectedUrl();
		long own = Long.parseLong(page.replaceAll(".*/", ""));
		this.mvc.perform(get(page).with(worker))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("330105********")));
		long other = this.jdbc.sql("select min(id) from registry.worker where id <> :id").param("id", own).query(Long.class).single();
		this.mvc.perform(get("/workers/{id}", other).with(worker)).andExpect(status().isNotFound());
		assertThat(own).isNotEqualTo(other);
	}

	@Test
	void answersNotFoundForALoginWithoutAWorkerRecord() throws Exception {
		this.mvc.perform(get("/workers/mine").with(user(this.details.loadUserByUsername("county"))))
			.andExpect(status().isNotFound());
	}

}
