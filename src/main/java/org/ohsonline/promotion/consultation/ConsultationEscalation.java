package org.ohsonline.promotion.consultation;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every 15 minutes by default ({@code ohs.consultation.escalation-cron}), on one instance only: requests whose
 * service time is up without an answer are escalated to the supervisors of their region
 * ({@link Consultations#escalateOverdue()}).
 */
@Component
class ConsultationEscalation {

	private static final Logger log = LoggerFactory.getLogger(ConsultationEscalation.class);

	private final Consultations consultations;

	ConsultationEscalation(Consultations consultations) {
		this.consultations = consultations;
	}

	@Scheduled(cron = "${ohs.consultation.escalation-cron:0 */15 * * * *}", zone = "Asia/Shanghai")
	@SchedulerLock(name = "consultation-escalation", lockAtMostFor = "10m")
	void escalate() {
		int escalated = this.consultations.escalateOverdue();
		if (escalated > 0) {
			log.info("Consultation: {} late request(s) escalated to the supervisors", escalated);
		}
	}

}
