package org.ohsonline.surveillance.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.ohsonline.shared.ScopeFilter;
import org.ohsonline.audit.AuditTarget;
import org.ohsonline.audit.AuditTrail;
import org.ohsonline.notification.Inbox;
import org.ohsonline.notification.Notice;
import org.ohsonline.shared.AccessDeniedException;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.InvalidInputException;
import org.ohsonline.shared.InvalidInputException.FieldError;
import org.ohsonline.shared.Limits;
import org.ohsonline.shared.NotFoundException;
import org.ohsonline.shared.Page;
import org.ohsonline.shared.PageQuery;
import org.ohsonline.shared.Scope;
import org.ohsonline.surveillance.ExamTaskKind;
import org.ohsonline.surveillance.ExamTaskView;
import org.ohsonline.surveillance.ExamTasks;
import org.ohsonline.surveillance.ExamView;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens the tasks conclusions set (from the events, once per exam and hazard) and records their
 * completion: a job transfer is the employer's to record; a suspected-disease report the employer's
 * or the examining institution's. Supervisors of the region see both and are told of each report due.
 */
@Service
class ExamTaskService implements ExamTasks {

	private final ExamTaskStore store;

	private final ExamStore exams;

	private final ExamService examService;

	private final Inbox inbox;

	private final AuditTrail audit;

	private final Clock clock;

	ExamTaskService(ExamTaskStore store, ExamStore exams, ExamService examService, Inbox inbox, AuditTrail audit, Clock clock) {
		this.store = store;
		this.exams = exams;
		this.examService = examService;
		this.inbox = inbox;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public Page<ExamTaskView> search(Actor actor, String region, String kind, String state, Long employerId,
			PageQuery page) {
		actor.require(ExamPermissions.READ);
		Optional<String> narrowed = ScopeFilter.narrowRegion(actor, region);
		if (narrowed.isEmpty()) {
			return Page.of(List.of(), 0, page);
		}
		ScopeFilter scope = this.examService.scope(actor);
		LocalDate today = this.examService.today();
		String k = known(kind);
		return Page.of(this.store.page(scope, narrowed.get(), k, state, employerId, today, page)
			.stream()
			.map(r -> r.view(today))
			.toList(), this.store.count(scope, narrowed.get(), k, state, employerId, today), page);
	}

	@Override
	@Transactional(readOnly = true)
	public void forEach(Actor actor, String region, String kind, String state, Long employerId,
			Consumer<ExamTaskView> consumer) {
		actor.require(ExamPermissions.READ);
		LocalDate today = this.examService.today();
		ScopeFilter.narrowRegion(actor, region)
			.ifPresent(r -> this.store.forEach(this.examService.scope(actor), r, known(kind), state, employerId, today,
					row -> consumer.accept(row.view(today))));
	}

	@Override
	@Transactional(readOnly = true)
	public ExamTaskView find(Actor actor, long id) {
		actor.require(ExamPermissions.READ);
		return visible(actor, id).view(this.examService.today());
	}

	@Override
	@Transactional
	public ExamTaskView complete(Actor actor, long id, LocalDate doneOn, String outcome) {
		actor.require(ExamPermissions.TASK_WRITE);
		ExamTaskStore.Row task = visible(actor, id);
		boolean employer = actor.scope().kind() == Scope.Kind.EMPLOYER;
		boolean institution = actor.scope().kind() == Scope.Kind.INSTITUTION;
		boolean allowed = actor.channel() == Actor.Channel.SYSTEM || employer
				|| institution && task.kind() == ExamTaskKind.SUSPECTED_REPORT;
		if (!allowed) {
			throw new AccessDeniedException("only the employer (or for a report the institution) completes this task");
		}
		if (task.done()) {
			throw InvalidInputException.of(null, "surveillance.task.alreadyDone");
		}
		LocalDate today = this.examService.today();
		String text = outcome == null ? "" : outcome.trim();
		List<FieldError> errors = new java.util.ArrayList<>();
		if (doneOn == null || doneOn.isAfter(today)) {
			errors.add(FieldError.of("doneOn", "surveillance.task.doneOnInvalid", today.toString()));
		}
		else if (doneOn.isBefore(task.createdAt().atZone(ExamService.ZONE).toLocalDate().minusYears(1))) {
			errors.add(FieldError.of("doneOn", "surveillance.task.doneOnInvalid", today.toString()));
		}
		if (text.isEmpty()) {
			errors.add(FieldError.of("outcome", "surveillance.task.outcomeRequired", Limits.NOTE));
		}
		Limits.check(errors, "outcome", text, Limits.NOTE);
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		if (!this.store.complete(id, task.version(), doneOn, actor.displayName(), text)) {
			throw new OptimisticLockingFailureException("Task " + id + " was changed concurrently");
		}
		ExamTaskView after = visible(actor, id).view(today);
		this.audit.record(actor, "surveillance.task.completed", AuditTarget.of("exam-task", id, task.regionCode()),
				Map.of("state", "OPEN", "dueOn", task.dueOn().toString()),
				Map.of("state", "DONE", "doneOn", doneOn.toString(), "kind", task.kind().name(), "outcome", text,
						"late", doneOn.isAfter(task.dueOn())));
		return after;
	}

	/** Opens a task for an exam's hazard (from an event; a redelivery opens nothing), with notices. */
	@Transactional
	void open(ExamTaskKind kind, long examId, String hazardCode, LocalDate dueOn) {
		ExamView exam = this.exams.get(examId).orElseThrow(() -> new NotFoundException("exam", examId));
		String hazardName = exam.conclusions()
			.stream()
			.filter(c -> c.hazardCode().equals(hazardCode))
			.findFirst()
			.map(ExamView.Conclusion::hazardName)
			.orElse(hazardCode);
		Optional<Long> id = this.store.open(kind, exam, this.exams.institutionCredit(examId), hazardCode, hazardName,
				dueOn, Instant.now(this.clock));
		if (id.isEmpty()) {
			return;
		}
		String link = "/surveillance/tasks/" + id.get();
		String key = kind == ExamTaskKind.JOB_TRANSFER ? "surveillance.notice.jobTransfer"
				: "surveillance.notice.suspectedReport";
		List<String> arguments = List.of(exam.workerName(), hazardName, dueOn.toString(), exam.number());
		this.inbox.deliver(new Notice(new Scope(Scope.Kind.EMPLOYER, exam.creditCode()), ExamPermissions.READ, key,
				arguments, link, "surveillance:exam-task:" + id.get()));
		if (kind == ExamTaskKind.SUSPECTED_REPORT) {
			this.inbox.deliver(new Notice(Scope.region(exam.regionCode()), ExamPermissions.READ, key, arguments, link,
					"surveillance:exam-task:" + id.get()));
		}
	}

	List<ExamTaskStore.Row> ofEmployer(Actor actor, long employerId) {
		return this.store.ofEmployer(this.examService.scope(actor), employerId);
	}

	List<ExamTaskStore.Row> ofWorker(Actor actor, long workerId) {
		return this.store.ofWorker(this.examService.scope(actor), workerId);
	}

	private ExamTaskStore.Row visible(Actor actor, long id) {
		return this.store.find(this.examService.scope(actor), id).orElseThrow(() -> new NotFoundException("exam task", id));
	}

	private static String known(String kind) {
		if (kind == null || kind.isBlank()) {
			return null;
		}
		for (ExamTaskKind k : ExamTaskKind.values()) {
			if (k.name().equals(kind.trim())) {
				return k.name();
			}
		}
		return null;
	}

}
