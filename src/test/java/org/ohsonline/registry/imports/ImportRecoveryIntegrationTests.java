package org.ohsonline.registry.imports;

import org.junit.jupiter.api.Test;
import org.ohsonline.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Jobs cut off by a stopped instance are put right instead of hanging forever, and only once their
 * instance has stopped beating on them: another instance's running import is left alone.
 */
@IntegrationTest
class ImportRecoveryIntegrationTests {

	@Autowired
	ImportRecovery recovery;

	@Autowired
	JdbcClient jdbc;

	@Test
	void failsAnInterruptedCheckAndReturnsAnInterruptedApplyToReady() {
		long checking = job("CHECKING", "5 minutes");
		long applying = job("APPLYING", "5 minutes");
		long ready = job("READY", "5 minutes");
		this.recovery.run(new DefaultApplicationArguments());
		assertThat(status(checking)).isEqualTo("FAILED");
		assertThat(problem(checking)).isEqualTo("registry.import.interrupted");
		assertThat(status(applying)).as("an apply is one transaction: nothing was written").isEqualTo("READY");
		assertThat(problem(applying)).isEqualTo("registry.import.applyInterrupted");
		assertThat(status(ready)).as("finished jobs are left alone").isEqualTo("READY");
		assertThat(problem(ready)).isNull();
	}

	@Test
	void leavesJobsWhoseInstanceStillBeatsAlone() {
		long checking = job("CHECKING", "5 seconds");
		long applying = job("APPLYING", "20 seconds");
		this.recovery.run(new DefaultApplicationArguments());
		assertThat(status(checking)).isEqualTo("CHECKING");
		assertThat(status(applying)).isEqualTo("APPLYING");
		this.jdbc.sql("delete from registry.import_job where id in (:ids)").param("ids", java.util.List.of(checking, applying)).update();
	}

	private long job(String status, String beatAgo) {
		return this.jdbc.sql("""
				insert into registry.import_job (kind, owner_id, owner_name, filename, status, created_at, heartbeat_at)
				values ('EMPLOYERS', 0, 'test', 'recovery.csv', :s, now() - interval '1 hour', now() - cast(:ago as interval))
				returning id""")
			.param("s", status)
			.param("ago", beatAgo)
			.query(Long.class)
			.single();
	}

	private String status(long id) {
		return this.jdbc.sql("select status from registry.import_job where id = :id").param("id", id).query(String.class).single();
	}

	private String problem(long id) {
		return this.jdbc.sql("select problem_code from registry.import_job where id = :id")
			.param("id", id)
			.query(String.class)
			.list()
			.get(0);
	}

}
