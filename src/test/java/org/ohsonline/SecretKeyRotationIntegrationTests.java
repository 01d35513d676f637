package org.ohsonline;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.ohsonline.audit.AuditQueries;
import org.ohsonline.iam.internal.UserAdministration;
import org.ohsonline.portal.DocumentSigning;
import org.ohsonline.registry.EmployerView;
import org.ohsonline.registry.Employers;
import org.ohsonline.registry.RegistryFixtures;
import org.ohsonline.registry.WorkerView;
import org.ohsonline.registry.Workers;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.PiiCipher;
import org.ohsonline.shared.Scope;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Rotating {@code OHS_SECRET_KEY} (docs/operations.md, decision 0024): a register sealed with the old
 * key; the platform restarted on the new key with the old one as previous; the rotation command
 * killed (SIGKILL) in the middle of the workers, while the platform reads both halves and finds
 * workers by either index; run again, it resumes and ends with every sealed value and blind index
 * under the new key alone, the worker's account following its index, once audited.
 */
@Tag("slow")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SecretKeyRotationIntegrationTests {

	private static final int WORKERS = 40;

	private static final String WORKER_CIPHER = "registry.worker.id_number_cipher";

	@TempDir
	Path directory;

	EmbeddedPostgres postgres;

	final String oldKey = randomKey();

	final String newKey = randomKey();

	final PiiCipher oldCipher = new PiiCipher(Base64.getDecoder().decode(this.oldKey));

	final PiiCipher newCipher = new PiiCipher(Base64.getDecoder().decode(this.newKey));

	final List<String> idNumbers = new ArrayList<>();

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
	void reEncryptsEverythingInResumableBatchesWhileBothKeysAreRead() throws Exception {
		String workerIndex;
		// A register sealed with the old key: workers with identity numbers and mobiles, an employer's
		// telephones, a worker's account scoped by the blind index, the signing key.
		try (ConfigurableApplicationContext old = instance("--ohs.secret-key=" + this.oldKey)) {
			Actor system = Actor.system("test");
			RegistryFixtures fixtures = new RegistryFixtures(old.getBean(Employers.class), old.getBean(Workers.class));
			EmployerView employer = fixtures.employer(system, "330105001", "3311", 50);
			for (int i = 0; i < WORKERS; i++) {
				String idNumber = RegistryFixtures.idNumber("330105");
				this.idNumbers.add(idNumber);
				fixtures.hire(system, employer.id(), null, idNumber);
			}
			workerIndex = this.oldCipher.blindIndex(this.idNumbers.get(0));
			new TestUsers(old.getBean(UserAdministration.class), old.getBean(UserDetailsService.class))
				.ensureScoped("rotation-worker", "WORKER", "330105", Scope.Kind.PERSON, workerIndex);
			old.getBean(DocumentSigning.class).activeFingerprint();
		}
		JdbcClient jdbc = JdbcClient.create(this.postgres.getPostgresDatabase());
		assertThat(sealedWith(jdbc, this.oldCipher)).as("all sealed with the old key").isEqualTo(sealed(jdbc));

		// The platform runs on the new key, the old one previous; the command is killed mid-way.
		try (ConfigurableApplicationContext running = instance("--ohs.secret-key=" + this.newKey,
				"--ohs.secret-key-previous=" + this.oldKey)) {
			Process command = command("--batch-size=4", "--pause=150ms");
			await().atMost(Duration.ofSeconds(120))
				.until(() -> progress(jdbc, WORKER_CIPHER) > 0 || !command.isAlive());
			assertThat(command.isAlive()).as("still rotating when killed: " + output()).isTrue();
			command.destroyForcibly();
			assertThat(command.waitFor(30, TimeUnit.SECONDS)).isTrue();
			assertThat(command.exitValue()).as("killed").isEqualTo(137);

			long workersDone = jdbc.sql("select resealed from operations.key_rotation where sealed_column = :c")
				.param("c", WORKER_CIPHER)
				.query(Long.class)
				.single();
			List<String> workerCiphers = jdbc.sql("select id_number_cipher from registry.worker order by id")
				.query(String.class)
				.list();
			long underNew = workerCiphers.stream().filter(this.newCipher::sealedWithCurrentKey).count();
			System.out.println("Killed after " + workersDone + " of " + WORKERS + " workers re-encrypted");
			assertThat(underNew).as("half-way: some workers under the new key").isEqualTo(workersDone).isPositive();
			assertThat(underNew).as("half-way: some still under the old key").isLessThan(WORKERS);

			// Meanwhile the platform reads both halves and finds a worker by either index.
			Workers workers = running.getBean(Workers.class);
			Actor system = Actor.system("test");
			for (String idNumber : List.of(this.idNumbers.get(0), this.idNumbers.get(WORKERS - 1))) {
				WorkerView found = workers.findByIdNumber(system, idNumber).orElseThrow();
				assertThat(workers.revealIdNumber(system, found.id())).isEqualTo(idNumber);
			}
			String first = jdbc.sql("select id_number_index from registry.worker where id = (select min(id) from registry.worker)")
				.query(String.class)
				.single();
			String last = jdbc.sql("select id_number_index from registry.worker where id = (select max(id) from registry.worker)")
				.query(String.class)
				.single();
			assertThat(first).as("the first worker is re-indexed").isEqualTo(this.newCipher.blindIndex(this.idNumbers.get(0)));
			assertThat(last).as("the last one not yet").isEqualTo(this.oldCipher.blindIndex(this.idNumbers.get(WORKERS - 1)));

			// Run again: it resumes where it was and finishes.
			Process again = command("--batch-size=50", "--pause=0ms");
			assertThat(again.waitFor(180, TimeUnit.SECONDS)).isTrue();
			assertThat(again.exitValue()).as(output()).isZero();
			assertThat(output()).contains("Done in", "(done before)");

			assertThat(sealedWith(jdbc, this.newCipher)).as("everything sealed with the new key alone").isEqualTo(sealed(jdbc));
			for (String idNumber : this.idNumbers) {
				assertThat(jdbc.sql("select count(*) from registry.worker where id_number_index = :i")
					.param("i", this.newCipher.blindIndex(idNumber))
					.query(Long.class)
					.single()).as("re-indexed with the new key").isEqualTo(1);
			}
			assertThat(jdbc.sql("select scope_value from iam.app_user where username = 'rotation-worker'")
				.query(String.class)
				.single()).as("the worker's account follows its record").isEqualTo(this.newCipher.blindIndex(this.idNumbers.get(0)));
			assertThat(jdbc.sql("select action from audit.entry where action like 'operations.secret-key.%' order by id")
				.query(String.class)
				.list()).as("one start, one end: the resumed run is the same rotation")
				.containsExactly("operations.secret-key.rotation-started", "operations.secret-key.rotated");

			// The platform reads, finds and signs; its audit chain holds, the rotation's entries included.
			WorkerView found = workers.findByIdNumber(system, this.idNumbers.get(7)).orElseThrow();
			assertThat(workers.revealIdNumber(system, found.id())).isEqualTo(this.idNumbers.get(7));
			assertThat(found.mobileMasked()).startsWith("139").endsWith("5678");
			assertThat(running.getBean(DocumentSigning.class).activeFingerprint()).isNotBlank();
			assertThat(running.getBean(AuditQueries.class).verify(system).intact()).isTrue();
		}
	}

	/** How many sealed values of the tables rotated here there are. */
	private static long sealed(JdbcClient jdbc) {
		return values(jdbc).size();
	}

	private static long sealedWith(JdbcClient jdbc, PiiCipher cipher) {
		return values(jdbc).stream().filter(v -> {
			try {
				cipher.decrypt(v);
				return true;
			}
			catch (IllegalStateException ex) {
				return false;
			}
		}).count();
	}

	private static List<String> values(JdbcClient jdbc) {
		List<String> values = new ArrayList<>();
		for (String sql : List.of("select id_number_cipher from registry.worker", "select mobile_cipher from registry.worker",
				"select oh_manager_phone_cipher from registry.employer", "select contact_phone_cipher from registry.employer",
				"select private_key_sealed from portal.signing_key")) {
			jdbc.sql(sql).query(String.class).list().stream().filter(v -> v != null).forEach(values::add);
		}
		return values;
	}

	private static long progress(JdbcClient jdbc, String column) {
		return jdbc.sql("select coalesce(sum(resealed), 0) from operations.key_rotation where sealed_column = :c")
			.param("c", column)
			.query(Long.class)
			.single();
	}

	private ConfigurableApplicationContext instance(String... keys) {
		List<String> arguments = new ArrayList<>(common());
		arguments.add("--server.port=0");
		arguments.add("--management.server.port=0");
		arguments.addAll(List.of(keys));
		return new SpringApplicationBuilder(OhsOnlineApplication.class).run(arguments.toArray(String[]::new));
	}

	private List<String> common() {
		return List.of("--spring.datasource.url=" + this.postgres.getJdbcUrl("postgres", "postgres"),
				"--spring.datasource.username=postgres", "--ohs.standalone.data-directory=" + this.directory.resolve("data"),
				"--ohs.demo.enabled=false", "--ohs.monitoring.simulator.enabled=false");
	}

	/** The rotation command in a JVM of its own, as an operator runs it beside the platform. */
	private Process command(String... options) throws Exception {
		List<String> command = new ArrayList<>(List.of(Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
				"-cp", System.getProperty("java.class.path"), OhsOnlineApplication.class.getName(), "--rotate-secret-key"));
		command.addAll(common());
		command.add("--ohs.secret-key=" + this.newKey);
		command.add("--ohs.secret-key-previous=" + this.oldKey);
		command.addAll(List.of(options));
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(this.directory.resolve("command.log").toFile())
			.directory(new File(System.getProperty("java.io.tmpdir")));
		builder.environment().keySet().removeIf(name -> name.startsWith("OHS_") || name.startsWith("SPRING_"));
		return builder.start();
	}

	private String output() throws Exception {
		Path log = this.directory.resolve("command.log");
		return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
	}

	private static String randomKey() {
		byte[] key = new byte[32];
		new SecureRandom().nextBytes(key);
		return Base64.getEncoder().encodeToString(key);
	}

}
