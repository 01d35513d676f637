package org.ohsonline.surveillance.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ohsonline.agency.AgencyKind;
import org.ohsonline.agency.OwnOrganisations;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.Deadline;
import org.ohsonline.shared.Scope;
import org.ohsonline.shared.web.HomeCard;
import org.ohsonline.shared.web.HomeCard.Breakdown;
import org.ohsonline.shared.web.HomeCard.Chart;
import org.ohsonline.shared.web.HomeCard.Label;
import org.ohsonline.shared.web.HomeCard.Line;
import org.ohsonline.shared.web.HomeCard.Urgency;
import org.ohsonline.shared.web.HomeCard.View;
import org.ohsonline.surveillance.Bookings;
import org.ohsonline.surveillance.CalendarMonth;
import org.ohsonline.surveillance.ExamConclusion;
import org.ohsonline.surveillance.ExamDueItem;
import org.ohsonline.surveillance.SurveillanceQueues;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Health surveillance on the home pages of employers, exam institutions and supervisors: exams due
 * and overdue with the oldest, job transfers and suspected-disease reports, bookings, the week's
 * capacity, and the region's exams by conclusion. The worker's own card is {@link WorkerHomeCard}.
 */
@Configuration(proxyBeanMethods = false)
class SurveillanceHomeCards {

	private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private static final String EXAM_READ = "surveillance:exam:read";

	private static final String BOOKING_READ = "surveillance:booking:read";

	private final SurveillanceQueues queues;

	private final Bookings bookings;

	private final OwnOrganisations organisations;

	private final Clock clock;

	SurveillanceHomeCards(SurveillanceQueues queues, Bookings bookings, OwnOrganisations organisations, Clock clock) {
		this.queues = queues;
		this.bookings = bookings;
		this.organisations = organisations;
		this.clock = clock;
	}

	@Bean
	HomeCard employerExamsCard() {
		return HomeCard.of("exams-employer", "surveillance.home.employerExams", 50, EXAM_READ,
				Set.of(Scope.Kind.EMPLOYER), actor -> {
					List<Line> lines = new ArrayList<>(dueLines(this.queues.due(actor)));
					lines.addAll(taskLines(this.queues.tasks(actor)));
					return View.of(lines);
				});
	}

	@Bean
	HomeCard employerBookingsCard() {
		return HomeCard.of("bookings-employer", "surveillance.home.employerBookings", 52, BOOKING_READ,
				Set.of(Scope.Kind.EMPLOYER), this::employerBookings);
	}

	@Bean
	HomeCard regionExamsCard() {
		return HomeCard.of("exams-region", "surveillance.home.regionExams", 51, EXAM_READ, Set.of(Scope.Kind.REGION),
				actor -> {
					SurveillanceQueues.DueQueue due = this.queues.due(actor);
					SurveillanceQueues.TaskQueue tasks = this.queues.tasks(actor);
					return View.of(
							Line.count("exams-overdue", "surveillance.home.examsOverdue", due.overdue(),
									"/surveillance/due?state=overdue", Urgency.OVERDUE)
								.withDeadline(due.oldest() == null ? null : due.oldest().deadline()),
							Line.count("transfers-overdue", "surveillance.home.transfersOverdue",
									tasks.transfers().overdue(), "/surveillance/tasks?kind=JOB_TRANSFER&state=overdue",
									Urgency.OVERDUE),
							Line.count("reports-overdue", "surveillance.home.reportsOverdue", tasks.reports().overdue(),
									"/surveillance/tasks?kind=SUSPECTED_REPORT&state=overdue", Urgency.OVERDUE),
							Line.count("exams-soon", "surveillance.home.examsSoon", due.dueSoon(),
									"/surveillance/due?state=soon", Urgency.DUE_SOON))
						.withBreakdowns(Breakdown.of(this.queues.overdue(actor, 5),
								region -> "/surveillance/due?state=overdue&region=" + region,
								employer -> "/surveillance/due?state=overdue&employerId=" + employer.key()));
				});
	}

	@Bean
	HomeCard conclusionsCard() {
		return HomeCard.of("exams-conclusions", "surveillance.home.conclusions", 56, EXAM_READ,
				Set.of(Scope.Kind.REGION), this::conclusions);
	}

