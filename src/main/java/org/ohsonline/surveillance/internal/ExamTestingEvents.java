package org.ohsonline.surveillance.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.ohsonline.testing.TestingJobReviewed;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A reviewed testing job may grade the employer's exposures anew (noise level, job grade), and the
 * periodic exam interval depends on the grade: the employer's periodic items are regraded.
 */
@Component
class ExamTestingEvents {

	private static final Logger log = LoggerFactory.getLogger(ExamTestingEvents.class);

	private final ExamScheduleService schedule;

	ExamTestingEvents(ExamScheduleService schedule) {
		this.schedule = schedule;
	}

	@ApplicationModuleListener
	void on(TestingJobReviewed event) {
		int reconsidered = this.schedule.regrade(event.employerId());
		log.debug("Periodic exams of employer {} regraded after testing job {}: {} exposure(s)", event.employerId(),
				event.jobId(), reconsidered);
	}

}
