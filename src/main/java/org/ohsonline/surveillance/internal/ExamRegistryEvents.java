package org.ohsonline.surveillance.internal;

import java.util.List;

import org.ohsonline.notification.Inbox;
import org.ohsonline.notification.Notice;
import org.ohsonline.registry.EmployerView;
import org.ohsonline.registry.Employers;
import org.ohsonline.registry.WorkerHired;
import org.ohsonline.registry.WorkerLeft;
import org.ohsonline.registry.Workers;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.Scope;
import org.ohsonline.surveillance.PlacementWithoutExam;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Exams made due by the register: a worker placed on a post with hazards and no pre-placement exam
 * (职业病防治法 Art. 35) — the pre-placement exam is listed due, the employer warned in its inbox and
 * {@link PlacementWithoutExam} published; a worker who leaves — the exit exam for each hazard of the
 * post, unless an exam in the credit period before leaving counts. The register publishes no event
 * for a change of post within an employment yet; such a change is picked up when the employer's
 * schedule is recomputed ({@link ExamScheduleService#recompute}).
 */
@Component
class ExamRegistryEvents {

	private static final Actor SYSTEM = Actor.system("surveillance");

	private final ExamScheduleService schedule;

	private final Employers employers;

	private final Workers workers;

	private final Inbox inbox;

	private final ApplicationEventPublisher events;

	ExamRegistryEvents(ExamScheduleService schedule, Employers employers, Workers workers, Inbox inbox,
			ApplicationEventPublisher events) {
		this.schedule = schedule;
		this.employers = employers;
		this.workers = workers;
		this.inbox = inbox;
		this.events = events;
	}

	@ApplicationModuleListener
	void on(WorkerHired event) {
		List<String> missing = this.schedule.placed(event.workerId(), event.employerId(), event.hazardCodes(),
				event.hiredOn());
		if (missing.isEmpty()) {
			return;
		}
		EmployerView employer = this.employers.find(SYSTEM, event.employerId());
		String workerName = this.workers.find(SYSTEM, event.workerId()).name();
		this.inbox.deliver(new Notice(new Scope(Scope.Kind.EMPLOYER, employer.creditCode()), ExamPermissions.READ,
				"surveillance.notice.placementWithoutExam",
				List.of(workerName, String.join("、", missing), event.hiredOn().toString()),
				"/surveillance/due?employerId=" + employer.id() + "&kind=PRE_PLACEMENT",
				"surveillance:placement:" + event.employmentId()));
		this.events.publishEvent(new PlacementWithoutExam(event.workerId(), event.employerId(), event.regionCode(),
				missing, event.hiredOn()));
	}

	@ApplicationModuleListener
	void on(WorkerLeft event) {
		Long postId = this.workers.employments(SYSTEM, event.workerId())
			.stream()
			.filter(e -> e.id() == event.employmentId())
			.findFirst()
			.map(e -> e.postId())
			.orElse(null);
		this.schedule.left(event.workerId(), event.employerId(), postId, event.leftOn());
	}

}
