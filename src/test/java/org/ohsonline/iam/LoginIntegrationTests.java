package org.ohsonline.iam;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ohsonline.IntegrationTest;
import org.ohsonline.TestUsers;
import org.ohsonline.iam.internal.UserAdministration;
import org.ohsonline.iam.internal.UserCommand;
import org.ohsonline.shared.Actor;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Form login, lockout after repeated failures, CSRF, one-time passwords and password rules. */
@IntegrationTest
class LoginIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserAdministration administration;

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
	void logsInWithTheRightPasswordAndRecordsIt() throws Exception {
		this.users.ensure("login-ok", "INSPECTOR", "330105", null);
		this.mvc.perform(post("/login").with(csrf()).param("username", "login-ok").param("password", TestUsers.PASSWORD))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/"));
		assertThat(auditCount("iam.login.succeeded", "login-ok")).isPositive();
	}

	@Test
	void rejectsAWrongPasswordAndAnUnknownUserAlike() throws Exception {
		this.users.ensure("login-wrong", "INSPECTOR", "330105", null);
		this.mvc.perform(post("/login").with(csrf()).param("username", "login-wrong").param("password", "nope"))
			.andExpect(redirectedUrl("/login?error"));
		this.mvc.perform(post("/login").with(csrf()).param("username", "nobody-at-all").param("password", "nope"))
			.andExpect(redirectedUrl("/login?error"));
	}

	@Test
	void locksTheAccountAfterFiveFailuresEvenForTheRightPassword() throws Exception {
		this.users.ensure("login-lock", "INSPECTOR", "330105", null);
		for (int attempt = 0; attempt < 5; attempt++) {
			this.mvc.perform(post("/login").with(csrf()).param("username", "login-lock").param("password", "wrong" + attempt))
				.andExpect(redirectedUrl("/login?error"));
		}
		this.mvc.perform(post("/login").with(csrf()).param("username", "login-lock").param("password", TestUsers.PASSWORD))
			.andExpect(redirectedUrl("/login?locked"));
		assertThat(auditCount("iam.user.locked-out", "login-lock")).isEqualTo(1);
	}

	@Test
	void refusesALoginWithoutCsrfToken() throws Exception {
		this.users.ensure("login-csrf", "INSPECTOR", "330105", null);
		this.mvc.perform(post("/login").param("username", "login-csrf").param("password", TestUsers.PASSWORD))
			.andExpect(status().isForbidden());
	}

	@Test
	void refusesConsoleWritesWithoutCsrfToken() throws Exception {
		long users = this.jdbc.sql("select count(*) from iam.app_user").query(Long.class).single();
		this.mvc.perform(post("/users/new").with(this.users.as("admin"))
				.param("username", "no-csrf")
				.param("displayName", "x")
				.param("regionCode", "330105")
				.param("roles", "INSPECTOR"))
			.andExpect(status().isForbidden());
		assertThat(this.jdbc.sql("select count(*) from iam.app_user").query(Long.class).single()).isEqualTo(users);
	}

	@Test
	void makesANewUserReplaceTheOneTimePasswordBeforeAnythingElse() throws Exception {
		UserAdministration.WithPassword created = this.administration.create(Actor.system("test"),
				new UserCommand("login-otp", "OTP user", "330105", null, java.util.Set.of("INSPECTOR"), null, true));
		MockHttpSession session = new MockHttpSession();
		this.mvc
			.perform(post("/login").with(csrf())
				.session(session)
				.param("username", "login-otp")
				.param("password", created.oneTimePassword()))
			.andExpect(redirectedUrl("/account/password?required"));
		this.mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/account/password?required"));
		this.mvc
			.perform(post("/account/password").with(csrf())
				.session(session)
				.param("currentPassword", created.oneTimePassword())
				.param("newPassword", "short")
				.param("confirmation", "short"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("is-invalid")));
		this.mvc
			.perform(post("/account/password").with(csrf())
				.session(session)
				.param("currentPassword", created.oneTimePassword())
				.param("newPassword", "New-Secret-2026x")
				.param("confirmation", "New-Secret-2026x"))
			.andExpect(redirectedUrl("/account"));
		this.mvc.perform(get("/").session(session)).andExpect(status().isOk());
	}

	@Test
	void rejectsPasswordsThatBreakTheRulesAndKeepsTheOldOne() throws Exception {
		this.users.ensure("login-rules", "INSPECTOR", "330105", null);
		String hash = passwordHash("login-rules");
		for (String bad : new String[] { "Short-1", "alllowercaseletters", "login-rules-Secret-1" }) {
			this.mvc
				.perform(post("/account/password").with(csrf())
					.with(this.users.as("login-rules"))
					.param("currentPassword", TestUsers.PASSWORD)
					.param("newPassword", bad)
					.param("confirmation", bad))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("invalid-feedback")));
		}
		assertThat(passwordHash("login-rules")).isEqualTo(hash);
	}

	private String passwordHash(String username) {
		return this.jdbc.sql("select password_hash from iam.app_user where username = :u")
			.param("u", username)
			.query(String.class)
			.single();
	}

	private long auditCount(String action, String username) {
		return this.jdbc.sql("""
				select count(*) from audit.entry e join iam.app_user u on e.target_type = 'user' and e.target_id = u.id::text
				where e.action = :action and u.username = :u""")
			.param("action", action)
			.param("u", username)
			.query(Long.class)
			.single();
	}

}
