package org.ohsonline;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a production instance serves: started with {@code --spring.profiles.active=prod} as an
 * operator would, on a PostgreSQL of its own standing in for the external database, behind the
 * forwarded headers of a TLS-terminating proxy, and asked over real HTTP.
 */
class ProductionServingIntegrationTests {

	private static final String ONE_YEAR = "max-age=31536000";

	private static EmbeddedPostgres postgres;

	private static ConfigurableApplicationContext application;

	private static String base;

	private final HttpClient http = HttpClient.newHttpClient();

	@BeforeAll
	static void start() throws Exception {
		postgres = EmbeddedPostgres.builder().setServerConfig("timezone", "Asia/Shanghai").start();
		application = new SpringApplicationBuilder(OhsOnlineApplication.class).run("--spring.profiles.active=prod",
				"--server.port=0", "--management.server.port=0", "--OHS_BIND_ADDRESS=127.0.0.1",
				"--OHS_DB_URL=" + postgres.getJdbcUrl("postgres", "postgres"), "--OHS_DB_USER=postgres",
				"--OHS_DB_PASSWORD=unused-by-a-trusting-test-database",
				"--OHS_SECRET_KEY=c2VjcmV0LWtleS1vZi1hdC1sZWFzdC10aGlydHktdHdvLWJ5dGVz",
				"--OHS_PUBLIC_BASE_URL=https://ohs.example.gov.cn/", "--server.forward-headers-strategy=native");
		base = "http://127.0.0.1:" + application.getEnvironment().getProperty("local.server.port");
	}

	@AfterAll
	static void stop() throws Exception {
		if (application != null) {
			application.close();
		}
		if (postgres != null) {
			postgres.close();
		}
	}

	@Test
	void hidesTheApiDescriptionAndSwaggerUi() throws Exception {
		assertThat(get("/v3/api-docs", Map.of()).statusCode()).isEqualTo(404);
		assertThat(get("/v3/api-docs/swagger-config", Map.of()).statusCode()).isEqualTo(404);
		assertThat(get("/swagger-ui.html", Map.of()).statusCode()).isEqualTo(404);
		assertThat(get("/swagger-ui/index.html", Map.of()).statusCode()).isEqualTo(404);
	}

	@Test
	void tellsBrowsersToUseOnlyHttpsOnConsoleResponsesAndKeepsTheContentSecurityPolicy() throws Exception {
		HttpResponse<String> proxied = get("/login",
				Map.of("X-Forwarded-Proto", "https", "X-Forwarded-For", "203.0.113.7"));
		assertThat(proxied.statusCode()).isEqualTo(200);
		assertThat(proxied.headers().firstValue("Strict-Transport-Security")).hasValue(ONE_YEAR);
		assertThat(proxied.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
				csp -> assertThat(csp).contains("default-src 'self'").contains("frame-ancestors 'none'"));
		// A proxy that does not say it terminated TLS, or whose headers are not trusted: still sent.
		assertThat(get("/login", Map.of()).headers().firstValue("Strict-Transport-Security")).hasValue(ONE_YEAR);
		assertThat(get("/", Map.of()).headers().firstValue("Strict-Transport-Security")).as("the redirect to the login")
			.hasValue(ONE_YEAR);
	}

	@Test
	void tellsBrowsersToUseOnlyHttpsOnApiResponses() throws Exception {
		HttpResponse<String> refused = get("/api/v1/me", Map.of("X-Forwarded-Proto", "https"));
		assertThat(refused.statusCode()).isEqualTo(401);
		assertThat(refused.headers().firstValue("Strict-Transport-Security")).hasValue(ONE_YEAR);
		HttpResponse<String> badToken = get("/api/v1/me", Map.of("Authorization", "Bearer ohs_not-a-token"));
		assertThat(badToken.statusCode()).isEqualTo(401);
		assertThat(badToken.headers().firstValue("Strict-Transport-Security")).hasValue(ONE_YEAR);
	}

	private HttpResponse<String> get(String path, Map<String, String> headers) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).GET();
		headers.forEach(request::header);
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
