package org.ohsonline;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * The one Spring context for integration tests: an ephemeral embedded PostgreSQL with the demo
 * users (admin, province, city, county, inspector, cdc, employer, agency, institution, worker).
 * Every test class using it shares the cached context, so PostgreSQL starts once per run.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = { "ohs.standalone.ephemeral=true", "ohs.demo.credentials-file=target/demo-credentials.txt" })
@AutoConfigureMockMvc
public @interface IntegrationTest {

}
