package org.ohsonline.cdcmonitoring.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.ohsonline.IntegrationTest;
import org.ohsonline.agency.Agencies;
import org.ohsonline.agency.AgencyCommand;
import org.ohsonline.agency.AgencyKind;
import org.ohsonline.agency.AgencyView;
import org.ohsonline.agency.Blacklist;
import org.ohsonline.agency.BlacklistCommand;
import org.ohsonline.agency.JobType;
import org.ohsonline.agency.QualificationScope;
import org.ohsonline.cdcmonitoring.Assignee;
import org.ohsonline.cdcmonitoring.DrawView;
import org.ohsonline.cdcmonitoring.MonitoringKind;
import org.ohsonline.cdcmonitoring.MonitoringProjects;
import org.ohsonline.cdcmonitoring.MonitoringSurveys;
import org.ohsonline.cdcmonitoring.ProjectCommand;
import org.ohsonline.cdcmonitoring.ProjectFilter;
import org.ohsonline.cdcmonitoring.ProjectView;
import org.ohsonline.cdcmonitoring.Progress;
import org.ohsonline.cdcmonitoring.QcCheckView;
import org.ohsonline.cdcmonitoring.QcResolution;
import org.ohsonline.cdcmonitoring.SampledEmployer;
import org.ohsonline.cdcmonitoring.SurveyView;
import org.ohsonline.cdcmonitoring.Target;
import org.ohsonline.cdcmonitoring.TaskCommand;
import org.ohsonline.cdcmonitoring.TaskFilter;
import org.ohsonline.cdcmonitoring.TaskView;
import org.ohsonline.registry.EmployerView;
import org.ohsonline.registry.Employers;
import org.ohsonline.registry.Workers;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.CreditCode;
import org.ohsonline.shared.InvalidInputException;
import org.ohsonline.shared.NotFoundException;
import org.ohsonline.shared.PageQuery;
import org.ohsonline.shared.Scope;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Monitoring projects on the shared context's tiny register (拱墅区 330105): the sample respects the project's
 * industries, hazards and each county's target and is redone from its published inputs; entry checks refuse bad
 * answers field by field and save nothing; the quality-control disagreement is recorded and resolved with a record;
 * a county's CDC neither sees nor enters another county's task; a blacklisted agency is refused by name.
 */
@IntegrationTest
class CdcMonitoringIntegrationTests {

	static final String COUNTY_A = "330105";

	static final String COUNTY_B = "330106";

	static final String NOISE = "3008";

	static final Set<String> ALL = Set.of("cdcmonitoring:project:read", "cdcmonitoring:project:write",
			"cdcmonitoring:survey:write", "cdcmonitoring:qc:write", "registry:employer:read");

	@Autowired MonitoringProjects projects;
	@Autowired MonitoringSurveys surveys;
	@Autowired MonitoringSampleService samples;
	@Autowired CdcMonitoringReads reads;
	@Autowired Employers employers;
	@Autowired Workers workers;
	@Autowired Agencies agencies;
	@Autowired Blacklist blacklist;
	@Autowired JdbcClient jdbc;

	static Actor cdc(String region, long userId) {
		return new Actor(userId, "cdcp-" + region + "-" + userId, "疾控人员", region, Scope.region(region), ALL, "127.0.0.1",
				Actor.Channel.UI);
	}

	static LocalDate today() {
		return LocalDate.now(ZoneId.of("Asia/Shanghai"));
	}

	ProjectView project(Actor city, String name, BigDecimal share, int targetA) {
		return this.projects.create(city, new ProjectCommand(today().getYear(), MonitoringKind.WORKPLACE_HAZARD, name,
				List.of("C", "B"), List.of(NOISE), share, today().plusDays(60),
				List.of(new Target(COUNTY_A, targetA, 0, 40), new Target(COUNTY_B, 3, 0, 10))));
	}

	static Map<String, String> answers(String points) {
		Map<String, String> a = new LinkedHashMap<>();
		a.put("WH.POINTS", points);
		a.put("WH.EXCEEDING", "1");
		a.put("WH.NOISE_MAX", "88.5");
		a.put("WH.PROTECTION", "一般");
		a.put("WH.SURVEY_DATE", today().toString());
		return a;
	}

