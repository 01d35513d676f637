package org.ohsonline.projects.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.ohsonline.agency.AgencyKind;
import org.ohsonline.agency.AgencySummary;
import org.ohsonline.agency.Agencies;
import org.ohsonline.agency.JobType;
import org.ohsonline.projects.ProjectCommand;
import org.ohsonline.projects.ProjectKind;
import org.ohsonline.projects.ProjectView;
import org.ohsonline.projects.Stage;
import org.ohsonline.projects.StageRecord;
import org.ohsonline.registry.EmployerFilter;
import org.ohsonline.registry.EmployerSummary;
import org.ohsonline.registry.Employers;
import org.ohsonline.registry.SyntheticData;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.InvalidInputException;
import org.ohsonline.shared.PageQuery;
import org.ohsonline.shared.Scope;
import org.ohsonline.shared.demo.DemoSeedStep;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Standalone mode's construction projects, a demo data step: the first employers of the region by name each get one
 * project (named （演示）, dust as its factor, the employer's own industry) left at a stage that cycles through the five
 * and done — each stage recorded through the service with a demo PDF and, for the evaluations, an agency of the
 * register qualified for them —, and one project older than its pre-evaluation's days, so lists, the tracking and the
 * overdue reminder have something to show. The demo employer (login {@code employer}) is left without one. Never twice.
 */
@Component
class DemoProjects implements DemoSeedStep {

	private static final Logger log = LoggerFactory.getLogger(DemoProjects.class);

	private static final Actor LOOKUP = Actor.system("demo-projects");

	private static final String DEMO_EMPLOYER = "91330105DEM000001";

	private static final byte[] PDF = "%PDF-1.4\n% demo document (演示)\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF"
		.getBytes(java.nio.charset.StandardCharsets.UTF_8);

	private final ProjectService projects;

	private final Employers employers;

	private final Agencies agencies;

	private final SyntheticData register;

	private final JdbcClient jdbc;

	private final Clock clock;

	DemoProjects(ProjectService projects, Employers employers, Agencies agencies, SyntheticData register, JdbcClient jdbc,
			Clock clock) {
		this.projects = projects;
		this.employers = employers;
		this.agencies = agencies;
		this.register = register;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public int order() {
		return 65;
	}

	@Override
	public String labelKey() {
		return "demo.step.projects";
	}

	@Override
	public int weight() {
		return 2;
	}

	@Override
	public void run(Progress progress) {
		SyntheticData.Census census = this.register.census();
		if (census.lastScale().isEmpty()
				|| this.jdbc.sql("select exists (select 1 from projects.project where name like '%（演示）')").query(Boolean.class).single()) {
			return;
		}
		SyntheticData.Scale scale = SyntheticData.Scale.parse(census.lastScale().get());
		int wanted = scale == SyntheticData.Scale.TINY ? 8 : 24;
		LocalDate today = LocalDate.now(this.clock.withZone(ProjectService.ZONE));
		Optional<Long> agency = this.agencies.directory(AgencyKind.SERVICE_AGENCY)
			.stream()
			.filter(a -> this.agencies.qualifiedFor(a.id(), JobType.PRE_EVALUATION, "1").qualified()
					&& this.agencies.qualifiedFor(a.id(), JobType.CONTROL_EFFECT_EVALUATION, "1").qualified())
			.map(AgencySummary::id)
			.findFirst();
		List<EmployerSummary> employers = this.employers.search(LOOKUP,
				new EmployerFilter(null, scale.regionCode(), null, null, null, "IN_PRODUCTION", "name"), PageQuery.of(1, 50))
			.items()
			.stream()
			.filter(e -> !e.creditCode().startsWith(DEMO_EMPLOYER) && e.industryCode() != null)
			.limit(wanted)
			.toList();
		List<Integer> made = new ArrayList<>();
		for (EmployerSummary employer : employers) {
			progress.done((double) made.size() / Math.max(1, employers.size()));
			Actor manager = new Actor(0, "system:demo-projects", "系统 (演示建设项目)", employer.regionCode(),
					new Scope(Scope.Kind.EMPLOYER, employer.creditCode()), Set.of(), "local", Actor.Channel.SYSTEM);
			// Cycle: at 预评价 (overdue), 设计, 施工, 控制效果评价, 竣工验收, done; without a qualified agency only the first.
			int reached = agency.isEmpty() ? 0 : made.size() % 6;
			LocalDate registered = reached == 0 ? today.minusDays(200) : today.minusDays(150);
			try {
				ProjectView project = this.projects.register(manager, new ProjectCommand(employer.name() + "技术改造项目（演示）",
						ProjectKind.RENOVATION, employer.industryCode(), null, List.of("1038"), registered));
				Stage stage = Stage.first();
				for (int i = 0; i < reached; i++) {
					this.projects.attach(manager, project.id(), "demo-" + stage.name().toLowerCase() + ".pdf", PDF);
					this.projects.record(manager, project.id(), new StageRecord(stage, registered.plusDays(20L * (i + 1)),
							stage.needsAgencyReport() ? agency.get() : null, "DEMO-" + project.id() + "-" + (i + 1), "演示记录"));
					stage = stage.next().orElse(null);
				}
				made.add(reached);
			}
			catch (InvalidInputException ex) {
				log.debug("Demo project for {} skipped: {}", employer.creditCode(), ex.getMessage());
			}
		}
		log.info("Demo construction projects: {} ({} accepted)", made.size(), made.stream().filter(r -> r == 5).count());
	}

}
