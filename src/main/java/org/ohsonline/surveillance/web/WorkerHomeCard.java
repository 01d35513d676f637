package org.ohsonline.surveillance.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.ohsonline.registry.Workers;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.PageQuery;
import org.ohsonline.shared.Scope;
import org.ohsonline.shared.web.HomeCard;
import org.ohsonline.surveillance.ExamDueItem;
import org.ohsonline.surveillance.ExamFilter;
import org.ohsonline.surveillance.ExamSchedules;
import org.ohsonline.surveillance.ExamSummary;
import org.ohsonline.surveillance.Exams;

import org.springframework.stereotype.Component;

/** A worker's own exams on their home page: the next one due and the latest results. */
@Component
class WorkerHomeCard implements HomeCard {

	private final Workers workers;

	private final ExamSchedules schedules;

	private final Exams exams;

	WorkerHomeCard(Workers workers, ExamSchedules schedules, Exams exams) {
		this.workers = workers;
		this.schedules = schedules;
		this.exams = exams;
	}

	@Override
	public String key() {
		return "exams-worker";
	}

	@Override
	public String labelKey() {
		return "surveillance.home.worker";
	}

	@Override
	public int order() {
		return 50;
	}

	@Override
	public String permission() {
		return "surveillance:exam:read";
	}

	@Override
	public Set<Scope.Kind> scopeKinds() {
		return Set.of(Scope.Kind.PERSON);
	}

	@Override
	public View view(Actor actor) {
		Optional<Long> own = this.workers.ownId(actor);
		if (own.isEmpty()) {
			return View.of().withNote("surveillance.home.workerUnknown");
		}
		List<Line> lines = new ArrayList<>();
		Optional<ExamDueItem> next = this.schedules.ofWorker(actor, own.get())
			.stream()
			.min(Comparator.comparing((ExamDueItem item) -> item.deadline().dueOn()));
		lines.add(next
			.map(item -> Line
				.item("next-exam", Urgency.of(item.deadline()), "surveillance.home.nextExam", "/surveillance/due",
						item.hazardName(), Label.key("surveillance.dueKind." + item.kind().name()))
				.withDeadline(item.deadline()))
			.orElse(Line.item("next-exam", Urgency.INFO, "surveillance.home.noExamDue", null)));
		List<ExamSummary> latest = this.exams.search(actor, ExamFilter.ofWorker(own.get()), PageQuery.of(1, 3)).items();
		for (int i = 0; i < latest.size(); i++) {
			ExamSummary exam = latest.get(i);
			Line line = Line.item("latest-result-" + (i + 1), Urgency.INFO, "surveillance.home.result",
					"/surveillance/exams/" + exam.id(), exam.examinedOn(),
					Label.key("surveillance.examType." + exam.examType().name()),
					exam.worst() == null ? Label.key("surveillance.home.noConclusion")
							: Label.key("surveillance.conclusion." + exam.worst().name()));
			lines.add(line.withDetail("surveillance.home.resultDetail", exam.institutionName(), exam.hazards()));
		}
		View view = View.of(lines);
		return latest.isEmpty() ? view.withNote("surveillance.home.noExams") : view;
	}

}