	@Test
	void theSampleRespectsIndustriesHazardsAndTargetsAndIsRedoneFromItsInputs() {
		Actor city = cdc("3301", 9901);
		ProjectView project = project(city, "噪声危害监测（抽样测试）", new BigDecimal("0.2"), 5);
		DrawView draw = this.projects.draw(city, project.id());
		assertThat(draw.algorithm()).isEqualTo("OHS-CDC-SAMPLE-1");
		List<SampledEmployer> sample = this.projects.find(city, project.id()).sample();
		// The tiny register lies in 330105 only: 330106 has nobody to draw, 330105 gives its target of 5.
		assertThat(draw.populationCount()).isGreaterThanOrEqualTo(5);
		assertThat(sample).hasSize(5).allSatisfy(s -> assertThat(s.countyCode()).isEqualTo(COUNTY_A));
		for (SampledEmployer s : sample) {
			EmployerView e = this.employers.find(city, s.employerId());
			assertThat(e.regionCode()).startsWith(COUNTY_A);
			assertThat(e.industryCode()).matches("0[6-9].*|1[0-2].*|1[3-9].*|[2-3][0-9].*|4[0-3].*");
			assertThat(this.workers.exposed(city, s.employerId()).of(NOISE)).isPositive();
		}
		// Redone from the published inputs file: the same seed and the same employers in the same order.
		String inputs = this.projects.inputs(city, project.id());
		SampleDraw.Inputs parsed = SampleDraw.parse(inputs);
		assertThat(parsed.candidates()).hasSize(draw.populationCount());
		assertThat(SampleDraw.seed(parsed)).isEqualTo(draw.seed());
		assertThat(SampleDraw.draw(parsed)).extracting(SampleDraw.Line::employerId)
			.containsExactlyElementsOf(sample.stream().map(SampledEmployer::employerId).toList());
		// Built again from the register now (unchanged): the same inputs, so the same sample.
		CdcMonitoringReads.ProjectRow row = this.reads.projectRow(project.id());
		assertThat(SampleDraw.inputsText(this.samples.inputs(city, row, this.reads.targets(project.id())))).isEqualTo(inputs);
		// Drawn once.
		assertThatThrownBy(() -> this.projects.draw(city, project.id())).isInstanceOf(InvalidInputException.class)
			.satisfies(ex -> assertThat(((InvalidInputException) ex).errors()).extracting(e -> e.code())
				.containsExactly("cdcmonitoring.draw.done"));
		// A larger target than the population takes all of it, no more.
		ProjectView wide = project(city, "噪声危害监测（全部）", new BigDecimal("0.2"), 10_000);
		DrawView all = this.projects.draw(city, wide.id());
		assertThat(all.sampleCount()).isEqualTo(all.populationCount());
	}

	@Test
	void entryChecksRefuseBadInputAndSaveNothingAndQualityControlResolvesADisagreement() {
		Actor city = cdc("3301", 9911);
		Actor countyA = cdc(COUNTY_A, 9912);
		ProjectView project = project(city, "噪声危害监测（录入测试）", BigDecimal.ONE, 2);
		this.projects.draw(city, project.id());
		TaskView task = this.projects.assign(city, project.id(), new TaskCommand(COUNTY_A, Assignee.COUNTY_CDC, null, today().plusDays(30)));
		SampledEmployer first = this.surveys.sample(countyA, task.id()).get(0);
		long auditBefore = audits(project.id());

		Map<String, String> bad = answers("abc");
		bad.put("WH.EXCEEDING", "-1");
		bad.put("WH.PROTECTION", "很好");
		bad.remove("WH.SURVEY_DATE");
		assertThatThrownBy(() -> this.surveys.submit(countyA, first.id(), bad)).isInstanceOf(InvalidInputException.class)
			.satisfies(ex -> assertThat(((InvalidInputException) ex).errors()).extracting(e -> e.field())
				.containsExactlyInAnyOrder("WH.POINTS", "WH.EXCEEDING", "WH.PROTECTION", "WH.SURVEY_DATE"));
		assertThat(this.surveys.survey(countyA, first.id())).isEmpty();
		assertThat(audits(project.id())).isEqualTo(auditBefore);

		SurveyView survey = this.surveys.submit(countyA, first.id(), answers("12"));
		assertThat(survey.hazards()).isEqualTo(12);
		assertThat(survey.qcPicked()).isTrue();
		assertThatThrownBy(() -> this.surveys.submit(countyA, first.id(), answers("12"))).isInstanceOf(InvalidInputException.class);

		// The one who entered it may not re-check it; another CDC user does, and a field differs.
		assertThatThrownBy(() -> this.surveys.recheck(countyA, survey.id(), answers("12")))
			.isInstanceOf(InvalidInputException.class)
			.satisfies(ex -> assertThat(((InvalidInputException) ex).errors().get(0).code()).isEqualTo("cdcmonitoring.qc.sameUser"));
		QcCheckView check = this.surveys.recheck(city, survey.id(), answers("15"));
		assertThat(check.status()).isEqualTo("DISAGREED");
		assertThat(check.differences()).extracting(QcCheckView.Difference::field, QcCheckView.Difference::surveyed,
				QcCheckView.Difference::rechecked)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("WH.POINTS", "12", "15"));
		assertThat(this.projects.progress(city, project.id()).rows().get(0).qcOpen()).isEqualTo(1);

