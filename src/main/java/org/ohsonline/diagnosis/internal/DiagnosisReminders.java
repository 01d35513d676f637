package org.ohsonline.diagnosis.internal;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Once a day (01:20 Asia/Shanghai by default, {@code ohs.diagnosis.reminder-cron}), on one instance
 * only: reminds of diagnosis clocks due within 7 days, marks missed duties overdue and lets unused
 * appraisal windows lapse (see {@link CaseClocks#remind}).
 */
@Component
class DiagnosisReminders {

	private static final Logger log = LoggerFactory.getLogger(DiagnosisReminders.class);

	private final CaseClocks clocks;

	DiagnosisReminders(CaseClocks clocks) {
		this.clocks = clocks;
	}

	@Scheduled(cron = "${ohs.diagnosis.reminder-cron:0 20 1 * * *}", zone = "Asia/Shanghai")
	@SchedulerLock(name = "diagnosis-reminders", lockAtMostFor = "30m")
	void remind() {
		CaseClocks.Reminded reminded = this.clocks.remind(this.clocks.today());
		log.info("Diagnosis reminders: {} clock(s) now due within 7 days, {} newly overdue, {} window(s) lapsed",
				reminded.dueSoon(), reminded.overdue(), reminded.lapsed());
	}

}
