package org.ohsonline.surveillance.internal;

import org.ohsonline.surveillance.ContraindicationFound;
import org.ohsonline.surveillance.ExamConcluded;
import org.ohsonline.surveillance.ExamTaskKind;
import org.ohsonline.surveillance.SuspectedDiseaseFound;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The consequences of a conclusion, each from its event (persisted by the event publication
 * registry, so none is lost on a crash): the schedule of exams due and the threshold-shift check
 * after every exam; a job-transfer task for a contraindication; a report to the authority for a
 * suspected occupational disease (the diagnosis referral is the diagnosis module's, on the same event).
 */
@Component
class ExamConsequences {

	private final ExamScheduleService schedule;

	private final ThresholdShiftService shifts;

	private final ExamTaskService tasks;

	ExamConsequences(ExamScheduleService schedule, ThresholdShiftService shifts, ExamTaskService tasks) {
		this.schedule = schedule;
		this.shifts = shifts;
		this.tasks = tasks;
	}

	@ApplicationModuleListener
	void on(ExamConcluded event) {
		this.schedule.afterExam(event);
		this.shifts.assess(event);
	}

	@ApplicationModuleListener
	void on(ContraindicationFound event) {
		this.tasks.open(ExamTaskKind.JOB_TRANSFER, event.examId(), event.hazardCode(), event.transferDueOn());
	}

	@ApplicationModuleListener
	void on(SuspectedDiseaseFound event) {
		this.tasks.open(ExamTaskKind.SUSPECTED_REPORT, event.examId(), event.hazardCode(), event.reportDueOn());
	}

}
