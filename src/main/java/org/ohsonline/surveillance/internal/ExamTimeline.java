package org.ohsonline.surveillance.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.ohsonline.shared.Actor;
import org.ohsonline.shared.TimelineEntry;
import org.ohsonline.shared.TimelineSource;
import org.ohsonline.surveillance.ExamDueFilter;
import org.ohsonline.surveillance.ExamDueItem;
import org.ohsonline.surveillance.ExamFilter;
import org.ohsonline.surveillance.ExamSummary;
import org.ohsonline.shared.PageQuery;

import org.springframework.stereotype.Component;

/**
 * Exams on the worker's record (一人一档) and the employer's case (一企一案): each exam on its day with
 * its most serious conclusion, the tasks conclusions set (dated on their due day while open), and for
 * the employer the number of exams overdue today.
 */
@Component
class ExamTimeline implements TimelineSource {

	/** An employer's timeline shows its latest exams, not all of them. */
	private static final int EXAMS_SHOWN = 50;

	private final ExamService exams;

	private final ExamScheduleService schedule;

	private final ExamTaskService tasks;

	ExamTimeline(ExamService exams, ExamScheduleService schedule, ExamTaskService tasks) {
		this.exams = exams;
		this.schedule = schedule;
		this.tasks = tasks;
	}

	@Override
	public List<TimelineEntry> employerTimeline(Actor actor, long employerId) {
		if (!actor.can(ExamPermissions.READ)) {
			return List.of();
		}
		List<TimelineEntry> entries = new ArrayList<>();
		ExamFilter filter = new ExamFilter(null, null, null, null, null, null, null, employerId, null, null);
		for (ExamSummary exam : this.exams.search(actor, filter, PageQuery.of(1, EXAMS_SHOWN)).items()) {
			entries.add(examEntry(exam));
		}
		taskEntries(this.tasks.ofEmployer(actor, employerId), entries);
		ExamDueFilter overdue = new ExamDueFilter(null, employerId, null, null, "overdue", null, null, null);
		long count = this.schedule.due(actor, overdue, PageQuery.of(1, 1)).total();
		if (count > 0) {
			LocalDate today = this.exams.today();
			entries.add(new TimelineEntry(at(today), "surveillance", "surveillance.timeline.overdue",
					List.of(String.valueOf(count)), "/surveillance/due?employerId=" + employerId + "&state=overdue"));
		}
		return entries;
	}

	@Override
	public List<TimelineEntry> workerTimeline(Actor actor, long workerId) {
		if (!actor.can(ExamPermissions.READ)) {
			return List.of();
		}
		List<TimelineEntry> entries = new ArrayList<>();
		this.exams.forEach(actor, ExamFilter.ofWorker(workerId), exam -> entries.add(examEntry(exam)));
		taskEntries(this.tasks.ofWorker(actor, workerId), entries);
		for (ExamDueItem item : this.schedule.ofWorker(actor, workerId)) {
			entries.add(new TimelineEntry(at(item.deadline().dueOn()), "surveillance",
					item.deadline().overdue() ? "surveillance.timeline.dueOverdue" : "surveillance.timeline.due",
					List.of(item.hazardName(), item.deadline().dueOn().toString(), item.employerName()),
					"/surveillance/due?employerId=" + item.employerId()));
		}
		return entries;
	}

	private static TimelineEntry examEntry(ExamSummary exam) {
		String worst = exam.worst() == null ? "NORMAL" : exam.worst().name();
		return new TimelineEntry(at(exam.examinedOn()), "surveillance", "surveillance.timeline.exam." + worst,
				List.of(exam.number(), exam.workerName(), exam.institutionName()), "/surveillance/exams/" + exam.id());
	}

	private static void taskEntries(List<ExamTaskStore.Row> rows, List<TimelineEntry> entries) {
		for (ExamTaskStore.Row task : rows) {
			String key = "surveillance.timeline.task." + task.kind().name() + (task.done() ? ".done" : ".open");
			LocalDate day = task.done() ? task.doneOn() : task.dueOn();
			entries.add(new TimelineEntry(at(day), "surveillance", key,
					List.of(task.workerName(), task.hazardName(), task.dueOn().toString()),
					"/surveillance/tasks/" + task.id()));
		}
	}

	private static Instant at(LocalDate day) {
		return day.atStartOfDay(ExamService.ZONE).toInstant();
	}

}
