package org.ohsonline;

import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.eclipse.paho.mqttv5.client.MqttClient;
import org.eclipse.paho.mqttv5.client.MqttConnectionOptions;
import org.eclipse.paho.mqttv5.client.persist.MemoryPersistence;
import org.junit.jupiter.api.io.TempDir;
import org.ohsonline.agency.Agencies;
import org.ohsonline.agency.AgencyView;
import org.ohsonline.iam.internal.ApiTokenService;
import org.ohsonline.iam.internal.UserView;
import org.ohsonline.monitoring.Devices;
import org.ohsonline.monitoring.IssuedDeviceToken;
import org.ohsonline.monitoring.MonitoringFixtures;
import org.ohsonline.monitoring.mqtt.DevicePublishing;
import org.ohsonline.monitoring.mqtt.MosquittoBroker;
import org.ohsonline.iam.internal.UserAdministration;
import org.ohsonline.registry.EmployerView;
import org.ohsonline.registry.Employers;
import org.ohsonline.registry.RegistryFixtures;
import org.ohsonline.registry.SyntheticData;
import org.ohsonline.registry.Workers;
import org.ohsonline.registry.imports.ImportKind;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.Scope;
import org.ohsonline.surveillance.ExamFixtures;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Faults (issue 20, item 1): the platform, a JVM of its own on a PostgreSQL that outlives it, killed
 * with SIGKILL in the middle of an HTTP ingestion stream, then started again. The device keeps
 * every batch until it is acknowledged and sends again what was not, and the batches around the kill
 * once more (an acknowledgement lost on the way is the same to a device as none). Counted: readings
 * sent, acknowledged, stored, duplicates; every acknowledged reading is stored, each once; nothing
 * is lost; no event publication is left incomplete. The same over MQTT; and an import, the synthetic
 * generation and a batch of event listeners killed while they write.
 */
