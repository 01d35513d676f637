package org.ohsonline.testing.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ohsonline.shared.Actor;
import org.ohsonline.shared.Deadline;
import org.ohsonline.shared.Scope;
import org.ohsonline.shared.web.HomeCard;
import org.ohsonline.shared.web.HomeCard.Breakdown;
import org.ohsonline.shared.web.HomeCard.Line;
import org.ohsonline.shared.web.HomeCard.Urgency;
import org.ohsonline.shared.web.HomeCard.View;
import org.ohsonline.testing.JobStatus;
import org.ohsonline.testing.TestingQueues;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Testing on the home pages: an employer's and a supervisor's validity clocks (overdue by division
 * and employer for the supervisor), an agency's jobs by stage with the reports its review issues.
 */
@Configuration(proxyBeanMethods = false)
class TestingHomeCards {

	private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private final TestingQueues queues;

	private final Clock clock;

	TestingHomeCards(TestingQueues queues, Clock clock) {
		this.queues = queues;
		this.clock = clock;
	}

	@Bean
	HomeCard employerTestingCard() {
		return HomeCard.of("testing-employer", "testing.home.employer", 30, "testing:clock:read",
				Set.of(Scope.Kind.EMPLOYER), this::employerView);
	}

	@Bean
	HomeCard regionTestingCard() {
		return HomeCard.of("testing-region", "testing.home.region", 31, "testing:clock:read", Set.of(Scope.Kind.REGION),
				actor -> View.of(clockLines(this.queues.clocks(actor)))
					.withBreakdowns(Breakdown.of(this.queues.overdue(actor, 5),
							region -> "/testing/clocks?due=overdue&region=" + region,
							employer -> "/employers/" + employer.key() + "?tab=testing")));
	}

	@Bean
	HomeCard agencyJobsCard() {
		return HomeCard.of("testing-agency", "testing.home.agency", 30, "testing:job:read", Set.of(Scope.Kind.AGENCY),
				this::agencyView);
	}

	private View employerView(Actor actor) {
		TestingQueues.ClockQueue clocks = this.queues.clocks(actor);
		View view = View.of(clockLines(clocks));
		return clocks.overdue() + clocks.dueSoon() == 0 ? view.withNote("testing.home.employerNothing") : view;
	}

	private View agencyView(Actor actor) {
		Map<JobStatus, Long> jobs = this.queues.jobsByStatus(actor);
		return View.of(
				Line.count("jobs-returned", "testing.home.jobsReturned", jobs.get(JobStatus.RETURNED),
						"/testing/jobs?status=RETURNED", Urgency.TO_DO),
				Line.count("jobs-to-review", "testing.home.jobsToReview", jobs.get(JobStatus.SUBMITTED),
						"/testing/jobs?status=SUBMITTED",
						actor.can("testing:job:review") ? Urgency.TO_DO : Urgency.INFO),
				Line.count("jobs-drafts", "testing.home.jobsDrafts", jobs.get(JobStatus.DRAFT),
						"/testing/jobs?status=DRAFT", Urgency.TO_DO),
				Line.figure("jobs-reviewed", "testing.home.jobsReviewed", jobs.get(JobStatus.REVIEWED),
						"/testing/jobs?status=REVIEWED"))
			.withNote("testing.home.agencyNote");
	}

	private List<Line> clockLines(TestingQueues.ClockQueue clocks) {
		LocalDate today = LocalDate.now(this.clock.withZone(ZONE));
		Deadline next = clocks.nextDue() == null ? null : Deadline.of(clocks.nextDue(), today);
		return List.of(
				Line.count("testing-overdue", "testing.home.overdue", clocks.overdue(), "/testing/clocks?due=overdue",
						Urgency.OVERDUE)
					.withDeadline(clocks.oldestDue(), today),
				Line.count("testing-soon", "testing.home.soon", clocks.dueSoon(), "/testing/clocks?due=soon",
						Urgency.of(next))
					.withDeadline(next));
	}

}
