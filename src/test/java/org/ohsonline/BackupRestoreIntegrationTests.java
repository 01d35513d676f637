package org.ohsonline;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ohsonline.audit.AuditQueries;
import org.ohsonline.audit.ChainVerification;
import org.ohsonline.portal.DocumentIssue;
import org.ohsonline.portal.DocumentSigning;
import org.ohsonline.portal.IssuedDocument;
import org.ohsonline.portal.IssuedDocuments;
import org.ohsonline.registry.EmployerView;
import org.ohsonline.registry.Employers;
import org.ohsonline.registry.RegistryFixtures;
import org.ohsonline.registry.WorkerView;
import org.ohsonline.registry.Workers;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.Scope;
import org.ohsonline.shared.documents.PdfDocuments;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The standalone backup and restore of docs/operations.md, step by step: a seeded instance (the demo
 * register of a tiny county, its declarations' signed receipts, a worker with an encrypted identity
 * number, a document issued) is stopped and its data directory archived with {@code tar}; the
 * original is deleted; the archive is unpacked into a new data directory and the platform started on
 * it. The restored platform finds and decrypts the worker, every stored PDF still matches the hash
 * the register kept and carries a valid signature, the audit chain is intact and as long as before,
 * and new documents are signed by the same key.
 */
@Tag("slow")
class BackupRestoreIntegrationTests {

	private static final Actor ISSUER = new Actor(0, "system:backup-test", "备份测试", "330105", Scope.region("330105"),
			Set.of(), "local", Actor.Channel.SYSTEM);

	@TempDir
	Path temp;

	@Test
	void aRestoredDataDirectoryServesTheSameDocumentsAuditChainAndPersonalData() throws Exception {
		Path original = this.temp.resolve("data");
		String idNumber = RegistryFixtures.idNumber("330105");
		IssuedDocument issued;
		String fingerprint;
		long entries;
		long receipts;
		try (ConfigurableApplicationContext seeded = start(original)) {
			Actor system = Actor.system("test");
			RegistryFixtures fixtures = new RegistryFixtures(seeded.getBean(Employers.class), seeded.getBean(Workers.class));
			EmployerView employer = fixtures.employer(system, "330105001", "3311", 20);
			fixtures.hire(system, employer.id(), null, idNumber);
			issued = issue(seeded, "BK-2026-0001");
			fingerprint = seeded.getBean(DocumentSigning.class).activeFingerprint();
			ChainVerification before = seeded.getBean(AuditQueries.class).verify(system);
			assertThat(before.intact()).isTrue();
			entries = before.checked();
			receipts = seeded.getBean(JdbcClient.class)
				.sql("select count(*) from declaration.declaration where receipt_pdf is not null")
				.query(Long.class)
				.single();
			assertThat(receipts).as("the demo data holds signed receipts to restore").isPositive();
		}

		// The documented backup: stop, archive the data directory whole (database, secret.key, evidence).
		Path archive = this.temp.resolve("ohs-backup.tar.gz");
		run("tar", "-C", original.toString(), "-czf", archive.toString(), ".");
		run("rm", "-rf", original.toString());
		assertThat(original).doesNotExist();

		// The documented restore: unpack into a new data directory and start on it.
		Path restored = this.temp.resolve("restored");
		Files.createDirectories(restored);
		Instant restoreStart = Instant.now();
		run("tar", "-C", restored.toString(), "-xzf", archive.toString());
		try (ConfigurableApplicationContext platform = start(restored)) {
			System.out.println("Restored and started in " + Duration.between(restoreStart, Instant.now()).toMillis()
					+ " ms (archive " + Files.size(archive) / 1024 + " KiB)");
			Actor system = Actor.system("test");
			JdbcClient jdbc = platform.getBean(JdbcClient.class);

			Workers workers = platform.getBean(Workers.class);
			WorkerView worker = workers.findByIdNumber(system, idNumber).orElseThrow();
			assertThat(workers.revealIdNumber(system, worker.id())).as("decrypted with the restored key").isEqualTo(idNumber);
			assertThat(worker.mobileMasked()).endsWith("5678");

			IssuedDocuments documents = platform.getBean(IssuedDocuments.class);
			assertThat(documents.matches(issued.link().code(), issued.pdf())).contains(true);
			List<Object[]> stored = jdbc.sql("select receipt_code, receipt_pdf from declaration.declaration where receipt_pdf is not null")
				.query((rs, n) -> new Object[] { rs.getString(1), rs.getBytes(2) })
				.list();
			assertThat(stored).hasSize((int) receipts);
			for (Object[] receipt : stored) {
				assertThat(documents.matches((String) receipt[0], (byte[]) receipt[1])).as("receipt " + receipt[0])
					.contains(true);
			}
			assertThat(PdfReading.signatures((byte[]) stored.get(0)[1], this.temp)).contains("Signature is Valid");

			ChainVerification after = platform.getBean(AuditQueries.class).verify(system);
			assertThat(after.intact()).as(after.problem()).isTrue();
			assertThat(after.checked()).as("no entry lost").isGreaterThanOrEqualTo(entries);

			assertThat(platform.getBean(DocumentSigning.class).activeFingerprint()).as("the same signing key")
				.isEqualTo(fingerprint);
			IssuedDocument next = issue(platform, "BK-2026-0002");
			assertThat(PdfReading.signatures(next.pdf(), this.temp)).contains("Signature is Valid");
		}
	}

	private static IssuedDocument issue(ConfigurableApplicationContext context, String number) {
		PdfDocuments pdf = context.getBean(PdfDocuments.class);
		return context.getBean(IssuedDocuments.class)
			.issue(ISSUER, new DocumentIssue("portal.verify.title", number, "拱墅区卫生健康局", "张*", "330105",
					LocalDate.of(2026, 12, 3), "backup-test", number),
					link -> pdf.renderHtml("<html><body><p>" + number + " " + link.url() + "</p></body></html>"));
	}

	private static ConfigurableApplicationContext start(Path data) {
		return new SpringApplicationBuilder(OhsOnlineApplication.class).run("--server.port=0", "--management.server.port=0",
				"--ohs.standalone.data-directory=" + data, "--ohs.demo.enabled=true", "--ohs.demo.synthetic-scale=tiny",
				"--ohs.demo.background=false", "--ohs.monitoring.simulator.enabled=false");
	}

	private static void run(String... command) throws Exception {
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes());
		assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
		assertThat(process.exitValue()).as(String.join(" ", command) + ": " + output).isZero();
	}

}
