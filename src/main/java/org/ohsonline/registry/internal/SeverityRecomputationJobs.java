package org.ohsonline.registry.internal;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.ohsonline.reference.CatalogVersionActivated;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * When the register's severities are recomputed: at start-up (after the bundled catalogs and the
 * demo register, before the testing clocks synchronise) when the directory in force is not the one
 * the register was last derived from — the official 2021 table replacing the provisional one on an
 * existing installation; when an administrator loads a directory version that is already in force;
 * and once a day (00:50 Asia/Shanghai, {@code ohs.registry.severity-cron}) for a version loaded with a
 * future effective date that has now taken effect.
 */
@Component
@Order(30)
class SeverityRecomputationJobs implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(SeverityRecomputationJobs.class);

	private static final String CATALOG = "industry-severity";

	private final SeverityRecomputation recomputation;

	private final java.time.Clock clock;

	/**
	 * Set once the start-up check ran: the versions the bundled catalogs load while the application
	 * starts are that check's to handle, after the demo register is in, not one run each before it.
	 */
	private volatile boolean started;

	SeverityRecomputationJobs(SeverityRecomputation recomputation, java.time.Clock clock) {
		this.recomputation = recomputation;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (args.containsOption("generate-synthetic")) {
			return;
		}
		this.started = true;
		this.recomputation.recomputeIfStale("start-up")
			.ifPresent(run -> log.info("Severities recomputed at start-up against {}: {} changed class", run.catalogEdition(),
					run.changed()));
	}

	@ApplicationModuleListener
	void on(CatalogVersionActivated event) {
		if (this.started && CATALOG.equals(event.catalogCode())
				&& !event.effectiveFrom().isAfter(java.time.LocalDate.now(this.clock.withZone(java.time.ZoneId.of("Asia/Shanghai"))))) {
			this.recomputation.recomputeIfStale("catalog-version-loaded");
		}
	}

	@Scheduled(cron = "${ohs.registry.severity-cron:0 50 0 * * *}", zone = "Asia/Shanghai")
	@SchedulerLock(name = "severity-recomputation-daily", lockAtMostFor = "60m")
	void daily() {
		this.recomputation.recomputeIfStale("daily");
	}

}
