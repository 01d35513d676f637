package org.ohsonline;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * The one Spring context for integration tests: an ephemeral embedded PostgreSQL with the demo
 * users (admin, province, city, county, inspector, cdc, employer, agency, institution, worker) and the
 * tiny synthetic register (about 60 employers and 1,500 workers in 拱墅区, seed 7).
 * Every test class using it shares the cached context, so PostgreSQL starts once per run.
 * <p>
 * Console sessions stay in the servlet container here, not in the database: MockMvc tests carry
 * their session as a {@code MockHttpSession}, which Spring Session's cookie-based filter would not
 * see. Sessions in the database are tested where requests carry cookies: the browser tests and
 * {@code ClusterIntegrationTests} (two instances sharing them).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = { "ohs.standalone.ephemeral=true", "ohs.demo.credentials-file=target/demo-credentials.txt",
		"ohs.demo.synthetic-scale=tiny",
		"spring.autoconfigure.exclude=org.springframework.boot.session.jdbc.autoconfigure.JdbcSessionAutoConfiguration" })
@AutoConfigureMockMvc
public @interface IntegrationTest {

}
