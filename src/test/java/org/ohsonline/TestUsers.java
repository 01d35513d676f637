package org.ohsonline;

import java.util.Set;

import org.ohsonline.iam.internal.UserAdministration;
import org.ohsonline.iam.internal.UserCommand;
import org.ohsonline.iam.internal.UserFilter;
import org.ohsonline.iam.internal.UserView;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.PageQuery;
import org.ohsonline.shared.Scope;

import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Users for integration tests, created through the real administration service (so they are
 * audited like any other) and reused across test classes sharing the cached context.
 */
public final class TestUsers {

	private final UserAdministration users;

	private final UserDetailsService details;

	public TestUsers(UserAdministration users, UserDetailsService details) {
		this.users = users;
		this.details = details;
	}

	/** The password every user made here ends up with (after replacing the one-time password). */
	public static final String PASSWORD = "Kx7!qm2-Lp9#vr4";

	/**
	 * The user, created on first use with the given region-scoped role and region, its one-time
	 * password already replaced by {@link #PASSWORD}.
	 */
	public UserView ensure(String username, String role, String region, String mobile) {
		Actor system = Actor.system("test");
		return this.users.search(system, new UserFilter(username, null, null, null, null), PageQuery.of(1, 50))
			.items()
			.stream()
			.filter(u -> u.username().equals(username))
			.findFirst()
			.orElseGet(() -> {
				UserAdministration.WithPassword created = this.users.create(system,
						new UserCommand(username, username, region, null, Set.of(role), mobile, true));
				Actor self = new Actor(created.user().id(), username, username, region, Scope.region(region), Set.of(),
						"127.0.0.1", Actor.Channel.UI);
				this.users.changeOwnPassword(self, created.oneTimePassword(), PASSWORD, PASSWORD);
				return this.users.get(system, created.user().id());
			});
	}

	/**
	 * A user acting for one employer, agency or institution (scope value: its credit code), with
	 * the test password set, created once.
	 */
	public UserView ensureScoped(String username, String role, String region, Scope.Kind kind, String scopeValue) {
		Actor system = Actor.system("test");
		return this.users.search(system, new UserFilter(username, null, null, null, null), PageQuery.of(1, 50))
			.items()
			.stream()
			.filter(u -> u.username().equals(username))
			.findFirst()
			.orElseGet(() -> {
				UserAdministration.WithPassword created = this.users.create(system,
						new UserCommand(username, username, region, scopeValue, Set.of(role), null, true));
				Actor self = new Actor(created.user().id(), username, username, region, new Scope(kind, scopeValue),
						Set.of(), "127.0.0.1", Actor.Channel.UI);
				this.users.changeOwnPassword(self, created.oneTimePassword(), PASSWORD, PASSWORD);
				return this.users.get(system, created.user().id());
			});
	}

	/** Signs the MockMvc request in as the user. */
	public RequestPostProcessor as(String username) {
		return user(this.details.loadUserByUsername(username));
	}

	/**
	 * Logs the user in through the login form, as a browser does, and returns the session: unlike
	 * {@link #as(String)}, whose principal is loaded afresh for each request, the session keeps the
	 * principal of its login.
	 */
	public static MockHttpSession logIn(MockMvc mvc, String username, String password) throws Exception {
		MockHttpSession session = new MockHttpSession();
		String target = mvc
			.perform(post("/login").with(csrf()).session(session).param("username", username).param("password", password))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		if (!"/".equals(target)) {
			throw new IllegalStateException("Login of " + username + " was sent to " + target);
		}
		return session;
	}

}
