package org.ohsonline.enforcement.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.ohsonline.enforcement.CandidateKind;
import org.ohsonline.enforcement.CaseCandidates;
import org.ohsonline.enforcement.CaseFilter;
import org.ohsonline.enforcement.Cases;
import org.ohsonline.enforcement.InspectionPlans;
import org.ohsonline.monitoring.AlertFilter;
import org.ohsonline.monitoring.AlertStatus;
import org.ohsonline.monitoring.AlertView;
import org.ohsonline.monitoring.Alerts;
import org.ohsonline.risk.RectificationFilter;
import org.ohsonline.risk.RectificationView;
import org.ohsonline.risk.Rectifications;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.Deadline;
import org.ohsonline.shared.Page;
import org.ohsonline.shared.PageQuery;
import org.ohsonline.shared.Scope;
import org.ohsonline.shared.web.HomeCard;
import org.ohsonline.shared.web.HomeCard.Line;
import org.ohsonline.shared.web.HomeCard.Urgency;
import org.ohsonline.shared.web.HomeCard.View;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Enforcement on the home pages: an inspector's inspections drawn, candidates waiting for a case, and cases with the
 * nearest decision clock; a supervisor's open cases and their clocks. Counted as the lists count them, in the caller's
 * scope, through the module's facades and (for candidates) the monitoring and risk facades.
 */
@Configuration(proxyBeanMethods = false)
class EnforcementHomeCards {

	private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private static final PageQuery ONE = PageQuery.of(1, 1);

	private final Cases cases;

	private final CaseCandidates candidates;

	private final InspectionPlans plans;

	private final Alerts alerts;

	private final Rectifications rectifications;

	private final Clock clock;

	EnforcementHomeCards(Cases cases, CaseCandidates candidates, InspectionPlans plans, Alerts alerts,
			Rectifications rectifications, Clock clock) {
		this.cases = cases;
		this.candidates = candidates;
		this.plans = plans;
		this.alerts = alerts;
		this.rectifications = rectifications;
		this.clock = clock;
	}

	@Bean
	HomeCard inspectorEnforcementCard() {
		return HomeCard.of("enforcement-inspector", "enforcement.home.inspector", 50, "enforcement:case:write",
				Set.of(Scope.Kind.REGION), this::inspectorView);
	}

	@Bean
	HomeCard regionEnforcementCard() {
		return HomeCard.of("enforcement-region", "enforcement.home.region", 50, "enforcement:case:read",
				Set.of(Scope.Kind.REGION), this::regionView)
			.when(actor -> !actor.can("enforcement:case:write"));
	}

	private View inspectorView(Actor actor) {
		List<Line> lines = new ArrayList<>();
		if (actor.can("enforcement:inspection:read")) {
			lines.add(Line.count("enforcement-mine", "enforcement.home.mine", this.plans.assignedTo(actor, ONE).total(),
					"/enforcement/mine", Urgency.TO_DO));
		}
		lines.add(Line.count("enforcement-candidates", "enforcement.home.candidates", waiting(actor),
				"/enforcement/candidates", Urgency.TO_DO));
		lines.addAll(caseLines(actor));
		return View.of(lines);
	}

	private View regionView(Actor actor) {
		return View.of(caseLines(actor));
	}

	/** Overdue decisions, then open cases with the nearest decision clock. */
	private List<Line> caseLines(Actor actor) {
		LocalDate today = LocalDate.now(this.clock.withZone(ZONE));
		long overdue = this.cases.search(actor, new CaseFilter(null, null, "overdue"), ONE).total();
		long open = this.cases.search(actor, new CaseFilter(null, null, "open"), ONE).total();
		LocalDate nearest = this.cases.nearestDecisionDue(actor).orElse(null);
		Line openLine = Line.count("enforcement-cases-open", "enforcement.home.casesOpen", open,
				"/enforcement/cases?state=open",
				nearest == null ? Urgency.INFO : Urgency.of(Deadline.of(nearest, today)) == Urgency.OVERDUE ? Urgency.TO_DO
						: Urgency.of(Deadline.of(nearest, today)));
		return List.of(
				Line.count("enforcement-cases-overdue", "enforcement.home.casesOverdue", overdue,
						"/enforcement/cases?state=overdue", Urgency.OVERDUE),
				nearest == null || nearest.isBefore(today) ? openLine : openLine.withDeadline(nearest, today));
	}

	/**
	 * Confirmed alerts and overdue items in the caller's queue that no case was opened from yet: every page of
	 * each queue is read (an inspector's county holds a queue, not the province's), so the count is the true one.
	 */
	private long waiting(Actor actor) {
		long waiting = 0;
		if (actor.can("monitoring:alert:read")) {
			waiting += waiting(actor, CandidateKind.ALERT, page -> this.alerts
				.search(actor, new AlertFilter(null, AlertStatus.CONFIRMED, null, null, null), page)
				.map(AlertView::id));
		}
		if (actor.can("risk:rectification:read")) {
			waiting += waiting(actor, CandidateKind.RECTIFICATION, page -> this.rectifications
				.search(actor, new RectificationFilter(null, null, "overdue", null, null), page)
				.map(RectificationView::id));
		}
		return waiting;
	}

	private long waiting(Actor actor, CandidateKind kind, java.util.function.Function<PageQuery, Page<Long>> queue) {
		long waiting = 0;
		for (int number = 1;; number++) {
			Page<Long> page = queue.apply(PageQuery.of(number, PageQuery.MAX_SIZE));
			waiting += page.items().size() - this.candidates.opened(actor, kind, page.items()).size();
			if (page.items().isEmpty() || (long) number * PageQuery.MAX_SIZE >= page.total()) {
				return waiting;
			}
		}
	}

}
