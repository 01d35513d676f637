package org.ohsonline.diagnosis.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.ohsonline.agency.AgencyKind;
import org.ohsonline.agency.OwnOrganisations;
import org.ohsonline.diagnosis.CaseStatus;
import org.ohsonline.diagnosis.CaseView;
import org.ohsonline.diagnosis.ClockKind;
import org.ohsonline.diagnosis.DiagnosisQueues;
import org.ohsonline.diagnosis.Diagnoses;
import org.ohsonline.registry.Workers;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.Deadline;
import org.ohsonline.shared.PageQuery;
import org.ohsonline.shared.Scope;
import org.ohsonline.shared.web.HomeCard;
import org.ohsonline.shared.web.HomeCard.Breakdown;
import org.ohsonline.shared.web.HomeCard.Label;
import org.ohsonline.shared.web.HomeCard.Line;
import org.ohsonline.shared.web.HomeCard.Urgency;
import org.ohsonline.shared.web.HomeCard.View;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.util.UriUtils;

/**
 * Diagnosis on the home pages: a diagnosis institution's cases by clock with the nearest deadline,
 * appraisals and today's rehabilitation; the supervisors' overdue duties and appraisals to decide;
 * the worker's own cases and certificates.
 */
@Configuration(proxyBeanMethods = false)
class DiagnosisHomeCards {

	private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private static final String READ = "diagnosis:case:read";

	private final DiagnosisQueues queues;

	private final Diagnoses diagnoses;

	private final Workers workers;

	private final OwnOrganisations organisations;

	private final Clock clock;

	DiagnosisHomeCards(DiagnosisQueues queues, Diagnoses diagnoses, Workers workers, OwnOrganisations organisations,
			Clock clock) {
		this.queues = queues;
		this.diagnoses = diagnoses;
		this.workers = workers;
		this.organisations = organisations;
		this.clock = clock;
	}

	@Bean
	HomeCard institutionDiagnosisCard() {
		return HomeCard.of("diagnosis-institution", "diagnosis.home.institution", 60, "diagnosis:case:diagnose",
				Set.of(Scope.Kind.INSTITUTION), this::institution)
			.when(actor -> this.organisations.kinds(actor).contains(AgencyKind.DIAGNOSIS_INSTITUTION));
	}

	@Bean
	HomeCard rehabilitationCard() {
		return HomeCard.of("diagnosis-rehab", "diagnosis.home.rehab", 63, "diagnosis:rehab:write",
				Set.of(Scope.Kind.INSTITUTION), this::rehabilitation);
	}

	@Bean
	HomeCard regionDiagnosisCard() {
		return HomeCard.of("diagnosis-region", "diagnosis.home.region", 61, READ, Set.of(Scope.Kind.REGION),
				this::region);
	}

	@Bean
	HomeCard workerDiagnosisCard() {
		return HomeCard.of("diagnosis-worker", "diagnosis.home.worker", 60, READ, Set.of(Scope.Kind.PERSON),
				this::worker);
	}

	private View institution(Actor actor) {
		Map<ClockKind, DiagnosisQueues.ClockCount> clocks = this.queues.clocks(actor);
		Map<CaseStatus, Long> cases = this.queues.cases(actor);
		List<Line> lines = new ArrayList<>();
		lines.add(clockLine("clock-DIAGNOSIS", "diagnosis.home.toDiagnose", clocks.get(ClockKind.DIAGNOSIS)));
		lines.add(clockLine("clock-CERTIFICATE", "diagnosis.home.toDeliver", clocks.get(ClockKind.CERTIFICATE)));
		lines.add(Line.count("cases-applied", "diagnosis.home.materialsIncomplete", cases.get(CaseStatus.APPLIED),
				"/diagnosis/cases?status=APPLIED", Urgency.TO_DO));
		lines.add(Line.count("cases-appraisal", "diagnosis.home.underAppraisal",
				cases.get(CaseStatus.APPRAISAL_REQUESTED) + cases.get(CaseStatus.REAPPRAISAL_REQUESTED),
				"/diagnosis/cases?status=APPRAISAL_REQUESTED", Urgency.INFO));
		lines.add(windowLine(clocks));
		return View.of(lines);
	}

	private View rehabilitation(Actor actor) {
		LocalDate today = today();
		List<DiagnosisQueues.StationDay> stations = this.queues.appointmentsOn(actor, today);
		if (stations.isEmpty()) {
			return View.nothing();
		}
		List<Line> lines = new ArrayList<>();
		for (DiagnosisQueues.StationDay station : stations) {
			lines.add(Line.count("rehab-today-" + station.stationId(), "diagnosis.home.rehabToday",
					station.appointments(), "/diagnosis/stations/" + station.stationId(), Urgency.TO_DO)
				.withArguments(station.stationName()));
		}
		return View.of(lines);
	}

