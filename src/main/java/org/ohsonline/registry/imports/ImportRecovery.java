package org.ohsonline.registry.imports;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A job that was checking or applying when the process stopped can never finish: its worker thread
 * is gone. Applying runs in one transaction, so nothing of it was written; mark such jobs failed so
 * their owners see why and can upload again. With several instances this must become an ownership
 * check (the job would carry its instance and a heartbeat); one instance per database is the
 * deployment today.
 */
@Component
class ImportRecovery implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(ImportRecovery.class);

	private final JdbcClient jdbc;

	ImportRecovery(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void run(ApplicationArguments args) {
		int interrupted = this.jdbc.sql("""
				update registry.import_job set status = 'FAILED', problem_code = 'registry.import.interrupted',
				    problem_args = '{}', finished_at = now()
				where status in ('CHECKING', 'APPLYING')""")
			.update();
		if (interrupted > 0) {
			log.warn("{} import job(s) were interrupted by the last shutdown and are marked failed", interrupted);
		}
	}

}
