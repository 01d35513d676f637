package org.ohsonline.registry.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.ohsonline.reference.Severity;
import org.ohsonline.registry.EmployerFigures;
import org.ohsonline.registry.EmployerFilter;
import org.ohsonline.registry.EmployerSummary;
import org.ohsonline.registry.EmploymentView;
import org.ohsonline.registry.Employers;
import org.ohsonline.registry.Workers;
import org.ohsonline.registry.imports.ImportJob;
import org.ohsonline.registry.imports.ImportJobs;
import org.ohsonline.shared.Actor;
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
 * The register on the home pages: a supervisor's employers by division and hazard severity, an
 * employer's own case with the dispatches waiting for its confirmation, a worker's own record.
 */
@Configuration(proxyBeanMethods = false)
class RegistryHomeCards {

	private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private final EmployerFigures figures;

	private final Employers employers;

	private final Workers workers;

	private final Clock clock;

	private final ImportJobs imports;

	RegistryHomeCards(EmployerFigures figures, Employers employers, Workers workers, ImportJobs imports, Clock clock) {
		this.imports = imports;
		this.figures = figures;
		this.employers = employers;
		this.workers = workers;
		this.clock = clock;
	}

	@Bean
	HomeCard regionEmployersCard() {
		return HomeCard.of("employers-region", "registry.home.region", 10, "registry:employer:read",
				Set.of(Scope.Kind.REGION), this::region);
	}

	@Bean
	HomeCard ownEmployerCard() {
		return HomeCard.of("employer-own", "registry.home.ownEmployer", 11, "registry:employer:read",
				Set.of(Scope.Kind.EMPLOYER), this::ownEmployer);
	}

	@Bean
	HomeCard ownRecordCard() {
		return HomeCard.of("worker-own", "registry.home.ownRecord", 9, "registry:worker:read", Set.of(Scope.Kind.PERSON),
				actor -> View.of(Line.item("own-record", Urgency.INFO, "registry.home.openRecord", "/workers/mine")
					.withDetail("registry.home.ownRecordHint")));
	}

	/**
	 * The user's own imports still being checked or written, or checked and waiting to be applied
	 * (nothing is in the register until they are): among the administration's cards, shown only
	 * while there is one.
	 */
	@Bean
	HomeCard importsCard() {
		return HomeCard.of("imports", "registry.home.imports", 84, "registry:import:write", Set.of(Scope.Kind.REGION),
				actor -> {
					List<ImportJob> recent = this.imports.recent(actor);
					long running = recent.stream().filter(ImportJob::running).count();
					long ready = recent.stream().filter(job -> job.status() == ImportJob.Status.READY).count();
					return running + ready == 0 ? View.nothing()
							: View.of(Line.count("imports-ready", "registry.home.importsReady", ready, "/imports",
									Urgency.TO_DO),
									Line.count("imports-running", "registry.home.importsRunning", running, "/imports",
											Urgency.INFO));
				});
	}

	/** Employers per lower division, stacked by hazard severity, with the totals as lines. */
	private View region(Actor actor) {
		List<EmployerFigures.SeverityCount> counts = this.figures.bySeverity(actor);
		List<String> divisions = counts.stream().map(EmployerFigures.SeverityCount::regionCode).distinct().sorted().toList();
		List<Chart.Series> series = new ArrayList<>();
		List<Severity> severities = new ArrayList<>(List.of(Severity.values()));
		severities.add(null);
		for (Severity severity : severities) {
			List<Long> values = divisions.stream()
				.map(d -> counts.stream()
					.filter(c -> c.regionCode().equals(d) && Objects.equals(c.severity(), severity))
					.mapToLong(EmployerFigures.SeverityCount::employers)
					.sum())
				.toList();
			if (severity != null || values.stream().anyMatch(v -> v > 0)) {
				series.add(new Chart.Series(
						Label.key(severity == null ? "registry.severity.unknown" : "registry.severity." + severity.name()),
						values));
			}
		}
		long total = counts.stream().mapToLong(EmployerFigures.SeverityCount::employers).sum();
		long serious = counts.stream()
			.filter(c -> c.severity() == Severity.SERIOUS)
			.mapToLong(EmployerFigures.SeverityCount::employers)
			.sum();
		long inProduction = counts.stream().mapToLong(EmployerFigures.SeverityCount::inProduction).sum();
		LocalDate today = LocalDate.now(this.clock.withZone(ZONE));
		return View.of(Line.figure("employers-total", "registry.home.employers", total, "/employers"),
				Line.figure("employers-serious", "registry.home.serious", serious, "/employers?severity=SERIOUS"),
				Line.figure("employers-in-production", "registry.home.inProduction", inProduction,
						"/employers?status=IN_PRODUCTION"))
			.withChart(new Chart("registry.home.chart", "registry.home.unitEmployers", today, Chart.Type.STACKED_BAR,
					divisions.stream().map(Label::region).toList(), series));
	}

	private View ownEmployer(Actor actor) {
		List<EmployerSummary> own = this.employers.search(actor, EmployerFilter.none(), PageQuery.of(1, 1)).items();
		if (own.isEmpty()) {
			return View.of().withNote("registry.home.noEmployer");
		}
		EmployerSummary employer = own.get(0);
		List<Line> lines = new ArrayList<>();
		lines.add(Line.item("own-employer", Urgency.INFO, "registry.home.employerName", "/employers/" + employer.id(),
				employer.name())
			.withDetail("registry.home.employerDetail", employer.creditCode(), employer.employees()));
		if (actor.can("registry:worker:read")) {
			List<EmploymentView> dispatches = this.workers.pendingDispatches(actor, employer.id());
			lines.add(Line.count("dispatches-pending", "registry.home.dispatches", dispatches.size(),
					"/employers/" + employer.id() + "?tab=workers", Urgency.TO_DO));
		}
		return View.of(lines);
	}

}
