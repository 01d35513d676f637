package org.ohsonline.risk.internal;

import java.util.Set;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The daily run (once across instances): portraits for employers the register has and the risk module
 * has not seen, reassessment of every employer whose latest day came (3 years on, or 2 months after a new
 * employer's start of production), and overdue rectification items announced.
 */
@Component
class RiskJobs {

	private static final Logger log = LoggerFactory.getLogger(RiskJobs.class);

	private final FullReclassification full;

	private final PortraitStore portraits;

	private final PortraitService service;

	private final RectificationService items;

	private final Assessor assessor;

	RiskJobs(FullReclassification full, PortraitStore portraits, PortraitService service, RectificationService items,
			Assessor assessor) {
		this.full = full;
		this.portraits = portraits;
		this.service = service;
		this.items = items;
		this.assessor = assessor;
	}

	@Scheduled(cron = "${ohs.risk.daily-cron:0 30 2 * * *}", zone = "Asia/Shanghai")
	@SchedulerLock(name = "risk.daily", lockAtMostFor = "2h")
	void daily() {
		this.full.build("daily");
		int reassessed = reassessDue();
		int overdue = this.items.announceOverdue();
		log.info("Risk daily run: {} reassessed, {} rectification items newly overdue", reassessed, overdue);
	}

	/** Reassesses every employer whose latest day has come, with all its facts gathered again. */
	int reassessDue() {
		int done = 0;
		while (true) {
			var due = this.portraits.dueOn(this.assessor.today(), 500);
			if (due.isEmpty()) {
				return done;
			}
			for (long id : due) {
				PortraitStore.Row row = this.portraits.find(id).orElseThrow();
				String trigger = row.selfInspectionId() == null && row.dutiesSince() != null
						&& !row.dutiesSince().plusYears(1).isBefore(this.assessor.today()) ? "NEW_EMPLOYER" : "PERIODIC";
				if (!this.service.refresh(id, Set.copyOf(FactCollector.GROUPS), trigger, "due " + row.nextDueOn(), true)) {
					this.portraits.updateNextDue(id, this.assessor.today().plusYears(1));
				}
				done++;
			}
		}
	}

}
