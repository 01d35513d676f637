package org.ohsonline.monitoring.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.ohsonline.monitoring.AlertKind;
import org.ohsonline.monitoring.AlertQueues;
import org.ohsonline.shared.Actor;
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
 * Alerts on the home pages: the employer's alerts waiting for its explanation with the answer
 * deadline, the inspectors' verification queue, and alerts per month for supervisors.
 */
@Configuration(proxyBeanMethods = false)
class MonitoringHomeCards {

	private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private static final DateTimeFormatter DEADLINE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZONE);

	private static final String READ = "monitoring:alert:read";

	private final AlertQueues queues;

	private final Clock clock;

	MonitoringHomeCards(AlertQueues queues, Clock clock) {
		this.queues = queues;
		this.clock = clock;
	}

	@Bean
	HomeCard employerAlertsCard() {
		return HomeCard.of("alerts-employer", "monitoring.home.employer", 40, READ, Set.of(Scope.Kind.EMPLOYER),
				actor -> {
					AlertQueues.Queue q = this.queues.queue(actor);
					List<Line> lines = new ArrayList<>();
					lines.add(Line.count("alerts-escalated", "monitoring.home.escalated", q.escalated(),
							"/monitoring/alerts?status=RAISED", Urgency.OVERDUE));
					Line awaiting = Line.count("alerts-to-answer", "monitoring.home.toAnswer",
							q.awaitingAnswer() - q.escalated(), "/monitoring/alerts?status=RAISED", Urgency.DUE_SOON);
					lines.add(q.nextAnswerDue() == null ? awaiting
							: awaiting.withDetail("monitoring.home.answerBy", DEADLINE.format(q.nextAnswerDue())));
					lines.add(Line.count("alerts-open", "monitoring.home.inVerification",
							q.open() - q.awaitingAnswer(), "/monitoring/alerts?queue=open", Urgency.INFO));
					return View.of(lines);
				});
	}

	@Bean
	HomeCard regionAlertsCard() {
		return HomeCard.of("alerts-region", "monitoring.home.region", 40, READ, Set.of(Scope.Kind.REGION),
				this::regionView);
	}

	@Bean
	HomeCard alertsByMonthCard() {
		return HomeCard.of("alerts-months", "monitoring.home.months", 46, READ, Set.of(Scope.Kind.REGION),
				this::months);
	}

	private View regionView(Actor actor) {
		AlertQueues.Queue q = this.queues.queue(actor);
		boolean verifies = actor.can("monitoring:alert:verify");
		List<Line> lines = new ArrayList<>();
		lines.add(Line.count("alerts-to-verify", "monitoring.home.toVerify", q.awaitingVerification(),
				"/monitoring/alerts?queue=verification", verifies ? Urgency.TO_DO : Urgency.INFO));
		if (verifies) {
			lines.add(Line.count("alerts-mine", "monitoring.home.mine", q.mine(), "/monitoring/alerts?queue=mine",
					Urgency.TO_DO));
		}
		lines.add(Line.count("alerts-escalated", "monitoring.home.escalatedRegion", q.escalated(),
				"/monitoring/alerts?status=RAISED", Urgency.OVERDUE));
		lines.add(Line.figure("alerts-open", "monitoring.home.open", q.open(), "/monitoring/alerts?queue=open"));
		return View.of(lines);
	}

	/** Alerts raised in the last 12 months (this one included), by month and kind. */
	private View months(Actor actor) {
		LocalDate today = LocalDate.now(this.clock.withZone(ZONE));
		YearMonth first = YearMonth.from(today).minusMonths(11);
		List<AlertQueues.MonthCount> counts = this.queues.byMonth(actor, first);
		List<Label> categories = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			categories.add(Label.text(first.plusMonths(i).toString()));
		}
		List<Chart.Series> series = new ArrayList<>();
		long total = 0;
		for (AlertKind kind : AlertKind.values()) {
			List<Long> values = new ArrayList<>();
			for (int i = 0; i < 12; i++) {
				YearMonth month = first.plusMonths(i);
				values.add(counts.stream()
					.filter(c -> c.kind() == kind && c.month().equals(month))
					.mapToLong(AlertQueues.MonthCount::alerts)
					.sum());
			}
			long sum = values.stream().mapToLong(Long::longValue).sum();
			total += sum;
			if (sum > 0) {
				series.add(new Chart.Series(Label.key("monitoring.kind." + kind.name()), values));
			}
		}
		return View.of(Line.figure("alerts-year", "monitoring.home.alertsYear", total, "/monitoring/alerts"))
			.withChart(new Chart("monitoring.home.monthsChart", "monitoring.home.unitAlerts", today, Chart.Type.STACKED_BAR,
					categories, series));
	}

}
