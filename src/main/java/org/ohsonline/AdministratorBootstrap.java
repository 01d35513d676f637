package org.ohsonline;

import java.util.Arrays;

import org.ohsonline.iam.FirstAdministrator;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The documented one-off command that creates the first administrator of a production
 * installation, prints the one-time password, and exits:
 * {@code java -jar ohs-online.jar --spring.profiles.active=prod --create-admin=NAME --admin-region=33}.
 */
@Component
@Order(10)
class AdministratorBootstrap implements ApplicationRunner {

	static final String OPTION = "create-admin";

	private final FirstAdministrator administrators;

	private final ConfigurableApplicationContext context;

	AdministratorBootstrap(FirstAdministrator administrators, ConfigurableApplicationContext context) {
		this.administrators = administrators;
		this.context = context;
	}

	static boolean requested(String[] args) {
		return Arrays.stream(args).anyMatch(arg -> arg.startsWith("--" + OPTION + "="));
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!args.containsOption(OPTION)) {
			return;
		}
		String username = args.getOptionValues(OPTION).get(0);
		String region = args.containsOption("admin-region") ? args.getOptionValues("admin-region").get(0) : "33";
		int exitCode;
		try {
			String password = this.administrators.create(username, "平台管理员 " + username, region);
			System.out.println();
			System.out.println("Administrator '" + username + "' created for region " + region + ".");
			System.out.println("One-time password (must be changed at first login): " + password);
			System.out.println();
			exitCode = 0;
		}
		catch (RuntimeException ex) {
			System.err.println("Could not create the administrator: " + ex.getMessage());
			exitCode = 2;
		}
		int code = exitCode;
		System.exit(SpringApplication.exit(this.context, () -> code));
	}

}
