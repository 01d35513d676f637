package org.ohsonline.registry.imports;

import java.time.Duration;
import java.util.Map;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * A job that was checking or applying when its instance stopped (killed, out of memory, power lost)
 * can never finish: its worker thread is gone. The instance at work on a job beats on it every 10 s
 * ({@link ImportJobs#heartbeat()}); a job whose beat stopped for a minute ({@code ohs.registry.import-stale-after})
 * is put right, at start
 * and every 30 s on one instance (ShedLock): an apply runs in one transaction, so nothing of it was
 * written and the job is READY to apply again; a check's upload was a temporary file of that instance,
 * so the job ends FAILED and asks for the file again. Each says so on its page. Jobs of instances that
 * still live are left alone, so an instance that starts does not fail another's imports.
 */
@Component
class ImportRecovery implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(ImportRecovery.class);

	private final ImportStore store;

	/** A job whose instance has not beaten for this long is taken for interrupted (beats every 10 s). */
	private final Duration stale;

	ImportRecovery(ImportStore store, @Value("${ohs.registry.import-stale-after:60s}") Duration stale) {
		this.store = store;
		this.stale = stale;
	}

	@Override
	public void run(ApplicationArguments args) {
		recover();
	}

	@Scheduled(initialDelayString = "PT30S", fixedDelayString = "PT30S")
	@SchedulerLock(name = "import-recovery", lockAtMostFor = "1m")
	void recover() {
		for (Map.Entry<Long, String> job : this.store.recoverInterrupted(this.stale)) {
			boolean applying = job.getValue().equals("APPLYING");
			log.warn("Import {} was interrupted while {} (its instance stopped): {}", job.getKey(),
					applying ? "applying" : "checking", applying ? "nothing was written, it is ready to apply again"
							: "it failed and asks for the file again");
		}
	}

}
