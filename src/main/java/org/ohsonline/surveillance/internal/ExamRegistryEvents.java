package org.ohsonline.surveillance.internal;

import java.time.LocalDate;
import java.util.List;

import org.ohsonline.notification.Inbox;
import org.ohsonline.notification.Notice;
import org.ohsonline.registry.EmployerView;
import org.ohsonline.registry.Employers;
import org.ohsonline.registry.WorkerHired;
import org.ohsonline.registry.WorkerLeft;
import org.ohsonline.registry.WorkerPostsChanged;
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
 * post, unless an exam in the credit period before leaving counts; a change of post within the
 * employment — the hazards it adds as a placement, those it ends as an exit (GBZ 188 离岗时).
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
		placed(event.workerId(), event.employerId(), event.regionCode(), event.postId(), event.hazardCodes(),
				event.hiredOn(),
				"surveillance:placement:" + event.employmentId());
	}

	/**
	 * A change of post (调岗): hazards the worker no longer meets need the exit exam (and their open
	 * items are moot), hazards the new post adds are a placement, handled exactly as on hire.
	 */
	@ApplicationModuleListener
	void on(WorkerPostsChanged event) {
		this.schedule.movedOff(event.workerId(), event.employerId(), event.removedHazardCodes(), event.changedOn());
		placed(event.workerId(), event.employerId(), event.regionCode(), event.newPostId(), event.addedHazardCodes(),
				event.changedOn(),
				"surveillance:placement:" + event.employmentId() + ":" + event.newPostId() + ":" + event.changedOn());
	}

	/**
	 * A placement on hazards: the pre-placement exam (or the next periodic one) is scheduled; for the
	 * hazards without a pre-placement exam the employer is warned and {@link PlacementWithoutExam} published.
	 */
	private void placed(long workerId, long employerId, String regionCode, Long postId, List<String> hazardCodes,
			LocalDate placedOn, String noticeKey) {
		List<String> missing = this.schedule.placed(workerId, employerId, postId, hazardCodes, placedOn);
		if (missing.isEmpty()) {
			return;
		}
		EmployerView employer = this.employers.find(SYSTEM, employerId);
		String workerName = this.workers.find(SYSTEM, workerId).name();
		this.inbox.deliver(new Notice(new Scope(Scope.Kind.EMPLOYER, employer.creditCode()), ExamPermissions.READ,
				"surveillance.notice.placementWithoutExam",
				List.of(workerName, String.join("、", missing), placedOn.toString()),
				"/surveillance/due?employerId=" + employer.id() + "&kind=PRE_PLACEMENT", noticeKey));
		this.events.publishEvent(new PlacementWithoutExam(workerId, employerId, regionCode, missing, placedOn));
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
