package org.ohsonline;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ohsonline.iam.DemoLogins;
import org.ohsonline.iam.FirstAdministrator;
import org.ohsonline.iam.internal.UserAdministration;
import org.ohsonline.iam.internal.UserCommand;
import org.ohsonline.shared.Actor;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Standalone mode keeps its data across restarts: stop, start again, and the users (and the demo
 * passwords) are still there; and the first-administrator command works exactly once.
 */
class StandaloneRestartIntegrationTests {

	@TempDir
	Path data;

	@Test
	void keepsDataAndDemoLoginsAcrossARestart() throws Exception {
		String credentials;
		long versions;
		try (ConfigurableApplicationContext first = start(true)) {
			assertThat(first.getBean(DemoLogins.class).logins()).allSatisfy(l -> assertThat(l.password()).isNotNull());
			credentials = Files.readString(this.data.resolve("demo-credentials.txt"));
			first.getBean(UserAdministration.class)
				.create(Actor.system("test"),
						new UserCommand("survivor", "Survivor", "330105", null, Set.of("INSPECTOR"), null, true));
			versions = first.getBean(JdbcClient.class)
				.sql("select count(*) from reference.catalog_version")
				.query(Long.class)
				.single();
		}
		try (ConfigurableApplicationContext second = start(true)) {
			JdbcClient jdbc = second.getBean(JdbcClient.class);
			assertThat(jdbc.sql("select count(*) from iam.app_user where username = 'survivor'").query(Long.class).single())
				.isEqualTo(1);
			assertThat(second.getBean(DemoLogins.class).logins()).allSatisfy(l -> assertThat(l.password()).isNull());
			assertThat(Files.readString(this.data.resolve("demo-credentials.txt"))).isEqualTo(credentials);
			// Not every catalog comes bundled (heat-grading is loaded by an administrator), so compare
			// with the first start rather than with the number of catalogs.
			assertThat(versions).as("the first start loads the bundled catalogs").isGreaterThan(10);
			assertThat(jdbc.sql("select count(*) from reference.catalog_version").query(Long.class).single())
				.as("bundled catalogs are loaded once, not again on restart")
				.isEqualTo(versions);
		}
	}

	@Test
	void createsTheFirstAdministratorOnlyOnce() {
		try (ConfigurableApplicationContext context = start(false)) {
			FirstAdministrator administrators = context.getBean(FirstAdministrator.class);
			String password = administrators.create("root", "First administrator", "33");
			assertThat(password).hasSizeGreaterThanOrEqualTo(12);
			assertThatThrownBy(() -> administrators.create("second", "Second", "33"))
				.isInstanceOf(IllegalStateException.class);
			assertThat(context.getBean(JdbcClient.class)
				.sql("select must_change_password from iam.app_user where username = 'root'")
				.query(Boolean.class)
				.single()).isTrue();
		}
	}

	private ConfigurableApplicationContext start(boolean demo) {
		return new SpringApplicationBuilder(OhsOnlineApplication.class).run("--server.port=0", "--management.server.port=0",
				"--ohs.standalone.data-directory=" + this.data, "--ohs.demo.enabled=" + demo,
				"--ohs.demo.synthetic-scale=tiny");
	}

}