@Tag("slow")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FaultsIntegrationTests {

	private static final int BATCHES = 300;

	private static final int PER_BATCH = 10;

	private static final Pattern ACCEPTED = Pattern.compile("\"accepted\"\\s*:\\s*(\\d+)");

	private static final Pattern DUPLICATES = Pattern.compile("\"duplicates\"\\s*:\\s*(\\d+)");

	@TempDir
	Path directory;

	EmbeddedPostgres postgres;

	final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@BeforeAll
	void start() throws Exception {
		this.postgres = EmbeddedPostgres.builder().start();
	}

	@AfterAll
	void stop() throws Exception {
		if (this.postgres != null) {
			this.postgres.close();
		}
	}

	@Test
	void anHttpIngestionStreamKilledMidwayLosesNoAcknowledgedReadingAndStoresEachOnce() throws Exception {
		IssuedDeviceToken device = device();
		JdbcClient jdbc = JdbcClient.create(this.postgres.getPostgresDatabase());
		List<String> batches = batches();

		int port = 18_400 + (int) (ProcessHandle.current().pid() % 500);
		Process platform = launch(port, "first.log");
		awaitLogin(port, platform, "first.log");
		// Three senders stream the batches in order; the platform is killed once a sixth are acknowledged,
		// with requests in flight: some committed and not acknowledged, some not committed.
		AtomicIntegerArray acknowledged = new AtomicIntegerArray(BATCHES);
		AtomicLong acceptedReported = new AtomicLong();
		AtomicLong duplicatesReported = new AtomicLong();
		AtomicInteger next = new AtomicInteger();
		AtomicInteger sentReadings = new AtomicInteger();
		ExecutorService senders = Executors.newFixedThreadPool(3);
		for (int t = 0; t < 3; t++) {
			senders.execute(() -> {
				for (int b = next.getAndIncrement(); b < BATCHES; b = next.getAndIncrement()) {
					sentReadings.addAndGet(PER_BATCH);
					HttpResponse<String> response = send(port, device.secret(), batches.get(b));
					if (response != null && response.statusCode() / 100 == 2) {
						acknowledged.set(b, 1);
						acceptedReported.addAndGet(count(ACCEPTED, response.body()));
						duplicatesReported.addAndGet(count(DUPLICATES, response.body()));
					}
				}
			});
		}
		await().atMost(Duration.ofSeconds(60)).until(() -> count(acknowledged) >= BATCHES / 6);
		platform.destroyForcibly();
		platform.waitFor();
		senders.shutdown();
		assertThat(senders.awaitTermination(120, TimeUnit.SECONDS)).isTrue();
		assertThat(platform.exitValue()).as("killed by SIGKILL").isEqualTo(137);
		int acknowledgedBeforeRestart = count(acknowledged);
		long storedAtKill = stored(jdbc, device);
		System.out.printf("Killed with %d of %d batches acknowledged, %d readings stored%n", acknowledgedBeforeRestart,
				BATCHES, storedAtKill);
		assertThat(acknowledgedBeforeRestart).as("killed mid-stream").isLessThan(BATCHES);
		assertThat(storedAtKill).as("every acknowledged reading was stored before the kill")
			.isGreaterThanOrEqualTo((long) acknowledgedBeforeRestart * PER_BATCH);

		// Started again on the same database; the device sends again what was not acknowledged and, as an
		// acknowledgement may have been lost, the last five that were.
		Process again = launch(port, "second.log");
		try {
			awaitLogin(port, again, "second.log");
			List<Integer> resend = new ArrayList<>();
			List<Integer> acknowledgedBatches = new ArrayList<>();
			for (int b = 0; b < BATCHES; b++) {
				(acknowledged.get(b) == 1 ? acknowledgedBatches : resend).add(b);
			}
			List<Integer> again5 = acknowledgedBatches.subList(Math.max(0, acknowledgedBatches.size() - 5),
					acknowledgedBatches.size());
			resend.addAll(again5);
			for (int b : resend) {
				sentReadings.addAndGet(PER_BATCH);
				HttpResponse<String> response = send(port, device.secret(), batches.get(b));
				assertThat(response).as("batch " + b + " after the restart").isNotNull();
				assertThat(response.statusCode()).as(response.body()).isBetween(200, 299);
				acknowledged.set(b, 1);
				acceptedReported.addAndGet(count(ACCEPTED, response.body()));
				duplicatesReported.addAndGet(count(DUPLICATES, response.body()));
			}
			long stored = stored(jdbc, device);
			long distinct = distinct(jdbc, device);
			long acknowledgedReadings = (long) count(acknowledged) * PER_BATCH;
			long lost = acknowledgedReadings - stored;
			System.out.printf("Faults, HTTP ingestion killed with %d of %d batches acknowledged: sent %d readings "
					+ "(resends included), acknowledged %d distinct, stored %d, accepted %d, duplicates reported %d, "
					+ "duplicates stored %d, lost %d%n", acknowledgedBeforeRestart, BATCHES, sentReadings.get(),
					acknowledgedReadings, stored, acceptedReported.get(), duplicatesReported.get(), stored - distinct, lost);
			assertThat(acknowledgedReadings).as("every batch acknowledged in the end").isEqualTo(BATCHES * PER_BATCH);
			assertThat(stored).as("stored = acknowledged: none lost").isEqualTo(acknowledgedReadings);
			assertThat(distinct).as("each stored once").isEqualTo(stored);
			assertThat(lost).isZero();
			assertThat(acceptedReported.get() + duplicatesReported.get())
				.as("every reading of an acknowledged answer was accepted or recognised as a duplicate")
				.isEqualTo((long) (acknowledgedBeforeRestart + resend.size()) * PER_BATCH);
			assertThat(acceptedReported.get()).as("accepted at most once each").isLessThanOrEqualTo(stored);
			assertThat(duplicatesReported.get()).as("at least the five resent after acknowledgement are duplicates")
				.isGreaterThanOrEqualTo((long) again5.size() * PER_BATCH);
			await().atMost(Duration.ofSeconds(60))
				.until(() -> jdbc.sql("select count(*) from event_publication where completion_date is null")
					.query(Long.class)
					.single() == 0);
		}
		finally {
			again.destroy();
			again.waitFor();
		}
	}

	/**
	 * An import killed while it writes its rows: the apply is one transaction, so nothing of it is in
	 * the register; started again, the platform finds the job whose instance stopped beating, says so
	 * and makes it ready again; applied again, every row is registered once.
	 */
	@Test
	void anImportKilledWhileApplyingWritesNothingIsReadyAgainAndAppliesOnce() throws Exception {
		try (ConfigurableApplicationContext setup = new SpringApplicationBuilder(OhsOnlineApplication.class)
			.run(arguments(0).toArray(String[]::new))) {
			new TestUsers(setup.getBean(UserAdministration.class), setup.getBean(UserDetailsService.class))
				.ensure("faults-county", "COUNTY_SUPERVISOR", "330105", null);
		}
		JdbcClient jdbc = JdbcClient.create(this.postgres.getPostgresDatabase());
		int rows = 3_000;
		String tag = "故障" + System.nanoTime() % 100_000 + "号";
		StringBuilder csv = new StringBuilder("\uFEFF").append(String.join(",", ImportKind.EMPLOYERS.header())).append("\r\n");
		for (int i = 0; i < rows; i++) {
			csv.append(String.join(",", RegistryFixtures.creditCode("330105"), tag + i, "330105001", "测试路 2 号", "3311", "",
					"20", "800", "张三", "李四", "13800000000", ""))
				.append("\r\n");
		}
		int port = 18_900 + (int) (ProcessHandle.current().pid() % 500);
		String base = "http://127.0.0.1:" + port;
		Process platform = launch(port, "import-first.log");
		awaitLogin(port, platform, "import-first.log");
		ConsoleClient browser = new ConsoleClient();
		browser.logIn(base, "faults-county", TestUsers.PASSWORD);
		String page = browser.get(base + "/imports", java.util.Map.of()).body();
		HttpResponse<String> uploaded = browser.upload(base + "/imports",
				java.util.Map.of("_csrf", ConsoleClient.csrf(page), "kind", "EMPLOYERS"), "file", "faults.csv",
				csv.toString().getBytes(StandardCharsets.UTF_8));
		assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(302);
		long job = Long.parseLong(uploaded.headers().firstValue("Location").orElseThrow().replaceAll(".*/imports/", ""));
		await().atMost(Duration.ofSeconds(180)).until(() -> "READY".equals(status(jdbc, job)));
		String detail = browser.get(base + "/imports/" + job, java.util.Map.of()).body();
		browser.postForm(base + "/imports/" + job + "/apply", java.util.Map.of("_csrf", ConsoleClient.csrf(detail)),
				java.util.Map.of());
		await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(20))
			.until(() -> !"READY".equals(status(jdbc, job)));
		String atKill = status(jdbc, job);
		platform.destroyForcibly();
		platform.waitFor();
		assertThat(atKill).as("killed while applying").isEqualTo("APPLYING");
		assertThat(registered(jdbc, tag)).as("nothing of the apply is in the register").isZero();

		// Started again, with a shorter wait for the beat, as for an instance long gone; longer than the beat
		// (every 10 s) with room to spare, or the apply that follows, beating late on a loaded machine, is taken
		// for interrupted by its own instance (it was, with 2 s, at a load average of 12).
		Process again = launch(port, "import-second.log", "--ohs.registry.import-stale-after=25s");
		try {
			awaitLogin(port, again, "import-second.log");
			await().atMost(Duration.ofSeconds(60)).until(() -> "READY".equals(status(jdbc, job)));
			assertThat(jdbc.sql("select problem_code from registry.import_job where id = :id")
				.param("id", job)
				.query(String.class)
				.single()).as("the job says it was interrupted").isEqualTo("registry.import.applyInterrupted");
			ConsoleClient user = new ConsoleClient();
			user.logIn(base, "faults-county", TestUsers.PASSWORD);
			String shown = user.get(base + "/imports/" + job, java.util.Map.of()).body();
			user.postForm(base + "/imports/" + job + "/apply", java.util.Map.of("_csrf", ConsoleClient.csrf(shown)),
					java.util.Map.of());
			await().atMost(Duration.ofSeconds(180)).until(() -> "APPLIED".equals(status(jdbc, job)));
			long registered = registered(jdbc, tag);
			System.out.printf("Faults, import killed while applying: %d rows, 0 written before the kill, %d registered "
					+ "after the restart and a second apply, duplicates %d, lost %d%n", rows, registered,
					Math.max(0, registered - rows), Math.max(0, rows - registered));
			assertThat(registered).as("every row once").isEqualTo(rows);
		}
		finally {
			again.destroy();
			again.waitFor();
		}
	}

	/**
	 * Standalone mode killed with SIGKILL: its embedded PostgreSQL is a process of its own and outlives
	 * the JVM, holding the data directory. Started again, the platform stops that orphan (a fast
	 * shutdown) and starts on the same data; stopped normally, it leaves no PostgreSQL behind.
	 */
	@Test
	void aStandaloneInstanceKilledStartsAgainOnItsDataDirectory() throws Exception {
		Path data = this.directory.resolve("standalone");
		int port = 19_400 + (int) (ProcessHandle.current().pid() % 500);
		List<String> standalone = List.of("--server.port=" + port, "--management.server.port=-1",
				"--ohs.standalone.data-directory=" + data, "--ohs.demo.enabled=false", "--ohs.monitoring.simulator.enabled=false");
		Process first = launchWith(standalone, "standalone-first.log");
		awaitLogin(port, first, "standalone-first.log");
		long orphan = Long.parseLong(Files.readAllLines(data.resolve("postgres/postmaster.pid")).get(0).trim());
		first.destroyForcibly();
		first.waitFor();
		assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive)).as("PostgreSQL outlives the killed JVM")
			.contains(true);

		Process second = launchWith(standalone, "standalone-second.log");
		long postmaster;
		try {
			awaitLogin(port, second, "standalone-second.log");
			assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive).orElse(false)).as("the orphan was stopped")
				.isFalse();
			postmaster = Long.parseLong(Files.readAllLines(data.resolve("postgres/postmaster.pid")).get(0).trim());
			assertThat(Files.readString(this.directory.resolve("standalone-second.log")))
				.contains("still runs (process " + orphan + "): stopping it");
		}
		finally {
			second.destroy();
			second.waitFor();
		}
		await().atMost(Duration.ofSeconds(60))
			.until(() -> !ProcessHandle.of(postmaster).map(ProcessHandle::isAlive).orElse(false));
	}

	/**
	 * PostgreSQL restarted (a fast shutdown, then a start) under an ingestion load: requests in the gap
	 * fail and are not acknowledged, the pool reconnects, the cache notices listen again, and once the
	 * device has sent again what was not acknowledged every reading is stored once.
	 */
	@Test
	void aDatabaseRestartedUnderLoadLosesNoAcknowledgedReading() throws Exception {
		Path data = this.directory.resolve("restarted-postgres");
		int databasePort;
		try (java.net.ServerSocket free = new java.net.ServerSocket(0)) {
			databasePort = free.getLocalPort();
		}
		EmbeddedPostgres[] running = { postgres(data, databasePort) };
		try {
			EmbeddedPostgres database = running[0];
			List<String> arguments = new ArrayList<>(List.of("--server.port=0", "--management.server.port=0",
					"--spring.datasource.url=" + database.getJdbcUrl("postgres", "postgres"),
					"--spring.datasource.username=postgres", "--ohs.standalone.data-directory=" + this.directory.resolve("data"),
					"--ohs.secret-key=MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=", "--ohs.demo.enabled=false",
					"--ohs.monitoring.simulator.enabled=false"));
			try (ConfigurableApplicationContext platform = new SpringApplicationBuilder(OhsOnlineApplication.class)
				.run(arguments.toArray(String[]::new))) {
				Devices devices = platform.getBean(Devices.class);
				MonitoringFixtures fixtures = new MonitoringFixtures(platform.getBean(Employers.class),
						platform.getBean(Workers.class), devices);
				IssuedDeviceToken device = devices.issueToken(MonitoringFixtures.GONGSHU,
						fixtures.device(fixtures.site(), "2013", "mg/m³", 60, 500).id());
				int port = Integer.parseInt(platform.getEnvironment().getProperty("local.server.port"));
				List<String> batches = batches();
				AtomicIntegerArray acknowledged = new AtomicIntegerArray(BATCHES);
				AtomicInteger next = new AtomicInteger();
				AtomicInteger failed = new AtomicInteger();
				ExecutorService senders = Executors.newFixedThreadPool(3);
				for (int t = 0; t < 3; t++) {
					senders.execute(() -> {
						for (int b = next.getAndIncrement(); b < BATCHES; b = next.getAndIncrement()) {
							HttpResponse<String> response = send(port, device.secret(), batches.get(b));
							if (response != null && response.statusCode() / 100 == 2) {
								acknowledged.set(b, 1);
							}
							else {
								failed.incrementAndGet();
							}
						}
					});
				}
				await().atMost(Duration.ofSeconds(60)).until(() -> count(acknowledged) >= BATCHES / 6);
				// A fast shutdown (open transactions rolled back, connections dropped), then a start on the
				// same data directory and port, as an operator's restart.
				String before = Files.readAllLines(data.resolve("postmaster.pid")).get(0);
				running[0].close();
				running[0] = postgres(data, databasePort);
				assertThat(Files.readAllLines(data.resolve("postmaster.pid")).get(0)).as("another postmaster")
					.isNotEqualTo(before);
				senders.shutdown();
				assertThat(senders.awaitTermination(120, TimeUnit.SECONDS)).isTrue();
				int acknowledgedInFirstPass = count(acknowledged);

				// The device sends again what was not acknowledged.
				for (int b = 0; b < BATCHES; b++) {
					if (acknowledged.get(b) == 0) {
						int batch = b;
						await().atMost(Duration.ofSeconds(60)).until(() -> {
							HttpResponse<String> response = send(port, device.secret(), batches.get(batch));
							return response != null && response.statusCode() / 100 == 2;
						});
						acknowledged.set(b, 1);
					}
				}
				JdbcClient jdbc = JdbcClient.create(database.getPostgresDatabase());
				long stored = stored(jdbc, device);
				System.out.printf("Faults, PostgreSQL restarted under ingestion: %d batches of %d, %d acknowledged in the "
						+ "first pass, %d requests failed during the restart, %d readings stored after resending, lost %d%n",
						BATCHES, PER_BATCH, acknowledgedInFirstPass, failed.get(), stored, BATCHES * PER_BATCH - stored);
				assertThat(stored).as("every reading once, none lost").isEqualTo((long) BATCHES * PER_BATCH);
				await().atMost(Duration.ofSeconds(60))
					.until(() -> platform.getBean(org.ohsonline.shared.CacheCoherence.class).listening());
			}
		}
		finally {
			running[0].close();
		}
	}

	/**
	 * A device publishing over MQTT (QoS 1) to a real Mosquitto while the platform, subscribed with
	 * persistent sessions, is killed: the broker acknowledged each message to the device when it took
	 * it, kept those the platform had not acknowledged (taken, or in flight, at the kill) in the
	 * platform's sessions, and delivers them again after the restart; each reading is stored once.
	 */
	@Test
	void anMqttIngestionStreamKilledMidwayLosesNoAcknowledgedReadingAndStoresEachOnce() throws Exception {
		IssuedDeviceToken device = device();
		JdbcClient jdbc = JdbcClient.create(this.postgres.getPostgresDatabase());
		List<String> batches = batches();
		try (MosquittoBroker broker = MosquittoBroker.start()) {
			int port = 19_900 + (int) (ProcessHandle.current().pid() % 500);
			String[] mqtt = { "--ohs.monitoring.mqtt.url=" + broker.url(), "--ohs.monitoring.mqtt.connections=2",
					"--ohs.monitoring.mqtt.client-id-prefix=faults-" + ProcessHandle.current().pid() };
			Process platform = launch(port, "mqtt-first.log", mqtt);
			awaitLogin(port, platform, "mqtt-first.log");
			MqttClient client = new MqttClient(broker.url(), "device-" + device.device().code(), new MemoryPersistence());
			MqttConnectionOptions options = new MqttConnectionOptions();
			options.setCleanStart(true);
			client.connect(options);
			String topic = "ohs/v1/devices/" + device.device().code() + "/readings";
			// The first batch is stored before the stream begins: the platform's sessions are subscribed.
			DevicePublishing.publish(client, topic, batches.get(0));
			await().atMost(Duration.ofSeconds(60)).until(() -> stored(jdbc, device) == PER_BATCH);
			AtomicInteger acknowledged = new AtomicInteger(1);
			ExecutorService sender = Executors.newSingleThreadExecutor();
			java.util.concurrent.Future<?> sending = sender.submit(() -> {
				for (int b = 1; b < BATCHES; b++) {
					DevicePublishing.publish(client, topic, batches.get(b));
					acknowledged.incrementAndGet();
				}
				return null;
			});
			await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(10))
				.until(() -> stored(jdbc, device) >= BATCHES * PER_BATCH / 6);
			platform.destroyForcibly();
			platform.waitFor();
			int acknowledgedAtKill = acknowledged.get();
			long storedAtKill = stored(jdbc, device);
			sending.get(120, TimeUnit.SECONDS);
			sender.shutdown();
			client.disconnect();
			client.close();
			assertThat(platform.exitValue()).as("killed by SIGKILL").isEqualTo(137);
			assertThat(storedAtKill).as("killed mid-stream").isLessThan((long) BATCHES * PER_BATCH);

			// Started again with the same client identifiers: the broker hands over what it kept.
			Process again = launch(port, "mqtt-second.log", mqtt);
			try {
				awaitLogin(port, again, "mqtt-second.log");
				long acknowledgedReadings = (long) acknowledged.get() * PER_BATCH;
				await().atMost(Duration.ofSeconds(120)).until(() -> stored(jdbc, device) >= acknowledgedReadings);
				long stored = stored(jdbc, device);
				long distinct = distinct(jdbc, device);
				System.out.printf("Faults, MQTT ingestion killed with %d readings stored and %d of %d batches acknowledged by "
						+ "the broker: sent %d readings, acknowledged %d, stored %d, duplicates stored %d, lost %d%n",
						storedAtKill, acknowledgedAtKill, BATCHES, BATCHES * PER_BATCH, acknowledgedReadings, stored,
						stored - distinct, acknowledgedReadings - stored);
				assertThat(acknowledgedReadings).as("the broker acknowledged every batch").isEqualTo(BATCHES * PER_BATCH);
				assertThat(stored).as("stored = acknowledged: none lost").isEqualTo(acknowledgedReadings);
				assertThat(distinct).as("each stored once").isEqualTo(stored);
				await().atMost(Duration.ofSeconds(60)).until(() -> incompletePublications(jdbc) == 0);
			}
			finally {
				again.destroy();
				again.waitFor();
			}
		}
	}

	/**
	 * The synthetic generation command killed while it writes the county: it writes in one transaction,
	 * so nothing of it is in the register; run again, it says that the earlier run did not finish and
	 * writes the whole county once.
	 */
	@Test
	void aSyntheticGenerationKilledWhileWritingLeavesNothingAndRunsAgainWhole() throws Exception {
		JdbcClient postgres = JdbcClient.create(this.postgres.getPostgresDatabase());
		postgres.sql("create database synthetic").update();
		JdbcClient jdbc = JdbcClient.create(this.postgres.getDatabase("postgres", "synthetic"));
		List<String> command = new ArrayList<>(arguments(0, "synthetic"));
		command.addAll(List.of("--generate-synthetic", "--scale=county", "--seed=7"));
		Process first = launchWith(command, "synthetic-first.log");
		Pattern progress = Pattern.compile("([\\d,]+) employers +([\\d,]+) workers +([\\d,]+) rows");
		String[] atKill = new String[1];
		await().atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofMillis(50)).until(() -> {
			assertThat(first.isAlive()).as("the command is still writing").isTrue();
			Matcher written = progress.matcher(Files.readString(this.directory.resolve("synthetic-first.log")));
			atKill[0] = written.find() ? written.group() : null;
			return atKill[0] != null;
		});
		first.destroyForcibly();
		first.waitFor();
		assertThat(first.exitValue()).as("killed by SIGKILL").isEqualTo(137);
		long employersAfterKill = count(jdbc, "select count(*) from registry.employer");
		long workersAfterKill = count(jdbc, "select count(*) from registry.worker");
		assertThat(employersAfterKill + workersAfterKill).as("nothing of the killed run is in the register").isZero();
		assertThat(count(jdbc, "select count(*) from audit.entry where action = 'registry.synthetic.generated'")).isZero();

		Process second = launchWith(command, "synthetic-second.log");
		assertThat(second.waitFor(300, TimeUnit.SECONDS)).as("the second run ends").isTrue();
		String output = Files.readString(this.directory.resolve("synthetic-second.log"));
		assertThat(second.exitValue()).as(output.substring(Math.max(0, output.length() - 4000))).isZero();
		assertThat(output).contains("An earlier synthetic run 0 (scale county, seed 7)")
			.contains("did not finish: it was one transaction, so nothing of it was kept");
		long employers = count(jdbc, "select count(*) from registry.employer");
		long distinctEmployers = count(jdbc, "select count(distinct credit_code) from registry.employer");
		long workers = count(jdbc, "select count(*) from registry.worker");
		long distinctWorkers = count(jdbc, "select count(distinct id_number_index) from registry.worker");
		long reported = count(jdbc, "select cast(cast(after_state as jsonb) ->> 'worker' as bigint) from audit.entry "
				+ "where action = 'registry.synthetic.generated'");
		System.out.printf("Faults, synthetic generation (county, seed 7) killed at \"%s\": %d employers and %d workers left "
				+ "after the kill; run again: %d employers (%d distinct), %d workers (%d distinct, %d reported by the run), "
				+ "duplicates %d, lost %d%n", atKill[0], employersAfterKill, workersAfterKill, employers, distinctEmployers,
				workers, distinctWorkers, reported, workers - distinctWorkers, reported - workers);
		assertThat(employers).isEqualTo(SyntheticData.Scale.COUNTY.employers()).isEqualTo(distinctEmployers);
		assertThat(workers).isEqualTo(reported).isEqualTo(distinctWorkers);
		assertThat(count(jdbc, "select count(*) from audit.entry where action = 'registry.synthetic.started'"))
			.as("both runs started").isEqualTo(2);
		assertThat(count(jdbc, "select count(*) from audit.entry where action = 'registry.synthetic.generated'"))
			.as("one finished").isEqualTo(1);
		// The run ends with the agencies' year of service history, what their credit ratings judge by.
		assertThat(output).containsPattern("Synthetic service history \\S+ to \\S+: [\\d,]+ deliveries");
		assertThat(count(jdbc, "select count(*) from agency.delivery where synthetic and subject_key like 'SYN-%'"))
			.isPositive();
		assertThat(count(jdbc, "select count(*) from agency.evaluation e join agency.delivery d on d.id = e.delivery_id "
				+ "where d.synthetic")).isPositive();
		assertThat(count(jdbc, "select count(*) from agency.quality_sample where status = 'REVIEWED'")).isPositive();
		assertThat(count(jdbc, "select count(*) from audit.entry where action in ('agency.synthetic.history', "
				+ "'agency.quality.drawn')")).isEqualTo(2);
	}

	/**
	 * An institution submits a batch of exams, each with a contraindication; the platform is killed while
	 * the listeners of their events (the schedule, the job-transfer task, the risk portrait…) run. The
	 * publications not completed are run again at the restart; each exam has its task once.
	 */
	@Test
	void eventListenersKilledMidwayAreRunAgainAndTheirConsequencesExistOnce() throws Exception {
		int exams = 60;
		String token;
		EmployerView employer;
		List<String> idNumbers = new ArrayList<>();
		try (ConfigurableApplicationContext setup = new SpringApplicationBuilder(OhsOnlineApplication.class)
			.run(arguments(0).toArray(String[]::new))) {
			Actor county = ExamFixtures.county();
			RegistryFixtures registry = new RegistryFixtures(setup.getBean(Employers.class), setup.getBean(Workers.class));
			employer = registry.employer(county, "330105001", "3311", exams);
			long post = registry.post(county, employer.id(), ExamFixtures.NOISE).id();
			for (int i = 0; i < exams; i++) {
				idNumbers.add(RegistryFixtures.idNumber("330105"));
				registry.hire(county, employer.id(), post, idNumbers.get(i));
			}
			AgencyView institution = ExamFixtures.institution(setup.getBean(Agencies.class), county, "3");
			UserView staff = new TestUsers(setup.getBean(UserAdministration.class), setup.getBean(UserDetailsService.class))
				.ensureScoped("faults-institution", "INSTITUTION_STAFF", "330105", Scope.Kind.INSTITUTION,
						institution.creditCode());
			Actor owner = new Actor(staff.id(), staff.username(), staff.username(), "330105",
					new Scope(Scope.Kind.INSTITUTION, institution.creditCode()),
					Set.of("iam:token:write", "surveillance:exam:read", "surveillance:exam:write"), "127.0.0.1",
					Actor.Channel.UI);
			token = setup.getBean(ApiTokenService.class)
				.create(owner, "faults", Set.of("surveillance:exam:read", "surveillance:exam:write"), 1)
				.secret();
			JdbcClient setupJdbc = setup.getBean(JdbcClient.class);
			await().atMost(Duration.ofSeconds(120)).until(() -> incompletePublications(setupJdbc) == 0);
		}
		JdbcClient jdbc = JdbcClient.create(this.postgres.getPostgresDatabase());
		StringJoiner records = new StringJoiner(",");
		String audiogram = "[{\"ear\":\"L\",\"frequencyHz\":2000,\"thresholdDb\":10},{\"ear\":\"L\",\"frequencyHz\":3000,"
				+ "\"thresholdDb\":15},{\"ear\":\"L\",\"frequencyHz\":4000,\"thresholdDb\":20},{\"ear\":\"R\",\"frequencyHz\":2000,"
				+ "\"thresholdDb\":10},{\"ear\":\"R\",\"frequencyHz\":3000,\"thresholdDb\":10},{\"ear\":\"R\",\"frequencyHz\":4000,"
				+ "\"thresholdDb\":15}]";
		for (String idNumber : idNumbers) {
			records.add("{\"employerCreditCode\":\"" + employer.creditCode() + "\",\"workerIdNumber\":\"" + idNumber
					+ "\",\"examType\":\"02\",\"examinedOn\":\"" + java.time.LocalDate.now().minusDays(3)
					+ "\",\"conclusions\":[{\"hazardCode\":\"" + ExamFixtures.NOISE
					+ "\",\"conclusion\":\"04\",\"detail\":\"高频听力损失\"}],\"audiogram\":" + audiogram + "}");
		}
		int port = 20_400 + (int) (ProcessHandle.current().pid() % 500);
		Process platform = launch(port, "events-first.log");
		awaitLogin(port, platform, "events-first.log");
		HttpResponse<String> answer = this.http.send(HttpRequest
			.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/surveillance/exams"))
			.timeout(Duration.ofSeconds(120))
			.header("Authorization", "Bearer " + token)
			.header("Idempotency-Key", "faults-" + employer.id())
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"exams\":[" + records + "]}", StandardCharsets.UTF_8))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
		assertThat(answer.body()).contains("\"created\":" + exams);
		// Killed once some of the exams' listeners have run and others not.
		await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(10))
			.until(() -> tasks(jdbc, employer) >= exams / 5);
		platform.destroyForcibly();
		platform.waitFor();
		assertThat(platform.exitValue()).as("killed by SIGKILL").isEqualTo(137);
		long tasksAtKill = tasks(jdbc, employer);
		long incompleteAtKill = incompletePublications(jdbc);
		assertThat(incompleteAtKill).as("killed with publications incomplete").isPositive();

		Process again = launch(port, "events-second.log");
		try {
			awaitLogin(port, again, "events-second.log");
			await().atMost(Duration.ofSeconds(300)).until(() -> incompletePublications(jdbc) == 0);
			long tasks = tasks(jdbc, employer);
			long distinct = count(jdbc, "select count(distinct exam_id) from surveillance.exam_task where employer_id = "
					+ employer.id() + " and kind = 'JOB_TRANSFER'");
			long schedules = count(jdbc, "select count(*) from surveillance.exam_schedule where employer_id = "
					+ employer.id() + " and state = 'OPEN' and kind = 'PERIODIC'");
			long failed = count(jdbc, "select count(*) from event_publication where completion_date is null");
			System.out.printf("Faults, event listeners killed midway: %d exams (each a contraindication), %d job-transfer "
					+ "tasks and %d publications incomplete at the kill; after the restart %d incomplete, %d tasks for %d "
					+ "exams, %d next in-service exams due, duplicates %d, lost %d%n", exams, tasksAtKill, incompleteAtKill, failed,
					tasks, distinct, schedules, tasks - distinct, exams - distinct);
			assertThat(tasks).as("one job-transfer task per exam").isEqualTo(exams).isEqualTo(distinct);
			assertThat(schedules).as("one next in-service exam due per worker").isEqualTo(exams);
		}
		finally {
			again.destroy();
			again.waitFor();
		}
	}

	private IssuedDeviceToken device() {
		try (ConfigurableApplicationContext setup = new SpringApplicationBuilder(OhsOnlineApplication.class)
			.run(arguments(0).toArray(String[]::new))) {
			Devices devices = setup.getBean(Devices.class);
			MonitoringFixtures fixtures = new MonitoringFixtures(setup.getBean(Employers.class), setup.getBean(Workers.class),
					devices);
			long id = fixtures.device(fixtures.site(), "2013", "mg/m³", 60, 500).id();
			return devices.issueToken(MonitoringFixtures.GONGSHU, id);
		}
	}

	private static long tasks(JdbcClient jdbc, EmployerView employer) {
		return count(jdbc, "select count(*) from surveillance.exam_task where employer_id = " + employer.id()
				+ " and kind = 'JOB_TRANSFER'");
	}

	private static long incompletePublications(JdbcClient jdbc) {
		return count(jdbc, "select count(*) from event_publication where completion_date is null");
	}

	private static long count(JdbcClient jdbc, String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}

	private static long distinct(JdbcClient jdbc, IssuedDeviceToken device) {
		return jdbc.sql("select count(distinct measured_at) from monitoring.reading where device_id = :d")
			.param("d", device.device().id())
			.query(Long.class)
			.single();
	}

	private static EmbeddedPostgres postgres(Path data, int port) throws java.io.IOException {
		return EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false).setPort(port).start();
	}

	private static List<String> batches() {
		Instant base = Instant.now().truncatedTo(ChronoUnit.MINUTES).minus(BATCHES * PER_BATCH + 10, ChronoUnit.MINUTES);
		List<String> batches = new ArrayList<>();
		for (int b = 0; b < BATCHES; b++) {
			StringJoiner readings = new StringJoiner(",");
			for (int r = 0; r < PER_BATCH; r++) {
				readings.add("{\"t\":\"" + base.plus((long) b * PER_BATCH + r, ChronoUnit.MINUTES) + "\",\"v\":1.5}");
			}
			batches.add("{\"unit\":\"mg/m³\",\"readings\":[" + readings + "]}");
		}
		return batches;
	}

	private static String status(JdbcClient jdbc, long job) {
		return jdbc.sql("select status from registry.import_job where id = :id").param("id", job).query(String.class).single();
	}

	private static long registered(JdbcClient jdbc, String tag) {
		return jdbc.sql("select count(*) from registry.employer where name like :t")
			.param("t", tag + "%")
			.query(Long.class)
			.single();
	}

	private HttpResponse<String> send(int port, String token, String batch) {
		try {
			return this.http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/monitoring/readings"))
				.timeout(Duration.ofSeconds(30))
				.header("Authorization", "Bearer " + token)
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(batch, StandardCharsets.UTF_8))
				.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (java.io.IOException ex) {
			return null;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private void awaitLogin(int port, Process process, String log) {
		await().atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofMillis(500)).until(() -> {
			if (!process.isAlive()) {
				String output = Files.readString(this.directory.resolve(log));
				throw new AssertionError("The platform stopped: " + output.substring(Math.max(0, output.length() - 4000)));
			}
			try {
				return this.http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login")).build(),
						HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
			}
			catch (java.io.IOException ex) {
				return false;
			}
		});
	}

	private List<String> arguments(int port) {
		return arguments(port, "postgres");
	}

	private List<String> arguments(int port, String database) {
		return List.of("--server.port=" + port, "--management.server.port=-1",
				"--spring.datasource.url=" + this.postgres.getJdbcUrl("postgres", database),
				"--spring.datasource.username=postgres", "--ohs.standalone.data-directory=" + this.directory.resolve("data"),
				"--ohs.secret-key=" + "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=", "--ohs.demo.enabled=false",
				"--ohs.monitoring.simulator.enabled=false");
	}

	/** The platform in a JVM of its own, as an operator runs it, so that it can be killed. */
	private Process launch(int port, String log, String... more) throws Exception {
		List<String> all = new ArrayList<>(arguments(port));
		all.addAll(List.of(more));
		return launchWith(all, log);
	}

	private Process launchWith(List<String> arguments, String log) throws Exception {
		List<String> command = new ArrayList<>(List.of(Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
				"-cp", System.getProperty("java.class.path"), OhsOnlineApplication.class.getName()));
		command.addAll(arguments);
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(this.directory.resolve(log).toFile())
			.directory(new File(System.getProperty("java.io.tmpdir")));
		builder.environment().keySet().removeIf(name -> name.startsWith("OHS_") || name.startsWith("SPRING_"));
		return builder.start();
	}

	private static int count(AtomicIntegerArray flags) {
		int n = 0;
		for (int i = 0; i < flags.length(); i++) {
			n += flags.get(i);
		}
		return n;
	}

	private static long stored(JdbcClient jdbc, IssuedDeviceToken device) {
		return jdbc.sql("select count(*) from monitoring.reading where device_id = :d")
			.param("d", device.device().id())
			.query(Long.class)
			.single();
	}

	private static long count(Pattern pattern, String body) {
		Matcher matcher = pattern.matcher(body);
		return matcher.find() ? Long.parseLong(matcher.group(1)) : 0;
	}

}
