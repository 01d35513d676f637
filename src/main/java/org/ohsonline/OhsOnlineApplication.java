package org.ohsonline;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;

/**
 * OHS Online (职业健康在线). Without the {@code prod} profile the application runs standalone on an
 * embedded PostgreSQL with demo data; see README.md.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@Modulithic(systemName = "OHS Online", sharedModules = "shared")
public class OhsOnlineApplication {

	public static void main(String[] args) {
		SpringApplication application = new SpringApplication(OhsOnlineApplication.class);
		application.addListeners(new EarlyDatabaseStart());
		if (AdministratorBootstrap.requested(args) || SyntheticDataCommand.requested(args)
				|| SecretKeyRotationCommand.requested(args) || SigningKeyRotationCommand.requested(args)) {
			// The one-off commands (first administrator, synthetic data, key rotation) must not open a port. A
			// non-web context would lack the web security beans, so keep the web context and start no
			// server: server.port=-1, as a system property so that it outranks application.properties.
			System.setProperty("server.port", "-1");
			// Nor the management port, which the running instances hold.
			System.setProperty("management.server.port", "-1");
		}
		application.run(args);
	}

}