		assertThatThrownBy(() -> this.surveys.resolve(city, survey.id(), new QcResolution("RECHECK", " ")))
			.isInstanceOf(InvalidInputException.class);
		QcCheckView resolved = this.surveys.resolve(city, survey.id(), new QcResolution("RECHECK", "现场复测 15 个点，原记录漏记"));
		assertThat(resolved.status()).isEqualTo("RESOLVED");
		assertThat(resolved.decision()).isEqualTo("RECHECK");
		assertThat(resolved.resolvedBy()).isEqualTo(city.username());
		assertThat(this.surveys.survey(city, first.id()).orElseThrow().answers()).containsEntry("WH.POINTS", "15");
		assertThatThrownBy(() -> this.surveys.resolve(city, survey.id(), new QcResolution("ORIGINAL", "再次处理")))
			.isInstanceOf(InvalidInputException.class);
		assertThat(this.jdbc.sql("""
				select count(*) from audit.entry where action = 'cdcmonitoring.qc.resolved' and target_id = :id
				  and actor_name = :who and after_state like '%现场复测%'""")
			.param("id", String.valueOf(survey.id()))
			.param("who", city.username())
			.query(Long.class)
			.single()).isEqualTo(1);

		Progress progress = this.projects.progress(city, project.id());
		Progress.Row a = progress.rows().stream().filter(r -> r.countyCode().equals(COUNTY_A)).findFirst().orElseThrow();
		assertThat(a.surveyed()).isEqualTo(1);
		assertThat(a.hazards()).isEqualTo(15);
		assertThat(a.targetHazards()).isEqualTo(40);
		assertThat(a.qcOpen()).isZero();
	}

	long audits(long projectId) {
		return this.jdbc.sql("select count(*) from audit.entry where action like 'cdcmonitoring.%' and (target_id = :p or target_type = 'monitoring-survey')")
			.param("p", String.valueOf(projectId))
			.query(Long.class)
			.single();
	}

	@Test
	void aCountysCdcNeitherSeesNorEntersAnotherCountysTask() {
		Actor city = cdc("3301", 9921);
		Actor countyA = cdc(COUNTY_A, 9922);
		Actor countyB = cdc(COUNTY_B, 9923);
		ProjectView project = project(city, "噪声危害监测（辖区测试）", new BigDecimal("0.1"), 2);
		this.projects.draw(city, project.id());
		TaskView taskA = this.projects.assign(city, project.id(), new TaskCommand(COUNTY_A, Assignee.COUNTY_CDC, null, today().plusDays(30)));
		TaskView taskB = this.projects.assign(city, project.id(), new TaskCommand(COUNTY_B, Assignee.COUNTY_CDC, null, today().plusDays(30)));
		SampledEmployer sampledA = this.surveys.sample(countyA, taskA.id()).get(0);

		Set<Long> seenByB = this.surveys.tasks(countyB, TaskFilter.none(), PageQuery.of(1, 200)).items().stream()
			.map(TaskView::id).collect(Collectors.toSet());
		assertThat(seenByB).contains(taskB.id()).doesNotContain(taskA.id());
		Set<Long> seenByA = this.surveys.tasks(countyA, TaskFilter.none(), PageQuery.of(1, 200)).items().stream()
			.map(TaskView::id).collect(Collectors.toSet());
		assertThat(seenByA).contains(taskA.id()).doesNotContain(taskB.id());
		Set<Long> seenByCity = this.surveys.tasks(city, TaskFilter.none(), PageQuery.of(1, 200)).items().stream()
			.map(TaskView::id).collect(Collectors.toSet());
		assertThat(seenByCity).contains(taskA.id(), taskB.id());

		assertThatThrownBy(() -> this.surveys.task(countyB, taskA.id())).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.surveys.sample(countyB, taskA.id())).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.surveys.submit(countyB, sampledA.id(), answers("3"))).isInstanceOf(NotFoundException.class);
		assertThat(this.surveys.survey(countyA, sampledA.id())).isEmpty();
		// County B reads the city's project, but only its own county's part of it; it cannot draw or assign.
		ProjectView asB = this.projects.find(countyB, project.id());
		assertThat(asB.sample()).isEmpty();
		assertThat(asB.tasks()).extracting(TaskView::countyCode).containsExactly(COUNTY_B);
		assertThat(this.projects.search(countyB, ProjectFilter.none(), PageQuery.of(1, 200)).items())
			.anyMatch(p -> p.id() == project.id());
		assertThatThrownBy(() -> this.projects.assign(countyB, project.id(),
				new TaskCommand(COUNTY_B, Assignee.COUNTY_CDC, null, today().plusDays(3))))
			.isInstanceOf(org.ohsonline.shared.AccessDeniedException.class);
		// Another city's CDC does not know the project.
		assertThatThrownBy(() -> this.projects.find(cdc("3302", 9924), project.id())).isInstanceOf(NotFoundException.class);
	}

	@Test
	void onlyQualifiedAgenciesTakeTasksAndABlacklistedOneIsRefusedByName() {
		Actor city = cdc("3301", 9931);
		Actor commission = new Actor(9932, "cdcp-commission", "监管员", COUNTY_A, Scope.region(COUNTY_A),
				Set.of("agency:agency:read", "agency:agency:write", "agency:blacklist:read", "agency:blacklist:write"),
				"127.0.0.1", Actor.Channel.UI);
		AgencyView good = agency(commission, "CDCPQ0001", "监测检测技术有限公司（测试）");
		AgencyView listed = agency(commission, "CDCPQ0002", "失信检测有限公司（测试）");
		long entry = this.blacklist.propose(commission, listed.id(), new BlacklistCommand("出具虚假检测报告",
				"职业病防治法 第八十条第（三）项", today(), today().plusYears(1), null)).id();
		this.blacklist.confirm(commission, entry, new BlacklistCommand(null, null, null, null,
				new BlacklistCommand.Document("决定书.pdf", "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF".getBytes())));
		ProjectView project = project(city, "噪声危害监测（机构测试）", new BigDecimal("0.1"), 2);
		this.projects.draw(city, project.id());

		assertThat(this.projects.assignable(city, project.id())).extracting(a -> a.id()).contains(good.id()).doesNotContain(listed.id());
		assertThatThrownBy(() -> this.projects.assign(city, project.id(),
				new TaskCommand(COUNTY_A, Assignee.AGENCY, listed.id(), today().plusDays(30))))
			.isInstanceOf(InvalidInputException.class)
			.satisfies(ex -> assertThat(((InvalidInputException) ex).errors()).extracting(e -> e.code(), e -> e.arguments().get(0))
				.containsExactly(org.assertj.core.groups.Tuple.tuple("cdcmonitoring.task.blacklisted", listed.name())));
		TaskView task = this.projects.assign(city, project.id(), new TaskCommand(COUNTY_A, Assignee.AGENCY, good.id(), today().plusDays(30)));
		assertThat(task.agencyName()).isEqualTo(good.name());

		// The agency's staff see the task and enter its surveys; the county's CDC sees it but does not enter.
		Actor staff = new Actor(9933, "cdcp-agency", "机构人员", COUNTY_A, new Scope(Scope.Kind.AGENCY, good.creditCode()),
				Set.of("cdcmonitoring:project:read", "cdcmonitoring:survey:write"), "127.0.0.1", Actor.Channel.UI);
		assertThat(this.surveys.tasks(staff, TaskFilter.none(), PageQuery.of(1, 50)).items()).extracting(TaskView::id)
			.containsExactly(task.id());
		SampledEmployer s = this.surveys.sample(staff, task.id()).get(0);
		assertThatThrownBy(() -> this.surveys.submit(cdc(COUNTY_A, 9934), s.id(), answers("4")))
			.isInstanceOf(InvalidInputException.class);
		assertThat(this.surveys.submit(staff, s.id(), answers("4")).hazards()).isEqualTo(4);
	}

	AgencyView agency(Actor commission, String code, String name) {
		String credit = "91" + COUNTY_A + code;
		credit = credit + CreditCode.checkCharacter(credit);
		AgencyView a = this.agencies.register(commission, new AgencyCommand(AgencyKind.SERVICE_AGENCY, credit, name, COUNTY_A,
				"检测路 8 号", "联系人", "13700003333", "CDCP-" + code, "卫生健康委员会", LocalDate.of(2020, 1, 1),
				LocalDate.of(2035, 12, 31)));
		return this.agencies.changeScope(commission, a.id(), new QualificationScope(List.of("1", "2", "3"), List.of(),
				Set.of(JobType.PERIODIC_TESTING), Map.of()));
	}

}
