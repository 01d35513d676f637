package org.ohsonline.cdcmonitoring.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.ohsonline.agency.AgencyRef;
import org.ohsonline.cdcmonitoring.Assignee;
import org.ohsonline.cdcmonitoring.MonitoringKind;
import org.ohsonline.cdcmonitoring.ProjectCommand;
import org.ohsonline.cdcmonitoring.ProjectView;
import org.ohsonline.cdcmonitoring.SampledEmployer;
import org.ohsonline.cdcmonitoring.SurveyView;
import org.ohsonline.cdcmonitoring.Target;
import org.ohsonline.cdcmonitoring.TaskCommand;
import org.ohsonline.cdcmonitoring.TaskView;
import org.ohsonline.registry.SyntheticData;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.CreditCode;
import org.ohsonline.shared.Scope;
import org.ohsonline.shared.demo.DemoSeedStep;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Standalone mode's CDC monitoring project, a demo data step: the city CDC's workplace hazard monitoring project of
 * this year (named （演示）, marked as demo data) with the demo county as its target county, drawn from the register,
 * the county's task assigned to the demo service agency (login {@code agency}) where it is qualified — else to the
 * county's CDC —, three surveys entered, and re-checks of the picked ones with one disagreement left open — so the
 * {@code cdc} login finds its work and the progress page has figures. Written through the services (checked and
 * audited). Never twice.
 */
@Component
class DemoMonitoringProjects implements DemoSeedStep {

	private static final Logger log = LoggerFactory.getLogger(DemoMonitoringProjects.class);

	private static final String DEMO_AGENCY = "91330105DEMAG0001" + CreditCode.checkCharacter("91330105DEMAG0001");

	private final MonitoringProjectService projects;

	private final MonitoringSurveyService surveys;

	private final SyntheticData register;

	private final JdbcClient jdbc;

	private final Clock clock;

	DemoMonitoringProjects(MonitoringProjectService projects, MonitoringSurveyService surveys, SyntheticData register,
			JdbcClient jdbc, Clock clock) {
		this.projects = projects;
		this.surveys = surveys;
		this.register = register;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public int order() {
		return 68;
	}

	@Override
	public String labelKey() {
		return "demo.step.cdcmonitoring";
	}

	@Override
	public int weight() {
		return 1;
	}

	@Override
	public void run(Progress progress) {
		SyntheticData.Census census = this.register.census();
		if (census.lastScale().isEmpty() || this.jdbc
			.sql("select exists (select 1 from cdcmonitoring.monitoring_project where synthetic and name like '%（演示）')")
			.query(Boolean.class)
			.single()) {
			return;
		}
		String region = SyntheticData.Scale.parse(census.lastScale().get()).regionCode();
		if (region.length() < 6) {
			// A province-scale register has no one demo county; its benchmark needs no demo project.
			return;
		}
		String county = region.substring(0, 6);
		String city = county.substring(0, 4);
		LocalDate today = LocalDate.now(this.clock.withZone(MonitoringProjectService.ZONE));
		Actor cdc = actor("system:demo-cdcmonitoring", "系统 (演示疾控)", city, Scope.region(city));
		ProjectView project = this.projects.create(cdc, new ProjectCommand(today.getYear(), MonitoringKind.WORKPLACE_HAZARD,
				today.getYear() + " 年工作场所职业病危害因素监测（演示）", List.of("C", "B"), List.of("3008", "1038"),
				new BigDecimal("0.5"), today.plusDays(90), List.of(new Target(county, 8, 0, 60))));
		this.projects.draw(cdc, project.id());
		progress.done(0.4);
		Optional<AgencyRef> agency = this.projects.assignable(cdc, project.id())
			.stream()
			.filter(a -> a.creditCode().equals(DEMO_AGENCY))
			.findFirst();
		TaskView task = this.projects.assign(cdc, project.id(), new TaskCommand(county,
				agency.isPresent() ? Assignee.AGENCY : Assignee.COUNTY_CDC, agency.map(AgencyRef::id).orElse(null),
				today.plusDays(60)));
		Actor doer = agency.isPresent()
				? actor("system:demo-cdcmonitoring-agency", "系统 (演示机构)", county, new Scope(Scope.Kind.AGENCY, DEMO_AGENCY))
				: actor("system:demo-cdcmonitoring-county", "系统 (演示县疾控)", county, Scope.region(county));
		List<SampledEmployer> sample = this.surveys.sample(cdc, task.id());
		int entered = 0;
		boolean disagreement = false;
		for (SampledEmployer s : sample.subList(0, Math.min(3, sample.size()))) {
			int points = 6 + (int) (s.employerId() % 9);
			SurveyView survey = this.surveys.submit(doer, s.id(), answers(points, today));
			entered++;
			if (survey.qcPicked()) {
				// The first picked survey is found again differently and left for the CDC to resolve; the others agree.
				this.surveys.recheck(cdc, survey.id(), answers(disagreement ? points : points + 2, today));
				disagreement = true;
			}
		}
		progress.done(1);
		log.info("Demo CDC monitoring project {}: {} employers drawn, the task with {}, {} surveys entered", project.id(),
				sample.size(), agency.isPresent() ? "the demo agency" : "the county's CDC", entered);
	}

	private static Map<String, String> answers(int points, LocalDate today) {
		Map<String, String> a = new LinkedHashMap<>();
		a.put("WH.POINTS", Integer.toString(points));
		a.put("WH.EXCEEDING", Integer.toString(points / 5));
		a.put("WH.NOISE_MAX", "86.5");
		a.put("WH.PROTECTION", "一般");
		a.put("WH.SURVEY_DATE", today.minusDays(3).toString());
		return a;
	}

	private static Actor actor(String username, String name, String region, Scope scope) {
		return new Actor(0, username, name, region, scope, Set.of(), "local", Actor.Channel.SYSTEM);
	}

}
