package org.ohsonline.iam;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ohsonline.ApiTokens;
import org.ohsonline.IntegrationTest;
import org.ohsonline.TestUsers;
import org.ohsonline.iam.internal.UserAdministration;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Bearer tokens: shown once, stored hashed, limited, expiring, revocable. */
@IntegrationTest
class ApiTokenIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserAdministration administration;

	@Autowired
	UserDetailsService details;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MeterRegistry meters;

	TestUsers users;

	@BeforeEach
	void setUp() {
		this.users = new TestUsers(this.administration, this.details);
		this.users.ensure("token-owner", "COUNTY_SUPERVISOR", "330105", null);
	}

	@Test
	void storesOnlyTheHashOfTheSecret() throws Exception {
		String secret = ApiTokens.issue(this.mvc, this.users.as("token-owner"), "iam:user:read");
		assertThat(secret).startsWith("ohs_").hasSizeGreaterThan(40);
		long plain = this.jdbc.sql("select count(*) from iam.api_token where token_hash = :s or hint = :s")
			.param("s", secret)
			.query(Long.class)
			.single();
		assertThat(plain).isZero();
	}

	@Test
	void grantsOnlyTheTokensPermissionsWithinTheOwnersJurisdiction() throws Exception {
		String secret = ApiTokens.issue(this.mvc, this.users.as("token-owner"), "iam:user:read");
		this.mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + secret))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.username").value("token-owner"))
			.andExpect(jsonPath("$.scopeValue").value("330105"))
			.andExpect(jsonPath("$.channel").value("API"))
			.andExpect(jsonPath("$.permissions", containsInAnyOrder("iam:user:read")));
		this.mvc.perform(get("/api/v1/audit/entries").header("Authorization", "Bearer " + secret))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void timesAnApiCallAsARequestWithoutMetersForEachSecurityFilter() throws Exception {
		String secret = ApiTokens.issue(this.mvc, this.users.as("token-owner"), "iam:user:read");
		this.mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + secret)).andExpect(status().isOk());
		assertThat(this.meters.find("http.server.requests").timers()).isNotEmpty();
		assertThat(this.meters.getMeters()).extracting(meter -> meter.getId().getName())
			.noneMatch(name -> name.startsWith("spring.security."));
	}

	@Test
	void refusesAPermissionTheOwnerDoesNotHold() throws Exception {
		long before = this.jdbc.sql("select count(*) from iam.api_token").query(Long.class).single();
		this.mvc
			.perform(post("/account/tokens").with(csrf())
				.with(this.users.as("token-owner"))
				.param("name", "too much")
				.param("daysValid", "30")
				.param("permissions", "iam:user:write"))
			.andExpect(status().isOk());
		assertThat(this.jdbc.sql("select count(*) from iam.api_token").query(Long.class).single()).isEqualTo(before);
	}

	@Test
	void servesMoreConcurrentTokenCallsThanThePoolHasConnections() throws Exception {
		// Each authentication once needed two pooled connections at the same time; 24 concurrent
		// calls against a pool of 10 then all waited for each other until the pool timed out.
		String secret = ApiTokens.issue(this.mvc, this.users.as("token-owner"), "iam:user:read");
		var pool = java.util.concurrent.Executors.newFixedThreadPool(24);
		try {
			var calls = new java.util.ArrayList<java.util.concurrent.Future<Integer>>();
			for (int i = 0; i < 48; i++) {
				calls.add(pool.submit(() -> this.mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + secret))
					.andReturn()
					.getResponse()
					.getStatus()));
			}
			for (var call : calls) {
				assertThat(call.get(20, java.util.concurrent.TimeUnit.SECONDS)).isEqualTo(200);
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void stopsWorkingWhenRevoked() throws Exception {
		String secret = ApiTokens.issue(this.mvc, this.users.as("token-owner"), "iam:user:read");
		long id = tokenId(secret);
		// Used once first, so its principal is cached: the revocation must still take effect at once.
		this.mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + secret)).andExpect(status().isOk());
		this.mvc.perform(post("/account/tokens/{id}/revoke", id).with(csrf()).with(this.users.as("token-owner")))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + secret))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.type").value("https://ohs-online.org/problems/invalid-token"));
	}

	@Test
	void stopsWorkingAtOnceWhenItsOwnerIsLockedOut() throws Exception {
		long owner = this.users.ensure("token-locked", "COUNTY_SUPERVISOR", "330105", null).id();
		String secret = ApiTokens.issue(this.mvc, this.users.as("token-locked"), "iam:user:read");
		this.mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + secret)).andExpect(status().isOk());
		this.mvc.perform(post("/users/{id}/lock", owner).with(csrf()).with(this.users.as("admin")))
			.andExpect(status().is3xxRedirection());
		try {
			this.mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + secret))
				.andExpect(status().isUnauthorized());
		}
		finally {
			this.mvc.perform(post("/users/{id}/unlock", owner).with(csrf()).with(this.users.as("admin")))
				.andExpect(status().is3xxRedirection());
		}
		this.mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + secret)).andExpect(status().isOk());
	}

	@Test
	void stopsWorkingWhenExpired() throws Exception {
		String secret = ApiTokens.issue(this.mvc, this.users.as("token-owner"), "iam:user:read");
		this.jdbc.sql("update iam.api_token set expires_at = now() - interval '1 minute' where id = :id")
			.param("id", tokenId(secret))
			.update();
		this.mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + secret))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void ignoresALoggedInSessionOnTheApi() throws Exception {
		// A console session must not authorise API calls, or the API would need CSRF protection.
		MockHttpSession session = new MockHttpSession();
		this.mvc
			.perform(post("/login").with(csrf())
				.session(session)
				.param("username", "token-owner")
				.param("password", TestUsers.PASSWORD))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/").session(session)).andExpect(status().isOk());
		this.mvc.perform(get("/api/v1/me").session(session))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	private long tokenId(String secret) {
		return this.jdbc.sql("select id from iam.api_token where token_hash = encode(sha256(convert_to(:s, 'UTF8')), 'hex')")
			.param("s", secret)
			.query(Long.class)
			.single();
	}

}
