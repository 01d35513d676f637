package org.ohsonline;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import org.eclipse.paho.mqttv5.client.MqttClient;
import org.eclipse.paho.mqttv5.client.MqttConnectionOptions;
import org.eclipse.paho.mqttv5.client.persist.MemoryPersistence;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.ohsonline.iam.DemoLogins;
import org.ohsonline.iam.internal.UserAdministration;
import org.ohsonline.monitoring.DeviceView;
import org.ohsonline.monitoring.Devices;
import org.ohsonline.monitoring.MonitoringFixtures;
import org.ohsonline.monitoring.mqtt.DevicePublishing;
import org.ohsonline.monitoring.mqtt.MosquittoBroker;
import org.ohsonline.monitoring.mqtt.MqttIngestion;
import org.ohsonline.registry.Employers;
import org.ohsonline.registry.RegistryFixtures;
import org.ohsonline.registry.Workers;
import org.ohsonline.registry.imports.ImportJob;
import org.ohsonline.registry.imports.ImportJobs;
import org.ohsonline.registry.imports.ImportKind;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.CacheCoherence;
import org.ohsonline.shared.Scope;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two instances on one PostgreSQL, as behind a load balancer (docs/operations.md, decision 0023):
 * a console session opened on one is served by the other and ended on both by an account change;
 * a token revoked on one is refused by the other at once, though its cache would keep it for ten
 * minutes; a locked job runs once; the MQTT shared subscription splits the readings between them and
 * each is stored once; an import checked on one is applied on the other. Their management ports
 * answer health and Prometheus metrics, and what they logged holds no secret.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIntegrationTests {

	private static final Pattern SECRET = Pattern.compile("data-testid=\"issued-secret\"[^>]*>(ohs_[^<]+)<");

	private static final Pattern STARTING = Pattern.compile(" : Starting \\w+ (v\\S+ )?using Java");

	private static final Pattern STARTED = Pattern.compile(" : Started \\w+ in ");

	private static final Pattern REVOKE = Pattern.compile("/account/tokens/(\\d+)/revoke");

	@TempDir
	static Path directory;

	EmbeddedPostgres postgres;

	MosquittoBroker broker;

	ConfigurableApplicationContext a;

	ConfigurableApplicationContext b;

	final String secretKey = randomKey();

	TestUsers users;

	final List<String> demoPasswords = new ArrayList<>();

	final String managementToken = randomKey();

	@BeforeAll
	void start() throws Exception {
		Files.deleteIfExists(log());
		this.postgres = EmbeddedPostgres.builder().setServerConfig("max_connections", "150").start();
		this.broker = MosquittoBroker.start();
		this.a = instance(true);
		this.b = instance(false);
		this.users = new TestUsers(this.a.getBean(UserAdministration.class), this.a.getBean(UserDetailsService.class));
		this.users.ensure("cluster-county", "COUNTY_SUPERVISOR", "330105", null);
		this.a.getBean(DemoLogins.class).logins().forEach(login -> this.demoPasswords.add(login.password()));
		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.a.getBean(CacheCoherence.class).listening() && this.b.getBean(CacheCoherence.class).listening());
	}

	@AfterAll
	void stop() throws Exception {
		for (ConfigurableApplicationContext context : new ConfigurableApplicationContext[] { this.b, this.a }) {
			if (context != null) {
				context.close();
			}
		}
		if (this.broker != null) {
			this.broker.close();
		}
		if (this.postgres != null) {
			this.postgres.close();
		}
	}

	private ConfigurableApplicationContext instance(boolean first) {
		return new SpringApplicationBuilder(OhsOnlineApplication.class).run("--server.port=0",
				"--management.server.port=0", "--spring.datasource.url=" + this.postgres.getJdbcUrl("postgres", "postgres"),
				"--spring.datasource.username=postgres", "--spring.datasource.hikari.maximum-pool-size=10",
				"--ohs.secret-key=" + this.secretKey, "--ohs.demo.enabled=" + first, "--ohs.demo.synthetic-scale=none",
				"--ohs.demo.background=false", "--ohs.demo.credentials-file=" + directory.resolve("demo.txt"),
				"--ohs.monitoring.simulator.enabled=false", "--ohs.monitoring.mqtt.url=" + this.broker.url(),
				// Ten minutes: only the notice from the other instance can make a revocation take effect in time.
				"--ohs.security.token-cache-ttl=10m", "--logging.file.name=" + log(),
				"--ohs.management.token=" + (first ? "" : this.managementToken));
	}

	private static String base(ConfigurableApplicationContext context) {
		return "http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port");
	}

	private static String management(ConfigurableApplicationContext context) {
		return "http://127.0.0.1:" + context.getEnvironment().getProperty("local.management.port");
	}

	@Test
	void aSessionOpenedOnOneInstanceIsServedByTheOtherAndEndedOnBothByALock() throws Exception {
		UserAdministration administration = this.a.getBean(UserAdministration.class);
		long id = this.users.ensure("cluster-session", "COUNTY_SUPERVISOR", "330105", null).id();
		ConsoleClient browser = new ConsoleClient();
		browser.logIn(base(this.a), "cluster-session", TestUsers.PASSWORD);
		assertThat(browser.get(base(this.b) + "/", Map.of()).statusCode()).as("B serves A's session").isEqualTo(200);

		// A form rendered by B is accepted by A (the CSRF token lives in the shared session), and the
		// flash message of A's redirect is shown by B.
		String form = browser.get(base(this.b) + "/account/tokens", Map.of()).body();
		HttpResponse<String> minted = browser.postForm(base(this.a) + "/account/tokens",
				Map.of("_csrf", ConsoleClient.csrf(form), "name", "cluster", "daysValid", "30", "permissions",
						"registry:employer:read"),
				Map.of());
		assertThat(minted.statusCode()).isEqualTo(302);
		assertThat(SECRET.matcher(browser.get(base(this.b) + "/account/tokens", Map.of()).body()).find())
			.as("the issued secret, a flash attribute set on A, is shown on B")
			.isTrue();

		administration.lock(Actor.system("test"), id);
		HttpResponse<String> afterLock = browser.get(base(this.b) + "/", Map.of("X-Correlation-Id", "cluster-session-end-1"));
		assertThat(afterLock.statusCode()).isEqualTo(302);
		assertThat(afterLock.headers().firstValue("Location").orElse("")).endsWith("/login?expired");
		assertThat(browser.get(base(this.a) + "/", Map.of()).headers().firstValue("Location").orElse(""))
			.as("the session ended on B is gone on A too")
			.endsWith("/login");
		administration.unlock(Actor.system("test"), id);
		assertThat(Files.readString(log())).as("the log line of that request carries its correlation id")
			.containsPattern("\\[cluster-session-end-1\\] .*Ended a session of cluster-session");
	}

	/** Under target/, so that it can be read after the run; emptied when the class starts. */
	private static Path log() {
		return Path.of("target", "cluster-integration.log").toAbsolutePath();
	}

	@Test
	void aTokenRevokedOnOneInstanceIsRefusedByTheOtherAtOnce() throws Exception {
		ConsoleClient browser = new ConsoleClient();
		browser.logIn(base(this.a), "cluster-county", TestUsers.PASSWORD);
		String form = browser.get(base(this.a) + "/account/tokens", Map.of()).body();
		browser.postForm(base(this.a) + "/account/tokens", Map.of("_csrf", ConsoleClient.csrf(form), "name", "revoked",
				"daysValid", "30", "permissions", "registry:employer:read"), Map.of());
		String page = browser.get(base(this.a) + "/account/tokens", Map.of()).body();
		Matcher secret = SECRET.matcher(page);
		assertThat(secret.find()).isTrue();
		String token = secret.group(1);
		Map<String, String> bearer = Map.of("Authorization", "Bearer " + token);
		assertThat(browser.get(base(this.b) + "/api/v1/me", bearer).statusCode()).as("cached on B now").isEqualTo(200);

		Matcher revoke = REVOKE.matcher(page);
		String tokenId = null;
		while (revoke.find()) {
			tokenId = revoke.group(1);
		}
		String correlation = "cluster-revoke-" + System.nanoTime();
		Instant revokedAt = Instant.now();
		browser.postForm(base(this.a) + "/account/tokens/" + tokenId + "/revoke",
				Map.of("_csrf", ConsoleClient.csrf(page)), Map.of("X-Correlation-Id", correlation));
		await().atMost(Duration.ofSeconds(5))
			.pollInterval(Duration.ofMillis(50))
			.until(() -> browser.get(base(this.b) + "/api/v1/me", bearer).statusCode() == 401);
		System.out.println("Revoked on A, refused on B after " + Duration.between(revokedAt, Instant.now()).toMillis()
				+ " ms (token cache time to live: 10 min)");
		assertThat(this.a.getBean(JdbcClient.class)
			.sql("select count(*) from audit.entry where correlation_id = :c and action = 'iam.token.revoked'")
			.param("c", correlation)
			.query(Long.class)
			.single()).as("the audit entry carries the request's correlation id").isEqualTo(1);
	}

	@Test
	void aLockedJobRunsOnOneInstanceOnly() throws Exception {
		AtomicInteger runs = new AtomicInteger();
		LockConfiguration lock = new LockConfiguration(Instant.now(), "cluster-test", Duration.ofSeconds(30),
				Duration.ofSeconds(5));
		CountDownLatch running = new CountDownLatch(1);
		CountDownLatch otherTried = new CountDownLatch(1);
		// A's run holds the lock until B has tried to run the same job.
		Runnable holding = () -> {
			runs.incrementAndGet();
			running.countDown();
			try {
				otherTried.await(30, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		};
		CompletableFuture<Void> onA = CompletableFuture
			.runAsync(() -> new DefaultLockingTaskExecutor(this.a.getBean(LockProvider.class)).executeWithLock(holding, lock));
		assertThat(running.await(30, TimeUnit.SECONDS)).as("A runs the job").isTrue();
		new DefaultLockingTaskExecutor(this.b.getBean(LockProvider.class)).executeWithLock(
				(Runnable) () -> runs.incrementAndGet(), new LockConfiguration(Instant.now(), "cluster-test",
						Duration.ofSeconds(30), Duration.ZERO));
		otherTried.countDown();
		onA.join();
		assertThat(runs).as("two instances, one run").hasValue(1);
	}

	@Test
	void theSharedSubscriptionSplitsReadingsBetweenInstancesAndEachIsStoredOnce() throws Exception {
		Devices devices = this.a.getBean(Devices.class);
		MonitoringFixtures fixtures = new MonitoringFixtures(this.a.getBean(Employers.class), this.a.getBean(Workers.class),
				devices);
		DeviceView device = fixtures.device(fixtures.site(), "2013", "mg/m³", 60, 500);
		long before = received(this.a) + received(this.b);
		int messages = 120;
		MqttClient sender = new MqttClient(this.broker.url(), "cluster-" + device.code(), new MemoryPersistence());
		MqttConnectionOptions options = new MqttConnectionOptions();
		options.setCleanStart(true);
		sender.connect(options);
		Instant start = Instant.now().truncatedTo(ChronoUnit.MINUTES).minus(messages + 5, ChronoUnit.MINUTES);
		for (int k = 0; k < messages; k++) {
			String batch = "{\"unit\":\"mg/m³\",\"readings\":[{\"t\":\"" + start.plus(k, ChronoUnit.MINUTES) + "\",\"v\":1.5}]}";
			DevicePublishing.publish(sender, "ohs/v1/devices/" + device.code() + "/readings", batch);
		}
		sender.disconnect();
		sender.close();
		JdbcClient jdbc = this.a.getBean(JdbcClient.class);
		await().atMost(Duration.ofSeconds(60))
			.until(() -> jdbc.sql("select count(*) from monitoring.reading where device_id = :d")
				.param("d", device.id())
				.query(Long.class)
				.single() == messages);
		long onA = received(this.a);
		long onB = received(this.b);
		System.out.println("MQTT: " + messages + " messages sent, " + onA + " handled by A, " + onB + " by B, "
				+ messages + " readings stored");
		assertThat(onA + onB - before).isEqualTo(messages);
		assertThat(onA).as("A takes a share").isPositive();
		assertThat(onB).as("B takes a share").isPositive();
	}

	private static long received(ConfigurableApplicationContext context) {
		return context.getBean(MqttIngestion.class).receivedPerConnection().stream().mapToLong(Long::longValue).sum();
	}

	@Test
	void anImportCheckedOnOneInstanceIsAppliedOnTheOther() throws Exception {
		long owner = this.users.ensure("cluster-county", "COUNTY_SUPERVISOR", "330105", null).id();
		Actor actor = new Actor(owner, "cluster-county", "cluster-county", "330105", Scope.region("330105"),
				Set.of("registry:import:write", "registry:employer:write", "registry:employer:read"), "127.0.0.1",
				Actor.Channel.UI);
		StringBuilder csv = new StringBuilder("\uFEFF").append(String.join(",", ImportKind.EMPLOYERS.header()))
			.append("\r\n");
		int rows = 20;
		String tag = "集群" + System.nanoTime() % 100_000;
		for (int i = 0; i < rows; i++) {
			csv.append(String.join(",", RegistryFixtures.creditCode("330105"), tag + i, "330105001", "测试路 2 号", "3311", "",
					"20", "800", "张三", "李四", "13800000000", ""))
				.append("\r\n");
		}
		ImportJobs onA = this.a.getBean(ImportJobs.class);
		ImportJobs onB = this.b.getBean(ImportJobs.class);
		long job = onA.start(actor, ImportKind.EMPLOYERS, "cluster.csv",
				new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)), Locale.SIMPLIFIED_CHINESE);
		await().atMost(Duration.ofSeconds(60)).until(() -> onB.job(actor, job).status() == ImportJob.Status.READY);
		assertThat(onB.job(actor, job).accepted()).isEqualTo(rows);
		onB.apply(actor, job, Locale.SIMPLIFIED_CHINESE);
		await().atMost(Duration.ofSeconds(60)).until(() -> onA.job(actor, job).status() == ImportJob.Status.APPLIED);
		assertThat(this.a.getBean(JdbcClient.class)
			.sql("select count(*) from registry.employer where name like :t")
			.param("t", tag + "%")
			.query(Long.class)
			.single()).isEqualTo(rows);
	}

	@Test
	void theManagementPortsAnswerHealthAndMetricsBehindTheirTokenAndTheConsolePortsDoNot() throws Exception {
		ConsoleClient client = new ConsoleClient();
		// Some traffic to measure: a console page of a logged-in user.
		client.logIn(base(this.a), "cluster-county", TestUsers.PASSWORD);
		assertThat(client.get(base(this.a) + "/account/tokens", Map.of()).statusCode()).isEqualTo(200);
		HttpResponse<String> health = client.get(management(this.a) + "/actuator/health", Map.of());
		assertThat(health.statusCode()).isEqualTo(200);
		assertThat(health.body()).contains("\"status\":\"UP\"", "\"db\"", "\"diskSpace\"", "\"broker\"");
		// A scheduled job runs every ten seconds; its runs are counted once it has run.
		String metrics = await().atMost(Duration.ofSeconds(60))
			.until(() -> client.get(management(this.a) + "/actuator/prometheus", Map.of()).body(),
					body -> body.contains("tasks_scheduled_execution_seconds_count{"));
		assertThat(metrics).contains("http_server_requests_seconds_count{", "uri=\"/account/tokens\"",
				"http_server_requests_seconds_bucket{", "ohs_monitoring_readings_total{",
				"channel=\"http\",outcome=\"rejected\"", "channel=\"mqtt\",outcome=\"accepted\"",
				"ohs_events_publications{", "hikaricp_connections_active{", "hikaricp_connections_pending{",
				"jvm_memory_used_bytes{");
		assertThat(client.get(base(this.a) + "/actuator/health", Map.of()).statusCode())
			.as("not on the console's port")
			.isNotEqualTo(200);
		assertThat(client.get(base(this.a) + "/actuator/prometheus", Map.of()).statusCode())
			.as("not on the console's port")
			.isNotEqualTo(200);

		// B was started with a management token: its metrics ask for it, its health check does not.
		assertThat(client.get(management(this.b) + "/actuator/prometheus", Map.of()).statusCode()).isEqualTo(401);
		assertThat(client.get(management(this.b) + "/actuator/prometheus", Map.of("Authorization", "Bearer wrong"))
			.statusCode()).isEqualTo(401);
		assertThat(client
			.get(management(this.b) + "/actuator/prometheus", Map.of("Authorization", "Bearer " + this.managementToken))
			.statusCode()).isEqualTo(200);
		assertThat(client.get(management(this.b) + "/actuator/health", Map.of()).statusCode()).isEqualTo(200);
	}

	/**
	 * A first start (issue 20, item 9) says what it does — the schemas, the catalogs it loads, the
	 * recomputations — and nothing worth a warning: no library's fallback fonts, deprecations or advice.
	 */
	@Test
	void aFirstStartLogsWhatItDoesAndNoWarnings() throws Exception {
		List<String> lines = Files.readAllLines(log());
		// The first instance's lines: up to where the second one starts.
		int second = 1;
		while (second < lines.size() && !STARTING.matcher(lines.get(second)).find()) {
			second++;
		}
		List<String> firstStart = lines.subList(0, second);
		System.out.println("First start: " + firstStart.size() + " log lines");
		assertThat(firstStart).as("the first instance started").anyMatch(line -> STARTED.matcher(line).find());
		assertThat(firstStart).as("no warnings or errors on a first start")
			.noneMatch(line -> line.contains(" WARN ") || line.contains(" ERROR "));
		assertThat(firstStart).filteredOn(line -> line.contains("Database schemas:"))
			.as("one line for every schema migrated")
			.singleElement()
			.asString()
			.contains("registry → ", "iam → ")
			.containsPattern("Database schemas: (\\d+) of \\1 migrated");
		assertThat(firstStart).anyMatch(line -> line.contains("Loaded catalog industries"));
		assertThat(firstStart).as("a short log, not pages of library chatter").hasSizeLessThan(80);
	}

	/** Last: the log of everything the instances did above, start-up and demo seeding included. */
	@Test
	@Order(Integer.MAX_VALUE)
	void nothingLoggedHoldsASecretOrAnIdentityNumber() throws Exception {
		String log = Files.readString(log());
		System.out.println("Log checked for secrets: " + log.lines().count() + " lines");
		assertThat(log).isNotEmpty()
			.doesNotContain(this.demoPasswords.toArray(String[]::new))
			.doesNotContain(this.secretKey)
			.doesNotContain(this.managementToken)
			.doesNotContain(TestUsers.PASSWORD)
			.doesNotContainPattern("ohs_[A-Za-z0-9_-]{20,}")
			.doesNotContainPattern("dev_[A-Za-z0-9_-]{20,}")
			// an 18-character identity number (GB 11643), anywhere in the log
			.doesNotContainPattern("(?<![0-9])[1-6][0-9]{5}(19|20)[0-9]{2}(0[1-9]|1[0-2])(0[1-9]|[12][0-9]|3[01])[0-9]{3}[0-9X](?![0-9])");
	}

	private static String randomKey() {
		byte[] key = new byte[32];
		new SecureRandom().nextBytes(key);
		return Base64.getEncoder().encodeToString(key);
	}

}
