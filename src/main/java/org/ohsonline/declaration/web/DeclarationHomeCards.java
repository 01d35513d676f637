package org.ohsonline.declaration.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.ohsonline.declaration.DeclarationQueues;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.Scope;
import org.ohsonline.shared.web.HomeCard;
import org.ohsonline.shared.web.HomeCard.Breakdown;
import org.ohsonline.shared.web.HomeCard.Line;
import org.ohsonline.shared.web.HomeCard.Urgency;
import org.ohsonline.shared.web.HomeCard.View;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Declarations on the home pages: the employer's clocks and returned declarations, the supervisor's
 * declarations to review and overdue clocks by division and employer.
 */
@Configuration(proxyBeanMethods = false)
class DeclarationHomeCards {

	private static final String READ = "declaration:declaration:read";

	private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private final DeclarationQueues queues;

	private final Clock clock;

	DeclarationHomeCards(DeclarationQueues queues, Clock clock) {
		this.queues = queues;
		this.clock = clock;
	}

	@Bean
	HomeCard employerDeclarationsCard() {
		return HomeCard.of("declarations-employer", "declaration.home.employer", 20, READ, Set.of(Scope.Kind.EMPLOYER),
				this::employerView);
	}

	@Bean
	HomeCard regionDeclarationsCard() {
		return HomeCard.of("declarations-region", "declaration.home.region", 21, READ, Set.of(Scope.Kind.REGION),
				this::regionView);
	}

	private View employerView(Actor actor) {
		DeclarationQueues.Queue q = this.queues.queue(actor);
		List<Line> lines = new ArrayList<>(clockLines(q));
		lines.add(Line.count("declarations-returned", "declaration.home.returned", q.returned(),
				"/declarations?status=RETURNED", Urgency.TO_DO));
		lines.add(Line.count("declarations-drafts", "declaration.home.drafts", q.drafts(), "/declarations?status=DRAFT",
				Urgency.TO_DO));
		lines.add(Line.count("declarations-submitted", "declaration.home.underReview", q.submitted(),
				"/declarations?status=SUBMITTED", Urgency.INFO));
		View view = View.of(lines);
		return q.open() + q.returned() + q.drafts() + q.submitted() == 0
				? view.withNote("declaration.home.employerNothing") : view;
	}

	private View regionView(Actor actor) {
		DeclarationQueues.Queue q = this.queues.queue(actor);
		List<Line> lines = new ArrayList<>();
		lines.add(Line.count("declarations-to-review", "declaration.home.toReview", q.submitted(),
				"/declarations?status=SUBMITTED",
				actor.can("declaration:declaration:review") ? Urgency.TO_DO : Urgency.INFO));
		lines.addAll(clockLines(q));
		return View.of(lines)
			.withBreakdowns(Breakdown.of(this.queues.overdue(actor, 5),
					region -> "/declarations/clocks?due=overdue&region=" + region,
					employer -> "/declarations/clocks?due=overdue&employerId=" + employer.key()));
	}

	private List<Line> clockLines(DeclarationQueues.Queue q) {
		LocalDate today = LocalDate.now(this.clock.withZone(ZONE));
		return List.of(
				Line.count("declaration-clocks-overdue", "declaration.home.clocksOverdue", q.overdue(),
						"/declarations/clocks?due=overdue", Urgency.OVERDUE)
					.withDeadline(q.oldestDue(), today),
				Line.count("declaration-clocks-soon", "declaration.home.clocksSoon", q.dueSoon(),
						"/declarations/clocks?due=soon", Urgency.DUE_SOON)
					.withDeadline(q.nextDue(), today));
	}

}
