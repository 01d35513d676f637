package org.ohsonline.console;

import org.junit.jupiter.api.Test;
import org.ohsonline.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Each role lands on its own home page, with figures counted from the database. */
@IntegrationTest
class HomePageIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService details;

	@Autowired
	JdbcClient jdbc;

	@Test
	void showsTheAdministratorTheUsersAndCatalogsOfTheProvince() throws Exception {
		long users = this.jdbc.sql("select count(*) from iam.app_user where region_code like '33%'").query(Long.class).single();
		this.mvc.perform(get("/").with(user(this.details.loadUserByUsername("admin"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-testid=\"users-total\">" + users + "<")))
			.andExpect(content().string(containsString("GB/T 4754-2017")))
			.andExpect(content().string(containsString("浙江省")));
	}

	@Test
	void showsTheCountySupervisorTheirDistrictAndItsTownships() throws Exception {
		long townships = this.jdbc.sql("""
				select count(*) from reference.catalog_entry e join reference.catalog_version v on v.id = e.version_id
				where v.catalog_code = 'divisions' and e.level = 4 and e.code like '330105%'""")
			.query(Long.class)
			.single();
		this.mvc.perform(get("/").with(user(this.details.loadUserByUsername("county"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("拱墅区")))
			.andExpect(content().string(containsString("data-testid=\"divisions-TOWNSHIP\">" + townships + "<")))
			.andExpect(content().string(not(containsString("data-testid=\"users-total\">0<"))));
	}

	@Test
	void showsTheCountySupervisorTheEmployersOfTheirDistrict() throws Exception {
		long employers = this.jdbc.sql("select count(*) from registry.employer where region_code like '330105%'")
			.query(Long.class)
			.single();
		long serious = this.jdbc
			.sql("select count(*) from registry.employer where region_code like '330105%' and severity = 'SERIOUS'")
			.query(Long.class)
			.single();
		this.mvc.perform(get("/").with(user(this.details.loadUserByUsername("county"))))
			.andExpect(content().string(containsString("data-testid=\"employers-total\">" + employers + "<")))
			.andExpect(content().string(containsString("data-testid=\"employers-serious\">" + serious + "<")));
	}

	@Test
	void showsAnEmployerManagerOnlyTheirOwnAccount() throws Exception {
		this.mvc.perform(get("/").with(user(this.details.loadUserByUsername("employer"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-testid=\"account-username\">employer<")))
			.andExpect(content().string(not(containsString("users-total"))))
			.andExpect(content().string(not(containsString("employers-total"))))
			.andExpect(content().string(not(containsString("href=\"/users\""))));
	}

	@Test
	void speaksEnglishWhenAsked() throws Exception {
		this.mvc.perform(get("/").param("lang", "en").with(user(this.details.loadUserByUsername("county"))))
			.andExpect(content().string(containsString("Jurisdiction overview")))
			.andExpect(content().string(not(containsString("??"))));
	}

}
