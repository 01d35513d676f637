package org.ohsonline.iam;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ohsonline.ApiTokens;
import org.ohsonline.IntegrationTest;
import org.ohsonline.TestUsers;
import org.ohsonline.iam.internal.RoleAdministration;
import org.ohsonline.iam.internal.UserAdministration;
import org.ohsonline.shared.Actor;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What an administrator changes about a user takes effect on the user's live sessions and tokens at
 * once: a lock, a disable, other roles, another jurisdiction or a password reset ends every console
 * session of theirs (the next request is sent to the login page); other roles, another jurisdiction
 * or a password reset also revoke their API tokens, and a lock or disable refuses them while it
 * lasts. Each session here comes from the login form, so it holds the principal of its login.
 */
@IntegrationTest
class AccountChangesEndSessionsIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserAdministration administration;

	@Autowired
	RoleAdministration roles;

	@Autowired
	UserDetailsService details;

	@Autowired
	JdbcClient jdbc;

	TestUsers users;

	@BeforeEach
	void setUp() {
		this.users = new TestUsers(this.administration, this.details);
	}

	@Test
	void aLockEndsTheSessionSoItCanNeitherMintTokensNorBrowse() throws Exception {
		long id = this.users.ensure("session-lock", "COUNTY_SUPERVISOR", "330105", null).id();
		MockHttpSession session = logIn("session-lock");
		this.mvc.perform(post("/users/{id}/lock", id).with(csrf()).with(this.users.as("admin")))
			.andExpect(status().is3xxRedirection());
		long tokens = tokensOf(id);
		this.mvc.perform(mint().session(session)).andExpect(redirectedUrl("/login?expired"));
		assertThat(tokensOf(id)).as("no token minted by the locked user's session").isEqualTo(tokens);
		this.mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/login"));
	}

	@Test
	void disablingEndsTheSession() throws Exception {
		long id = this.users.ensure("session-disable", "COUNTY_SUPERVISOR", "330105", null).id();
		MockHttpSession session = logIn("session-disable");
		this.mvc.perform(edit(id, "330105", "COUNTY_SUPERVISOR", false)).andExpect(redirectedUrl("/users/" + id));
		assertEnded(session);
	}

	@Test
	void otherRolesEndTheSessionAndRevokeTheTokens() throws Exception {
		long id = this.users.ensure("session-roles", "COUNTY_SUPERVISOR", "330105", null).id();
		MockHttpSession session = logIn("session-roles");
		String secret = ApiTokens.issue(this.mvc, this.users.as("session-roles"), "reference:catalog:read");
		this.mvc.perform(me(secret)).andExpect(status().isOk());
		this.mvc.perform(edit(id, "330105", "MUNICIPAL_SUPERVISOR", true)).andExpect(redirectedUrl("/users/" + id));
		this.mvc.perform(mint().session(session)).andExpect(redirectedUrl("/login?expired"));
		this.mvc.perform(me(secret)).andExpect(status().isUnauthorized());
		assertThat(activeTokensOf(id)).isZero();
		assertThat(revocationsAudited(id)).isPositive();
	}

	@Test
	void anotherJurisdictionEndsTheSessionAndRevokesTheTokens() throws Exception {
		long id = this.users.ensure("session-region", "COUNTY_SUPERVISOR", "330105", null).id();
		MockHttpSession session = logIn("session-region");
		String secret = ApiTokens.issue(this.mvc, this.users.as("session-region"), "iam:user:read");
		this.mvc.perform(edit(id, "330106", "COUNTY_SUPERVISOR", true)).andExpect(redirectedUrl("/users/" + id));
		assertEnded(session);
		this.mvc.perform(me(secret)).andExpect(status().isUnauthorized());
	}

	@Test
	void aPasswordResetEndsTheSessionAndRevokesTheTokens() throws Exception {
		long id = this.users.ensure("session-reset", "COUNTY_SUPERVISOR", "330105", null).id();
		MockHttpSession session = logIn("session-reset");
		String secret = ApiTokens.issue(this.mvc, this.users.as("session-reset"), "iam:user:read");
		this.mvc.perform(post("/users/{id}/password-reset", id).with(csrf()).with(this.users.as("admin")))
			.andExpect(redirectedUrl("/users/" + id));
		assertEnded(session);
		this.mvc.perform(me(secret)).andExpect(status().isUnauthorized());
	}

	@Test
	void aTokenOfADisabledUserIsRefusedAtOnceAndServesAgainOnceEnabled() throws Exception {
		long id = this.users.ensure("session-token", "COUNTY_SUPERVISOR", "330105", null).id();
		String secret = ApiTokens.issue(this.mvc, this.users.as("session-token"), "iam:user:read");
		// Used once first, so its principal is cached: the change must still take effect at once.
		this.mvc.perform(me(secret)).andExpect(status().isOk());
		this.mvc.perform(edit(id, "330105", "COUNTY_SUPERVISOR", false)).andExpect(redirectedUrl("/users/" + id));
		this.mvc.perform(me(secret)).andExpect(status().isUnauthorized());
		this.mvc.perform(edit(id, "330105", "COUNTY_SUPERVISOR", true)).andExpect(redirectedUrl("/users/" + id));
		this.mvc.perform(me(secret)).andExpect(status().isOk());
	}

	@Test
	void changingOnesOwnPasswordKeepsThisSessionAndEndsTheOthers() throws Exception {
		this.users.ensure("session-own", "COUNTY_SUPERVISOR", "330105", null);
		MockHttpSession here = logIn("session-own");
		MockHttpSession elsewhere = logIn("session-own");
		String replacement = "Own-New-Secret-2026";
		this.mvc
			.perform(post("/account/password").with(csrf())
				.session(here)
				.param("currentPassword", TestUsers.PASSWORD)
				.param("newPassword", replacement)
				.param("confirmation", replacement))
			.andExpect(redirectedUrl("/account"));
		this.mvc.perform(get("/account").session(here)).andExpect(status().isOk());
		assertEnded(elsewhere);
		// Back to the shared test password, from the session that is still valid.
		this.mvc
			.perform(post("/account/password").with(csrf())
				.session(here)
				.param("currentPassword", replacement)
				.param("newPassword", TestUsers.PASSWORD)
				.param("confirmation", TestUsers.PASSWORD))
			.andExpect(redirectedUrl("/account"));
		this.mvc.perform(get("/account").session(here)).andExpect(status().isOk());
	}

	@Test
	void changingACustomRolesPermissionsEndsTheSessionsOfItsHolders() throws Exception {
		Actor system = Actor.system("test");
		if (this.roles.roles(system).stream().noneMatch(r -> r.code().equals("SESSION_READER"))) {
			this.roles.create(system, new RoleAdministration.RoleCommand("SESSION_READER", "会话测试", "Session test",
					"REGION", Set.of("iam:user:read", "iam:token:write")));
		}
		try {
			this.users.ensure("session-custom", "SESSION_READER", "330105", null);
			MockHttpSession session = logIn("session-custom");
			this.mvc.perform(get("/users").session(session)).andExpect(status().isOk());
			this.roles.update(system, "SESSION_READER",
					new RoleAdministration.RoleCommand("SESSION_READER", "会话测试", "Session test", "REGION",
							Set.of("iam:token:write")));
			assertEnded(session);
		}
		finally {
			// Pages name roles from the message bundles, which know only the built-in ones: leave no
			// custom role behind for the other test classes sharing this database.
			this.jdbc.sql("delete from iam.user_role where role_code = 'SESSION_READER'").update();
			this.jdbc.sql("delete from iam.role where code = 'SESSION_READER'").update();
		}
	}

	@Test
	void anAdministratorKeepsTheirSessionWhenEditingTheirOwnAccount() throws Exception {
		long id = this.users.ensure("session-self", "PLATFORM_ADMIN", "33", null).id();
		MockHttpSession session = logIn("session-self");
		this.mvc
			.perform(post("/users/{id}/edit", id).with(csrf())
				.session(session)
				.param("displayName", "Self editor")
				.param("regionCode", "3301")
				.param("roles", "PLATFORM_ADMIN")
				.param("enabled", "true"))
			.andExpect(redirectedUrl("/users/" + id));
		this.mvc.perform(get("/users/{id}", id).session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Self editor")));
	}

	@Test
	void anAdministratorCannotResetTheirOwnPasswordAndLoseTheOneTimePasswordWithTheSession() throws Exception {
		long id = this.users.ensure("session-selfreset", "PLATFORM_ADMIN", "33", null).id();
		MockHttpSession session = logIn("session-selfreset");
		String hash = passwordHash(id);
		this.mvc.perform(post("/users/{id}/password-reset", id).with(csrf()).session(session))
			.andExpect(status().is4xxClientError());
		assertThat(passwordHash(id)).isEqualTo(hash);
		this.mvc.perform(get("/").session(session)).andExpect(status().isOk());
	}

	@Test
	void anHtmxRequestOfAnEndedSessionTakesTheWholePageToTheLogin() throws Exception {
		long id = this.users.ensure("session-htmx", "COUNTY_SUPERVISOR", "330105", null).id();
		MockHttpSession session = logIn("session-htmx");
		this.mvc.perform(post("/users/{id}/lock", id).with(csrf()).with(this.users.as("admin")))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/users").header("HX-Request", "true").session(session))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("HX-Redirect", "/login?expired"));
	}

	@Test
	void theLoginPageSaysTheSessionEndedInBothLanguages() throws Exception {
		this.mvc.perform(get("/login").param("expired", "").header("Accept-Language", "zh-CN"))
			.andExpect(content().string(containsString("data-testid=\"login-expired\"")))
			.andExpect(content().string(containsString("会话已结束")));
		this.mvc.perform(get("/login").param("expired", "").param("lang", "en"))
			.andExpect(content().string(containsString("Your session has ended")));
	}

	private MockHttpSession logIn(String username) throws Exception {
		MockHttpSession session = TestUsers.logIn(this.mvc, username, TestUsers.PASSWORD);
		this.mvc.perform(get("/").session(session)).andExpect(status().isOk());
		return session;
	}

	/** The next request of an ended session is sent to the login page, and the one after finds no session. */
	private void assertEnded(MockHttpSession session) throws Exception {
		this.mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/login?expired"));
		this.mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/login"));
	}

	private MockHttpServletRequestBuilder mint() {
		return post("/account/tokens").with(csrf())
			.param("name", "minted after the change")
			.param("daysValid", "30")
			.param("permissions", "iam:user:read");
	}

	private MockHttpServletRequestBuilder edit(long id, String region, String role, boolean enabled) {
		return post("/users/{id}/edit", id).with(csrf())
			.with(this.users.as("admin"))
			.param("displayName", "Session test")
			.param("regionCode", region)
			.param("roles", role)
			.param("enabled", String.valueOf(enabled));
	}

	private static MockHttpServletRequestBuilder me(String secret) {
		return get("/api/v1/me").header("Authorization", "Bearer " + secret);
	}

	private long tokensOf(long user) {
		return this.jdbc.sql("select count(*) from iam.api_token where app_user = :u")
			.param("u", user)
			.query(Long.class)
			.single();
	}

	private long activeTokensOf(long user) {
		return this.jdbc.sql("select count(*) from iam.api_token where app_user = :u and revoked_at is null")
			.param("u", user)
			.query(Long.class)
			.single();
	}

	private long revocationsAudited(long user) {
		List<Long> tokens = this.jdbc.sql("select id from iam.api_token where app_user = :u")
			.param("u", user)
			.query(Long.class)
			.list();
		return this.jdbc.sql("""
				select count(*) from audit.entry
				where action = 'iam.token.revoked' and target_type = 'api-token' and target_id in (:ids)""")
			.param("ids", tokens.stream().map(String::valueOf).toList())
			.query(Long.class)
			.single();
	}

	private String passwordHash(long user) {
		return this.jdbc.sql("select password_hash from iam.app_user where id = :u")
			.param("u", user)
			.query(String.class)
			.single();
	}

}