	@Bean
	HomeCard institutionCard() {
		return HomeCard.of("exams-institution", "surveillance.home.institution", 50, BOOKING_READ,
				Set.of(Scope.Kind.INSTITUTION), this::institution)
			.when(actor -> this.organisations.kinds(actor).contains(AgencyKind.EXAM_INSTITUTION));
	}

	private View employerBookings(Actor actor) {
		SurveillanceQueues.BookingQueue q = this.queues.bookings(actor);
		LocalDate today = today();
		List<Line> lines = new ArrayList<>();
		lines.add(Line.count("bookings-requested", "surveillance.home.bookingsAwaiting", q.requested(),
				"/surveillance/bookings?status=REQUESTED", Urgency.INFO).withDeadline(q.firstRequestedDay(), today));
		lines.add(Line.count("bookings-upcoming", "surveillance.home.bookingsUpcoming", q.upcoming(),
				"/surveillance/bookings?status=CONFIRMED&from=" + today, Urgency.INFO).withDeadline(q.nextDay(), today));
		if (actor.can("surveillance:booking:write")) {
			lines.add(Line.item("bookings-new", Urgency.INFO, "surveillance.home.bookNew", "/surveillance/bookings/new"));
		}
		return View.of(lines);
	}

	private View institution(Actor actor) {
		LocalDate today = today();
		SurveillanceQueues.BookingQueue q = this.queues.bookings(actor);
		SurveillanceQueues.TaskQueue tasks = this.queues.tasks(actor);
		Deadline firstRequested = q.firstRequestedDay() == null ? null : Deadline.of(q.firstRequestedDay(), today);
		List<Line> lines = new ArrayList<>();
		lines.add(Line.count("bookings-to-confirm", "surveillance.home.bookingsToConfirm", q.requested(),
				"/surveillance/bookings?status=REQUESTED", Urgency.of(firstRequested).max(Urgency.TO_DO))
			.withDeadline(firstRequested));
		lines.add(Line.count("bookings-today", "surveillance.home.bookingsToday", q.today(),
				"/surveillance/calendar?day=" + today, Urgency.TO_DO)
			.withDetail("surveillance.home.headcount", q.todayHeadcount()));
		lines.add(Line.count("bookings-to-complete", "surveillance.home.bookingsToComplete", q.toComplete(),
				"/surveillance/bookings?status=CONFIRMED&to=" + today.minusDays(1), Urgency.TO_DO));
		lines.add(Line.count("reports-to-issue", "surveillance.home.reportsToIssue",
				this.queues.reportsToIssue(actor, today.minusDays(30)),
				"/surveillance/exams?from=" + today.minusDays(30), Urgency.TO_DO));
		lines.add(taskLine("suspected-reports", "surveillance.home.suspectedReports", tasks.reports(),
				"/surveillance/tasks?kind=SUSPECTED_REPORT&state=open"));
		return View.of(lines).withChart(week(actor, today));
	}

	/**
	 * The institution's places in the week ahead (today and the six days after it; the days gone by
	 * can no longer be booked): booked and still free per day.
	 */
	private Chart week(Actor actor, LocalDate today) {
		LocalDate last = today.plusDays(6);
		Map<LocalDate, CalendarMonth.Day> days = new LinkedHashMap<>();
		for (YearMonth month : List.of(YearMonth.from(today), YearMonth.from(last)).stream().distinct().toList()) {
			this.bookings.calendar(actor, null, month).days().forEach(d -> days.put(d.day(), d));
		}
		List<Label> categories = new ArrayList<>();
		List<Long> booked = new ArrayList<>();
		List<Long> free = new ArrayList<>();
		for (int i = 0; i < 7; i++) {
			LocalDate day = today.plusDays(i);
			CalendarMonth.Day loads = days.get(day);
			categories.add(Label.text(day.toString().substring(5)));
			booked.add(loads == null ? 0L : loads.booked());
			free.add(loads == null ? 0L
					: loads.loads().stream().mapToLong(CalendarMonth.Load::left).sum());
		}
		return new Chart("surveillance.home.weekChart", "surveillance.home.unitPlaces", today, Chart.Type.STACKED_BAR,
				categories, List.of(new Chart.Series(Label.key("surveillance.home.booked"), booked),
						new Chart.Series(Label.key("surveillance.home.free"), free)));
	}

