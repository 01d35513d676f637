package org.ohsonline.indicators.internal;

import java.time.Clock;
import java.time.LocalDate;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.ohsonline.indicators.Snapshot;
import org.ohsonline.shared.Actor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The quarter-close freeze (once across instances): on the first day of a quarter, after the daily rebuild has brought
 * the read model up to date with the clocks of the quarter's last day, the quarter just closed is frozen.
 */
@Component
class SnapshotJobs {

	private static final Logger log = LoggerFactory.getLogger(SnapshotJobs.class);

	private final SnapshotFreezer freezer;

	private final Clock clock;

	SnapshotJobs(SnapshotFreezer freezer, Clock clock) {
		this.freezer = freezer;
		this.clock = clock;
	}

	@Scheduled(cron = "${ohs.indicators.snapshot-cron:0 30 4 1 1,4,7,10 *}", zone = "Asia/Shanghai")
	@SchedulerLock(name = "indicators.snapshot", lockAtMostFor = "1h")
	void quarterClose() {
		QuarterText closed = QuarterText.of(LocalDate.now(this.clock.withZone(IndicatorZone.ZONE))).previous();
		long started = System.nanoTime();
		Snapshot snapshot = this.freezer.freeze(Actor.system("indicators.snapshot"), closed, "scheduled");
		log.info("Indicators quarter {} frozen as revision {} ({} regions, {} changes) in {} ms", snapshot.quarter(),
				snapshot.revision(), snapshot.regions(), snapshot.changes(), (System.nanoTime() - started) / 1_000_000);
	}

}
