package org.ohsonline.risk.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.ohsonline.risk.PortraitFilter;
import org.ohsonline.risk.PortraitSummary;
import org.ohsonline.risk.RectificationFilter;
import org.ohsonline.risk.RectificationView;
import org.ohsonline.risk.Rectifications;
import org.ohsonline.risk.RiskDashboard;
import org.ohsonline.risk.RiskPortraits;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.Deadline;
import org.ohsonline.shared.PageQuery;
import org.ohsonline.shared.Scope;
import org.ohsonline.shared.web.HomeCard;
import org.ohsonline.shared.web.HomeCard.Chart;
import org.ohsonline.shared.web.HomeCard.Label;
import org.ohsonline.shared.web.HomeCard.Line;
import org.ohsonline.shared.web.HomeCard.Urgency;
import org.ohsonline.shared.web.HomeCard.View;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Classified supervision on the home pages: an employer's class, light and rectification items with
 * the nearest deadline; a supervisor's items to review and overdue, with the classes of the divisions
 * below as a chart. Counted as the rectification list and the dashboard count them, in the caller's
 * scope.
 */
@Configuration(proxyBeanMethods = false)
class RiskHomeCards {

	private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private static final String ITEMS = "/risk/rectifications";

	private final RiskPortraits portraits;

	private final Rectifications rectifications;

	private final RiskDashboard dashboard;

	private final Clock clock;

	RiskHomeCards(RiskPortraits portraits, Rectifications rectifications, RiskDashboard dashboard, Clock clock) {
		this.portraits = portraits;
		this.rectifications = rectifications;
		this.dashboard = dashboard;
		this.clock = clock;
	}

	@Bean
	HomeCard employerRiskCard() {
		return HomeCard.of("risk-employer", "risk.home.employer", 25, "risk:rectification:read",
				Set.of(Scope.Kind.EMPLOYER), this::employerView);
	}

	@Bean
	HomeCard regionRiskCard() {
		return HomeCard.of("risk-region", "risk.home.region", 25, "risk:rectification:read", Set.of(Scope.Kind.REGION),
				this::regionView);
	}

	private View employerView(Actor actor) {
		LocalDate today = today();
		List<Line> lines = new ArrayList<>();
		if (actor.can("risk:portrait:read")) {
			List<PortraitSummary> own = this.portraits.search(actor, PortraitFilter.none(), PageQuery.of(1, 1)).items();
			if (!own.isEmpty() && own.get(0).riskClass() != null) {
				PortraitSummary portrait = own.get(0);
				lines.add(Line.item("risk-class", Urgency.INFO, "risk.home.ownClass", "/risk/employers/" + portrait.employerId(),
						Label.key("risk.class." + portrait.riskClass().name()),
						Label.key("risk.light." + portrait.light().name())));
			}
		}
		List<RectificationView> open = this.rectifications.ownOpen(actor);
		List<RectificationView> overdue = open.stream().filter(RectificationView::overdue).toList();
		List<RectificationView> waiting = open.stream().filter(i -> i.status().answerable() && !i.overdue()).toList();
		lines.add(Line.count("risk-items-overdue", "risk.home.itemsOverdue", overdue.size(), ITEMS + "?state=overdue",
				Urgency.OVERDUE)
			.withDeadline(earliest(overdue), today));
		LocalDate next = earliest(waiting);
		lines.add(Line.count("risk-items-open", "risk.home.itemsToAnswer", waiting.size(), ITEMS,
				next != null && !next.isAfter(today.plusDays(Deadline.AMBER_DAYS)) ? Urgency.DUE_SOON
						: Urgency.TO_DO)
			.withDeadline(next, today));
		lines.add(Line.count("risk-items-answered", "risk.home.itemsUnderReview",
				open.stream().filter(i -> !i.status().answerable()).count(), ITEMS + "?state=answered", Urgency.INFO));
		View view = View.of(lines);
		return open.isEmpty() ? view.withNote("risk.home.none") : view;
	}

	private View regionView(Actor actor) {
		long answered = count(actor, "answered");
		long overdue = count(actor, "overdue");
		View view = View.of(
				Line.count("risk-items-to-review", "risk.home.itemsToReview", answered, ITEMS + "?state=answered",
						actor.can("risk:rectification:review") ? Urgency.TO_DO : Urgency.INFO),
				Line.count("risk-items-overdue", "risk.home.itemsOverdueRegion", overdue, ITEMS + "?state=overdue",
						Urgency.OVERDUE));
		if (!actor.can("risk:dashboard:read")) {
			return view;
		}
		// Divisions with employers only, as the register's chart shows them; the dashboard lists every one.
		List<RiskDashboard.RegionCount> shown = this.dashboard.distribution(actor, actor.scope().value())
			.stream()
			.filter(c -> c.total() > 0)
			.sorted(Comparator.comparing(RiskDashboard.RegionCount::region))
			.toList();
		if (shown.isEmpty()) {
			return view;
		}
		List<Chart.Series> series = new ArrayList<>();
		series.add(new Chart.Series(Label.key("risk.class.JIA"), shown.stream().map(RiskDashboard.RegionCount::jia).toList(),
				Chart.Tone.GOOD));
		series.add(new Chart.Series(Label.key("risk.class.YI"), shown.stream().map(RiskDashboard.RegionCount::yi).toList(),
				Chart.Tone.CAUTION));
		series.add(new Chart.Series(Label.key("risk.class.BING"), shown.stream().map(RiskDashboard.RegionCount::bing).toList(),
				Chart.Tone.BAD));
		if (shown.stream().anyMatch(c -> c.unclassified() > 0)) {
			series.add(new Chart.Series(Label.key("risk.home.unclassified"),
					shown.stream().map(RiskDashboard.RegionCount::unclassified).toList(), Chart.Tone.NEUTRAL));
		}
		return view.withChart(new Chart("risk.home.chart", "risk.home.unitEmployers", today(), Chart.Type.STACKED_BAR,
				shown.stream().map(c -> Label.region(c.region())).toList(), series));
	}

	private long count(Actor actor, String state) {
		return this.rectifications.search(actor, new RectificationFilter(null, null, state, null, null), PageQuery.of(1, 1))
			.total();
	}

	private static LocalDate earliest(List<RectificationView> items) {
		return items.stream().map(RectificationView::dueOn).filter(Objects::nonNull).min(LocalDate::compareTo).orElse(null);
	}

	private LocalDate today() {
		return LocalDate.now(this.clock.withZone(ZONE));
	}

}
