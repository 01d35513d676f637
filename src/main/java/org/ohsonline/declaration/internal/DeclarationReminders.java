package org.ohsonline.declaration.internal;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Once a day (01:10 Asia/Shanghai by default, {@code ohs.declaration.reminder-cron}), on one
 * instance only: starts the initial declaration's clock of every employer that owes it
 * ({@link InitialDeclarations}), then marks declaration clocks due within 7 days and those overdue, publishing
 * {@link org.ohsonline.declaration.DeclarationDueSoon} and {@link org.ohsonline.declaration.DeclarationOverdue}
 * once per clock.
 */
@Component
class DeclarationReminders {

	private static final Logger log = LoggerFactory.getLogger(DeclarationReminders.class);

	private final ClockService clocks;

	private final InitialDeclarations initial;

	DeclarationReminders(ClockService clocks, InitialDeclarations initial) {
		this.clocks = clocks;
		this.initial = initial;
	}

	@Scheduled(cron = "${ohs.declaration.reminder-cron:0 10 1 * * *}", zone = "Asia/Shanghai")
	@SchedulerLock(name = "declaration-reminders", lockAtMostFor = "30m")
	void remind() {
		InitialDeclarations.Reconciled reconciled = this.initial.reconcileAll();
		log.info("Initial declarations: {} clock(s) started, {} re-dated, {} voided", reconciled.started(),
				reconciled.redated(), reconciled.voided());
		ClockService.Reminded reminded = this.clocks.remind(this.clocks.today());
		log.info("Declaration reminders: {} clock(s) now due within 7 days, {} newly overdue", reminded.dueSoon(),
				reminded.overdue());
	}

}
