package org.ohsonline.registry.imports;

import org.junit.jupiter.api.Test;
import org.ohsonline.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Jobs cut off by a shutdown are marked failed on the next start instead of hanging forever. */
@IntegrationTest
class ImportRecoveryIntegrationTests {

	@Autowired
	ImportRecovery recovery;

	@Autowired
	JdbcClient jdbc;

	@Test
	void marksJobsInterruptedByAShutdownAsFailed() {
		long checking = job("CHECKING");
		long ready = job("READY");
		this.recovery.run(new DefaultApplicationArguments());
		assertThat(status(checking)).isEqualTo("FAILED");
		assertThat(this.jdbc.sql("select problem_code from registry.import_job where id = :id")
			.param("id", checking)
			.query(String.class)
			.single()).isEqualTo("registry.import.interrupted");
		assertThat(status(ready)).as("finished jobs are left alone").isEqualTo("READY");
	}

	private long job(String status) {
		return this.jdbc.sql("""
				insert into registry.import_job (kind, owner_id, owner_name, filename, status, created_at)
				values ('EMPLOYERS', 0, 'test', 'recovery.csv', :s, now()) returning id""")
			.param("s", status)
			.query(Long.class)
			.single();
	}

	private String status(long id) {
		return this.jdbc.sql("select status from registry.import_job where id = :id").param("id", id).query(String.class).single();
	}

}
