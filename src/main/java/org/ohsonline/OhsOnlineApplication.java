package org.ohsonline;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * OHS Online (职业健康在线). Without the {@code prod} profile the application runs standalone on an
 * embedded PostgreSQL with demo data; see README.md.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
@Modulithic(systemName = "OHS Online", sharedModules = "shared")
public class OhsOnlineApplication {

	public static void main(String[] args) {
		SpringApplication application = new SpringApplication(OhsOnlineApplication.class);
		if (AdministratorBootstrap.requested(args)) {
			// The one-off "create the first administrator" command must not open a port.
			application.setWebApplicationType(org.springframework.boot.WebApplicationType.NONE);
		}
		application.run(args);
	}

}