	private View region(Actor actor) {
		Map<ClockKind, DiagnosisQueues.ClockCount> clocks = this.queues.clocks(actor);
		Map<CaseStatus, Long> cases = this.queues.cases(actor);
		long overdue = clocks.get(ClockKind.DIAGNOSIS).overdue() + clocks.get(ClockKind.CERTIFICATE).overdue();
		boolean decides = actor.can("diagnosis:appraisal:decide");
		List<Line> lines = new ArrayList<>();
		lines.add(Line.count("diagnosis-overdue", "diagnosis.home.dutiesOverdue", overdue, "/diagnosis/clocks?due=overdue",
				Urgency.OVERDUE));
		lines.add(Line.count("appraisals-to-decide", "diagnosis.home.appraisalsToDecide",
				cases.get(CaseStatus.APPRAISAL_REQUESTED), "/diagnosis/cases?status=APPRAISAL_REQUESTED",
				decides ? Urgency.TO_DO : Urgency.INFO));
		lines.add(Line.count("reappraisals-to-decide", "diagnosis.home.reappraisalsToDecide",
				cases.get(CaseStatus.REAPPRAISAL_REQUESTED), "/diagnosis/cases?status=REAPPRAISAL_REQUESTED",
				decides ? Urgency.TO_DO : Urgency.INFO));
		lines.add(Line.figure("referrals-open", "diagnosis.home.referrals",
				this.diagnoses.openReferrals(actor, null, PageQuery.of(1, 1)).total(), "/diagnosis/cases"));
		return View.of(lines)
			.withBreakdowns(Breakdown.of(this.queues.overdue(actor, 5),
					region -> "/diagnosis/clocks?due=overdue&region=" + region, employer -> "/diagnosis/cases?q=" + UriUtils.encodeQueryParam(employer.name(), StandardCharsets.UTF_8)));
	}

	private View worker(Actor actor) {
		Optional<Long> own = this.workers.ownId(actor);
		List<CaseView> cases = own.isEmpty() ? List.of() : this.diagnoses.ofWorker(actor, own.get());
		if (cases.isEmpty()) {
			return View.of().withNote("diagnosis.home.noCases");
		}
		List<Line> lines = new ArrayList<>();
		for (CaseView c : cases) {
			if (c.certificateCode() != null) {
				lines.add(Line.item("certificate-" + c.number(), Urgency.INFO, "diagnosis.home.certificate",
						"/diagnosis/cases/" + c.id() + "/certificate.pdf", c.certificateNumber(),
						c.disease() == null ? Label.key("diagnosis.home.notOccupational") : Label.text(c.disease().name()))
					.withDetail("diagnosis.home.deliveredOn", c.certificateDeliveredOn()));
			}
			else {
				lines.add(Line.item("case-" + c.number(), Urgency.INFO, "diagnosis.home.case", "/diagnosis/cases/" + c.id(),
						c.number(), Label.key("diagnosis.status." + c.status().name())));
			}
		}
		return View.of(lines);
	}

	/** Running duties of a kind: red when any is overdue, with the nearest deadline. */
	private Line clockLine(String key, String labelKey, DiagnosisQueues.ClockCount count) {
		Deadline next = count.nextDue() == null ? null : Deadline.of(count.nextDue(), today());
		Line line = Line.count(key, labelKey, count.open(), "/diagnosis/clocks?kind=" + count.kind().name(),
				Urgency.of(next)).withDeadline(next);
		return count.overdue() > 0 ? line.withDetail("diagnosis.home.ofWhichOverdue", count.overdue()) : line;
	}

	/** Appraisal windows still open to the parties: information, they lapse rather than become overdue. */
	private Line windowLine(Map<ClockKind, DiagnosisQueues.ClockCount> clocks) {
		DiagnosisQueues.ClockCount appraisal = clocks.get(ClockKind.APPRAISAL);
		DiagnosisQueues.ClockCount reappraisal = clocks.get(ClockKind.REAPPRAISAL);
		return Line.figure("clock-windows", "diagnosis.home.windowsOpen", appraisal.open() + reappraisal.open(),
				"/diagnosis/clocks?kind=APPRAISAL");
	}

	private LocalDate today() {
		return LocalDate.now(this.clock.withZone(ZONE));
	}

}