	/** Exams of the last 12 months by most serious conclusion, per lower division. */
	private View conclusions(Actor actor) {
		LocalDate today = today();
		LocalDate from = today.minusYears(1).plusDays(1);
		List<SurveillanceQueues.ConclusionCount> counts = this.queues.conclusionsByRegion(actor, from);
		List<String> regions = counts.stream().map(SurveillanceQueues.ConclusionCount::regionCode).distinct().sorted().toList();
		List<Chart.Series> series = new ArrayList<>();
		Map<ExamConclusion, Long> totals = new LinkedHashMap<>();
		for (ExamConclusion conclusion : ExamConclusion.values()) {
			List<Long> values = new ArrayList<>();
			for (String region : regions) {
				values.add(counts.stream()
					.filter(c -> c.conclusion() == conclusion && c.regionCode().equals(region))
					.mapToLong(SurveillanceQueues.ConclusionCount::exams)
					.sum());
			}
			totals.put(conclusion, values.stream().mapToLong(Long::longValue).sum());
			series.add(new Chart.Series(Label.key("surveillance.conclusion." + conclusion.name()), values));
		}
		Chart chart = new Chart("surveillance.home.conclusionsChart", "surveillance.home.unitExams", today,
				Chart.Type.STACKED_BAR, regions.stream().map(Label::region).toList(), series);
		String since = "/surveillance/exams?from=" + from;
		return View.of(
				Line.figure("exams-suspected", "surveillance.home.suspected", totals.get(ExamConclusion.SUSPECTED_DISEASE),
						since + "&conclusion=SUSPECTED_DISEASE"),
				Line.figure("exams-contraindication", "surveillance.home.contraindication",
						totals.get(ExamConclusion.CONTRAINDICATION), since + "&conclusion=CONTRAINDICATION"),
				Line.figure("exams-year", "surveillance.home.examsYear",
						totals.values().stream().mapToLong(Long::longValue).sum(), since))
			.withChart(chart);
	}

	private List<Line> dueLines(SurveillanceQueues.DueQueue due) {
		ExamDueItem oldest = due.oldest();
		Line overdue = Line.count("exams-overdue", "surveillance.home.examsOverdue", due.overdue(),
				"/surveillance/due?state=overdue", Urgency.OVERDUE)
			.withDeadline(oldest == null ? null : oldest.deadline());
		if (oldest != null) {
			overdue = overdue.withDetail("surveillance.home.oldest", oldest.workerName(), oldest.hazardName(),
					Label.key("surveillance.dueKind." + oldest.kind().name()));
		}
		ExamDueItem next = due.next();
		return List.of(overdue,
				Line.count("exams-soon", "surveillance.home.examsSoon", due.dueSoon(), "/surveillance/due?state=soon",
						Urgency.DUE_SOON)
					.withDeadline(next == null ? null : next.deadline()),
				Line.count("exams-within30", "surveillance.home.examsWithin30", due.within30(),
						"/surveillance/due?state=due&withinDays=30", Urgency.INFO));
	}

	private List<Line> taskLines(SurveillanceQueues.TaskQueue tasks) {
		return List.of(
				taskLine("transfers", "surveillance.home.transfers", tasks.transfers(),
						"/surveillance/tasks?kind=JOB_TRANSFER&state=open"),
				taskLine("suspected-reports", "surveillance.home.suspectedReports", tasks.reports(),
						"/surveillance/tasks?kind=SUSPECTED_REPORT&state=open"));
	}

	/** Open tasks of a kind: red when any is overdue, with the earliest deadline. */
	private Line taskLine(String key, String labelKey, SurveillanceQueues.TaskCount count, String href) {
		Deadline next = count.nextDue() == null ? null : Deadline.of(count.nextDue(), today());
		Line line = Line.count(key, labelKey, count.open(), href, Urgency.of(next)).withDeadline(next);
		return count.overdue() > 0 ? line.withDetail("surveillance.home.ofWhichOverdue", count.overdue()) : line;
	}

	private LocalDate today() {
		return LocalDate.now(this.clock.withZone(ZONE));
	}

}
