package org.ohsonline.iam;


import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ohsonline.ApiTokens;
import org.ohsonline.IntegrationTest;
import org.ohsonline.TestUsers;
import org.ohsonline.iam.internal.UserAdministration;
import org.ohsonline.iam.internal.UserView;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A county's people cannot read or change another county's users or audit entries, through the
 * console or the API. 拱墅区 (330105) and 西湖区 (330106) are neighbouring districts of 杭州市.
 */
@IntegrationTest
class JurisdictionIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserAdministration administration;

	@Autowired
	UserDetailsService details;

	@Autowired
	JdbcClient jdbc;

	TestUsers users;

	UserView xihuSupervisor;

	UserView gongshuInspector;

	@BeforeEach
	void createNeighbours() {
		this.users = new TestUsers(this.administration, this.details);
		this.xihuSupervisor = this.users.ensure("xihu-supervisor", "COUNTY_SUPERVISOR", "330106", "13900001111");
		this.gongshuInspector = this.users.ensure("gongshu-inspector", "INSPECTOR", "330105", null);
		// An administrator whose jurisdiction is only 拱墅区.
		this.users.ensure("gongshu-admin", "PLATFORM_ADMIN", "330105", null);
	}

	@Test
	void countySupervisorDoesNotSeeAnotherCountysUserInTheConsole() throws Exception {
		this.mvc.perform(get("/users/{id}", this.xihuSupervisor.id()).with(this.users.as("county")))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/users").param("q", "xihu").with(this.users.as("county")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("xihu-supervisor"))));
		this.mvc.perform(get("/users").param("region", "330106").with(this.users.as("county")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-testid=\"user-empty\"")));
		// ...while their own county's users are listed (searched for: other tests add users to the county).
		this.mvc.perform(get("/users").param("q", "gongshu-inspector").with(this.users.as("county")))
			.andExpect(content().string(containsString("gongshu-inspector")));
	}

	@Test
	void countySupervisorCannotChangeUsersAtAll() throws Exception {
		this.mvc.perform(post("/users/{id}/lock", this.gongshuInspector.id()).with(csrf()).with(this.users.as("county")))
			.andExpect(status().isForbidden());
		assertThat(this.administration.get(org.ohsonline.shared.Actor.system("test"), this.gongshuInspector.id())
			.locked()).isFalse();
	}

	@Test
	void countyAdministratorCannotChangeAnotherCountysUserInTheConsole() throws Exception {
		String before = displayName(this.xihuSupervisor.id());
		this.mvc
			.perform(post("/users/{id}/edit", this.xihuSupervisor.id()).with(csrf())
				.with(this.users.as("gongshu-admin"))
				.param("displayName", "changed by a neighbour")
				.param("regionCode", "330105")
				.param("roles", "COUNTY_SUPERVISOR")
				.param("enabled", "true"))
			.andExpect(status().isNotFound());
		this.mvc.perform(post("/users/{id}/lock", this.xihuSupervisor.id()).with(csrf()).with(this.users.as("gongshu-admin")))
			.andExpect(status().isNotFound());
		assertThat(displayName(this.xihuSupervisor.id())).isEqualTo(before);
	}

	@Test
	void countyAdministratorCannotCreateAUserInAnotherCounty() throws Exception {
		long count = userCount();
		this.mvc
			.perform(post("/users/new").with(csrf())
				.with(this.users.as("gongshu-admin"))
				.param("username", "planted-in-xihu")
				.param("displayName", "Planted")
				.param("regionCode", "330106")
				.param("roles", "COUNTY_SUPERVISOR")
				.param("enabled", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-testid=\"form-errors\"")));
		assertThat(userCount()).isEqualTo(count);
	}

	@Test
	void countySupervisorDoesNotSeeAnotherCountysAuditEntries() throws Exception {
		long xihuEntry = this.jdbc.sql("select max(id) from audit.entry where region_code = '330106'")
			.query(Long.class)
			.single();
		this.mvc.perform(get("/audit/{id}", xihuEntry).with(this.users.as("county"))).andExpect(status().isNotFound());
		this.mvc.perform(get("/audit").param("region", "330106").with(this.users.as("county")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-testid=\"audit-total\">0<")));
		this.mvc.perform(get("/audit").param("targetType", "user").with(this.users.as("county")))
			.andExpect(content().string(not(containsString(">330106<"))));
	}

	@Test
	void countySupervisorCannotReachAnotherCountyThroughTheApi() throws Exception {
		String token = ApiTokens.issue(this.mvc, this.users.as("county"), "iam:user:read", "audit:entry:read");
		this.mvc.perform(get("/api/v1/users/{id}", this.xihuSupervisor.id()).header("Authorization", "Bearer " + token))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		this.mvc.perform(get("/api/v1/users").param("q", "xihu").header("Authorization", "Bearer " + token))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(0));
		this.mvc.perform(get("/api/v1/audit/entries").param("region", "330106").header("Authorization", "Bearer " + token))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(0));
		long xihuEntry = this.jdbc.sql("select max(id) from audit.entry where region_code = '330106'")
			.query(Long.class)
			.single();
		this.mvc.perform(get("/api/v1/audit/entries/{id}", xihuEntry).header("Authorization", "Bearer " + token))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/api/v1/users/{id}/lock", this.xihuSupervisor.id()).header("Authorization", "Bearer " + token))
			.andExpect(status().isForbidden());
	}

	@Test
	void countyAdministratorCannotChangeAnotherCountysUserThroughTheApi() throws Exception {
		String token = ApiTokens.issue(this.mvc, this.users.as("gongshu-admin"), "iam:user:read", "iam:user:write");
		String before = displayName(this.xihuSupervisor.id());
		this.mvc
			.perform(put("/api/v1/users/{id}", this.xihuSupervisor.id()).header("Authorization", "Bearer " + token)
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"displayName":"changed","regionCode":"330105","roles":["COUNTY_SUPERVISOR"],"enabled":true}"""))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/api/v1/users").header("Authorization", "Bearer " + token)
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"username":"api-planted","displayName":"x","regionCode":"330106","roles":["COUNTY_SUPERVISOR"]}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("regionCode"));
		assertThat(displayName(this.xihuSupervisor.id())).isEqualTo(before);
		assertThat(this.jdbc.sql("select count(*) from iam.app_user where username = 'api-planted'")
			.query(Long.class)
			.single()).isZero();
	}

	private String displayName(long id) {
		return this.jdbc.sql("select display_name from iam.app_user where id = :id").param("id", id).query(String.class).single();
	}

	private long userCount() {
		return this.jdbc.sql("select count(*) from iam.app_user").query(Long.class).single();
	}


}
