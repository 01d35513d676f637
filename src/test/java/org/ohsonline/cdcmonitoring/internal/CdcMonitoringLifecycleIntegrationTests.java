package org.ohsonline.cdcmonitoring.internal;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ohsonline.IntegrationTest;
import org.ohsonline.PdfReading;
import org.ohsonline.cdcmonitoring.Assignee;
import org.ohsonline.cdcmonitoring.DrawView;
import org.ohsonline.cdcmonitoring.MonitoringKind;
import org.ohsonline.cdcmonitoring.MonitoringProjects;
import org.ohsonline.cdcmonitoring.MonitoringSurveys;
import org.ohsonline.cdcmonitoring.ProjectCommand;
import org.ohsonline.cdcmonitoring.ProjectView;
import org.ohsonline.cdcmonitoring.Progress;
import org.ohsonline.cdcmonitoring.PublishedDraw;
import org.ohsonline.cdcmonitoring.QcCheckView;
import org.ohsonline.cdcmonitoring.QcResolution;
import org.ohsonline.cdcmonitoring.SampledEmployer;
import org.ohsonline.cdcmonitoring.SurveyEntry;
import org.ohsonline.cdcmonitoring.SurveyView;
import org.ohsonline.cdcmonitoring.Target;
import org.ohsonline.cdcmonitoring.TaskCommand;
import org.ohsonline.cdcmonitoring.TaskFilter;
import org.ohsonline.cdcmonitoring.TaskView;
import org.ohsonline.notification.Inbox;
import org.ohsonline.notification.InboxItem;
import org.ohsonline.portal.IssuedDocuments;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.InvalidInputException;
import org.ohsonline.shared.NotFoundException;
import org.ohsonline.shared.PageQuery;
import org.ohsonline.shared.Scope;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ohsonline.cdcmonitoring.internal.CdcMonitoringIntegrationTests.COUNTY_A;
import static org.ohsonline.cdcmonitoring.internal.CdcMonitoringIntegrationTests.COUNTY_B;
import static org.ohsonline.cdcmonitoring.internal.CdcMonitoringIntegrationTests.NOISE;
import static org.ohsonline.cdcmonitoring.internal.CdcMonitoringIntegrationTests.answers;
import static org.ohsonline.cdcmonitoring.internal.CdcMonitoringIntegrationTests.cdc;
import static org.ohsonline.cdcmonitoring.internal.CdcMonitoringIntegrationTests.today;

/**
 * What finishes the monitoring projects (issue 18 item 1), on the shared context's tiny register in 拱墅区: checks
 * across fields declared by the form's catalog edition; a batch of surveys saved whole or not at all, each refusal
 * named by its row and field; a project edited until drawn and closed, then frozen with a signed summary; reminders of
 * tasks due and overdue sent once into the doers' inboxes; the public draw redone by the script outside the platform;
 * and the real CDC_ANALYST role, scoped by region, keeping a county CDC to its county's tasks and giving the city CDC
 * its counties'.
 */
@IntegrationTest
class CdcMonitoringLifecycleIntegrationTests {

	@Autowired MonitoringProjects projects;
	@Autowired MonitoringSurveys surveys;
	@Autowired TaskReminders reminders;
	@Autowired Inbox inbox;
	@Autowired IssuedDocuments documents;
	@Autowired JdbcClient jdbc;
	@Autowired org.springframework.transaction.support.TransactionTemplate transactions;

	ProjectView project(Actor city, String name, BigDecimal share, int targetA) {
		return this.projects.create(city, new ProjectCommand(today().getYear(), MonitoringKind.WORKPLACE_HAZARD, name,
				List.of("C", "B"), List.of(NOISE), share, today().plusDays(60),
				List.of(new Target(COUNTY_A, targetA, 0, 40), new Target(COUNTY_B, 3, 0, 10))));
	}

	static Map<String, String> answers(String points, String exceeding) {
		Map<String, String> a = CdcMonitoringIntegrationTests.answers(points);
		a.put("WH.EXCEEDING", exceeding);
		return a;
	}

	long surveysOf(long projectId) {
		return this.jdbc.sql("select count(*) from cdcmonitoring.survey where project_id = :p").param("p", projectId)
			.query(Long.class).single();
	}

	@Test
	void theFormsCurrentEditionChecksPointsExceedingAgainstPointsSampledAndNoiseWithinItsTolerance() {
		Actor city = cdc("3301", 9941);
		Actor countyA = cdc(COUNTY_A, 9942);
		ProjectView project = project(city, "噪声危害监测（跨字段）", BigDecimal.ONE, 1);
		assertThat(project.formEdition()).isEqualTo("platform 2026, second edition (unverified)");
		this.projects.draw(city, project.id());
		TaskView task = this.projects.assign(city, project.id(), new TaskCommand(COUNTY_A, Assignee.COUNTY_CDC, null, today().plusDays(30)));
		SampledEmployer s = this.surveys.sample(countyA, task.id()).get(0);
		assertThatThrownBy(() -> this.surveys.submit(countyA, s.id(), answers("12", "13")))
			.isInstanceOf(InvalidInputException.class)
			.satisfies(ex -> assertThat(((InvalidInputException) ex).errors()).extracting(e -> e.field(), e -> e.code())
				.containsExactly(org.assertj.core.groups.Tuple.tuple("WH.EXCEEDING", "cdcmonitoring.survey.notAbove")));
		assertThat(surveysOf(project.id())).isZero();
		SurveyView survey = this.surveys.submit(countyA, s.id(), answers("12", "3"));
		// Noise 88.5 surveyed, 90.0 re-checked: 1.5 dB(A) within the tolerance of 2, so the re-check agrees.
		Map<String, String> again = answers("12", "3");
		again.put("WH.NOISE_MAX", "90.0");
		QcCheckView check = this.surveys.recheck(city, survey.id(), again);
		assertThat(check.status()).isEqualTo("AGREED");
		assertThat(check.differences()).isEmpty();
		Progress.Row a = this.projects.progress(city, project.id()).rows().stream()
			.filter(r -> r.countyCode().equals(COUNTY_A)).findFirst().orElseThrow();
		// 3 points exceeding of 12 sampled: 25 %.
		assertThat(a.exceeding()).isEqualTo(3);
		assertThat(a.exceedingRate()).isEqualTo(25);
	}

	@Test
	void aBatchIsSavedWholeOrNotAtAllAndEveryRefusalNamesItsRowAndField() {
		Actor city = cdc("3301", 9951);
		Actor countyA = cdc(COUNTY_A, 9952);
		ProjectView project = project(city, "噪声危害监测（批量）", new BigDecimal("0.5"), 2);
		this.projects.draw(city, project.id());
		TaskView task = this.projects.assign(city, project.id(), new TaskCommand(COUNTY_A, Assignee.COUNTY_CDC, null, today().plusDays(30)));
		List<SampledEmployer> sample = this.surveys.sample(countyA, task.id());
		assertThat(sample).hasSize(2);
		SampledEmployer first = sample.get(0);
		SampledEmployer second = sample.get(1);

		List<SurveyEntry> bad = List.of(new SurveyEntry(2, null, first.creditCode(), answers("12", "1")),
				new SurveyEntry(3, null, second.creditCode(), answers("8", "9")),
				new SurveyEntry(4, null, "91330105MA0000000X", answers("5", "0")),
				new SurveyEntry(5, null, first.creditCode().toLowerCase(), answers("12", "1")));
		assertThatThrownBy(() -> this.surveys.submitAll(countyA, task.id(), bad)).isInstanceOf(InvalidInputException.class)
			.satisfies(ex -> assertThat(((InvalidInputException) ex).errors()).extracting(e -> e.field(), e -> e.code())
				.containsExactly(org.assertj.core.groups.Tuple.tuple("rows[3].WH.EXCEEDING", "cdcmonitoring.survey.notAbove"),
						org.assertj.core.groups.Tuple.tuple("rows[4]", "cdcmonitoring.upload.notSampled"),
						org.assertj.core.groups.Tuple.tuple("rows[5]", "cdcmonitoring.upload.twice")));
		// Row 2 was fine, but nothing of the batch was saved.
		assertThat(surveysOf(project.id())).isZero();

		// Another county's CDC does not reach the task; nor does its batch.
		assertThatThrownBy(() -> this.surveys.submitAll(cdc(COUNTY_B, 9953), task.id(),
				List.of(new SurveyEntry(1, first.id(), null, answers("1", "0"))))).isInstanceOf(NotFoundException.class);

		List<SurveyView> saved = this.surveys.submitAll(countyA, task.id(),
				List.of(new SurveyEntry(1, first.id(), null, answers("12", "1")), new SurveyEntry(2, second.id(), null, answers("8", "3"))));
		assertThat(saved).hasSize(2);
		// 12 + 8 = 20 points sampled of the target 40 (50 %); 1 + 3 = 4 exceeding of 20 (20 %); 2 of 2 employers (100 %).
		Progress.Row a = this.projects.progress(city, project.id()).rows().stream()
			.filter(r -> r.countyCode().equals(COUNTY_A)).findFirst().orElseThrow();
		assertThat(List.of(a.surveyed(), a.targetEmployers(), a.employerRate(), a.hazards(), a.hazardRate(), a.exceeding(),
				a.exceedingRate())).containsExactly(2, 2, 100, 20, 50, 4, 20);
		assertThat(this.jdbc.sql("select count(*) from audit.entry where action = 'cdcmonitoring.survey.batch' and target_id = :t")
			.param("t", String.valueOf(task.id())).query(Long.class).single()).isEqualTo(1);
		// Sent again, each is refused as surveyed already.
		assertThatThrownBy(() -> this.surveys.submitAll(countyA, task.id(), List.of(new SurveyEntry(7, first.id(), null, answers("1", "0")))))
			.isInstanceOf(InvalidInputException.class)
			.satisfies(ex -> assertThat(((InvalidInputException) ex).errors().get(0).code()).isEqualTo("cdcmonitoring.upload.already"));
	}

	@Test
	void aProjectIsEditedUntilClosedThenTakesNoEntryAndKeepsItsSignedSummary(@TempDir Path temp) throws Exception {
		Actor city = cdc("3301", 9961);
		Actor countyA = cdc(COUNTY_A, 9962);
		ProjectView project = project(city, "噪声危害监测（关闭）", BigDecimal.ONE, 2);
		// Before the draw everything but year and kind may change.
		ProjectView edited = this.projects.update(city, project.id(), new ProjectCommand(null, null, "噪声危害监测（关闭测试）",
				List.of("C"), List.of(NOISE), BigDecimal.ONE, today().plusDays(50),
				List.of(new Target(COUNTY_A, 2, 5, 30))));
		assertThat(edited.name()).isEqualTo("噪声危害监测（关闭测试）");
		assertThat(edited.industries()).containsExactly("C");
		assertThat(edited.targets()).containsExactly(new Target(COUNTY_A, 2, 5, 30));
		assertThatThrownBy(() -> this.projects.update(city, project.id(), new ProjectCommand(today().getYear() + 1,
				MonitoringKind.KEY_DISEASE, "x", List.of("C"), List.of(NOISE), BigDecimal.ONE, today().plusDays(50),
				List.of(new Target(COUNTY_A, 2, 5, 30)))))
			.isInstanceOf(InvalidInputException.class)
			.satisfies(ex -> assertThat(((InvalidInputException) ex).errors()).extracting(e -> e.field()).containsExactly("year", "kind"));
		this.projects.draw(city, project.id());
		// Once drawn: industries, share and employers are fixed, each refusal named; workers and points still change.
		assertThatThrownBy(() -> this.projects.update(city, project.id(), new ProjectCommand(null, null, "噪声危害监测（关闭测试）",
				List.of("C", "B"), List.of(NOISE), new BigDecimal("0.5"), today().plusDays(50), List.of(new Target(COUNTY_A, 3, 5, 30)))))
			.isInstanceOf(InvalidInputException.class)
			.satisfies(ex -> assertThat(((InvalidInputException) ex).errors()).extracting(e -> e.field(), e -> e.code())
				.containsExactly(org.assertj.core.groups.Tuple.tuple("industries", "cdcmonitoring.project.drawnFixed"),
						org.assertj.core.groups.Tuple.tuple("qcShare", "cdcmonitoring.project.drawnFixed"),
						org.assertj.core.groups.Tuple.tuple("targets", "cdcmonitoring.project.drawnTargets")));
		ProjectView retargeted = this.projects.update(city, project.id(), new ProjectCommand(null, null, "噪声危害监测（关闭测试）",
				List.of("C"), List.of(NOISE), BigDecimal.ONE, today().plusDays(50), List.of(new Target(COUNTY_A, 2, 5, 20))));
		assertThat(retargeted.targets()).containsExactly(new Target(COUNTY_A, 2, 5, 20));
		assertThat(this.jdbc.sql("select count(*) from audit.entry where action = 'cdcmonitoring.project.updated' and target_id = :p")
			.param("p", String.valueOf(project.id())).query(Long.class).single()).isEqualTo(2);

		TaskView task = this.projects.assign(city, project.id(), new TaskCommand(COUNTY_A, Assignee.COUNTY_CDC, null, today().plusDays(30)));
		List<SampledEmployer> sample = this.surveys.sample(countyA, task.id());
		// Share 1: both surveys are picked; the first is re-checked with a difference, which blocks closing until resolved.
		SurveyView one = this.surveys.submit(countyA, sample.get(0).id(), answers("12", "2"));
		SurveyView two = this.surveys.submit(countyA, sample.get(1).id(), answers("6", "0"));
		assertThat(one.qcPicked() && two.qcPicked()).isTrue();
		assertThat(this.surveys.recheck(city, one.id(), answers("11", "2")).status()).isEqualTo("DISAGREED");
		assertThatThrownBy(() -> this.projects.close(city, project.id(), "年度工作结束"))
			.isInstanceOf(InvalidInputException.class)
			.satisfies(ex -> assertThat(((InvalidInputException) ex).errors()).extracting(e -> e.code(), e -> e.arguments())
				.containsExactly(org.assertj.core.groups.Tuple.tuple("cdcmonitoring.close.openDisagreements", List.of(1L))));
		this.surveys.resolve(city, one.id(), new QcResolution("ORIGINAL", "现场核实原记录无误"));
		assertThatThrownBy(() -> this.projects.close(city, project.id(), " ")).isInstanceOf(InvalidInputException.class)
			.satisfies(ex -> assertThat(((InvalidInputException) ex).errors()).extracting(e -> e.field()).containsExactly("note"));
		assertThatThrownBy(() -> this.projects.close(countyA, project.id(), "县级不能关闭")).isInstanceOf(org.ohsonline.shared.AccessDeniedException.class);

		Progress before = this.projects.progress(city, project.id());
		ProjectView closed = this.projects.close(city, project.id(), "年度工作结束");
		assertThat(closed.closed()).isTrue();
		assertThat(closed.closeNote()).isEqualTo("年度工作结束");
		assertThat(closed.summaryCode()).isNotBlank();
		Progress after = this.projects.progress(city, project.id());
		assertThat(after.closed()).isTrue();
		assertThat(after.rows()).isEqualTo(before.rows());
		// 2 of 2 employers, 12 + 6 = 18 points of the target 20 (90 %), 2 exceeding of 18 (11 %).
		assertThat(List.of(after.total().surveyed(), after.total().hazards(), after.total().hazardRate(), after.total().exceeding(),
				after.total().exceedingRate())).containsExactly(2, 18, 90, 2, 11);

		// Closed: no entry, re-check, edit, draw or assignment any more.
		assertThatThrownBy(() -> this.projects.update(city, project.id(), new ProjectCommand(null, null, "改名", List.of("C"),
				List.of(NOISE), BigDecimal.ONE, today().plusDays(50), List.of(new Target(COUNTY_A, 2, 5, 20)))))
			.isInstanceOf(InvalidInputException.class)
			.satisfies(ex -> assertThat(((InvalidInputException) ex).errors().get(0).code()).isEqualTo("cdcmonitoring.project.closed"));
		assertThatThrownBy(() -> this.projects.assign(city, project.id(), new TaskCommand(COUNTY_A, Assignee.COUNTY_CDC, null, today().plusDays(9))))
			.isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> this.projects.close(city, project.id(), "再关一次")).isInstanceOf(InvalidInputException.class);
		// Its task is finished with it: the lists know the project is closed and never call the task overdue.
		TaskView finished = this.surveys.tasks(countyA, TaskFilter.none(), PageQuery.of(1, 200)).items().stream()
			.filter(t -> t.id() == task.id()).findFirst().orElseThrow();
		assertThat(finished.projectClosed()).isTrue();
		assertThat(task.projectClosed()).isFalse();
		assertThatThrownBy(() -> this.surveys.recheck(city, two.id(), answers("6", "0")))
			.isInstanceOf(InvalidInputException.class)
			.satisfies(ex -> assertThat(((InvalidInputException) ex).errors().get(0).code()).isEqualTo("cdcmonitoring.project.closedNoEntry"));

		// The summary: signed, registered for verification, and printing the county's figures.
		byte[] pdf = this.projects.summaryPdf(countyA, project.id());
		assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
		assertThat(this.documents.verify(closed.summaryCode())).hasValueSatisfying(v -> {
			assertThat(v.typeKey()).isEqualTo("cdcmonitoring.summary.type");
			assertThat(v.number()).isEqualTo("CDCM-" + today().getYear() + "-" + project.id());
		});
		assertThat(this.documents.matches(closed.summaryCode(), pdf)).contains(true);
		String text = PdfReading.text(pdf, temp);
		assertThat(text).contains("监测项目汇总表").contains("噪声危害监测（关闭测试）").contains("18/20").contains("2/18").contains("11%");
		assertThat(PdfReading.signatures(pdf, temp)).contains("Signature is Valid");
		assertThatThrownBy(() -> this.projects.summaryPdf(cdc("3302", 9963), project.id())).isInstanceOf(NotFoundException.class);
	}

	@Test
	void tasksDueAndOverdueAreRemindedOnceIntoTheirDoersInboxes() {
		Actor city = cdc("3301", 9971);
		ProjectView project = project(city, "噪声危害监测（提醒）", new BigDecimal("0.5"), 2);
		this.projects.draw(city, project.id());
		TaskView task = this.projects.assign(city, project.id(), new TaskCommand(COUNTY_A, Assignee.COUNTY_CDC, null, today().plusDays(10)));
		Actor countyA = new Actor(9972, "cdcp-remind-a", "疾控人员", COUNTY_A, Scope.region(COUNTY_A),
				Set.of("cdcmonitoring:survey:write", "notification:inbox:read"), "127.0.0.1", Actor.Channel.UI);
		Actor countyB = new Actor(9973, "cdcp-remind-b", "疾控人员", COUNTY_B, Scope.region(COUNTY_B),
				Set.of("cdcmonitoring:survey:write", "notification:inbox:read"), "127.0.0.1", Actor.Channel.UI);

		// Eight days before: not yet (the window is 3 days). Seven days before (day 10 − 3 = day 7): due soon, once.
		remind(today().plusDays(2));
		assertThat(notices(countyA, task.id())).isEmpty();
		remind(today().plusDays(7));
		remind(today().plusDays(8));
		assertThat(notices(countyA, task.id())).extracting(InboxItem::messageKey).containsExactly("cdcmonitoring.notice.dueSoon");
		InboxItem soon = notices(countyA, task.id()).get(0);
		// "…将于 <day> 到期，尚有 2 家单位…": the project, the county, the day and the 2 employers still missing.
		assertThat(soon.arguments()).hasSize(4);
		assertThat(soon.arguments().get(0)).isEqualTo("噪声危害监测（提醒）");
		assertThat(soon.arguments().get(1)).endsWith("拱墅区");
		assertThat(soon.arguments().subList(2, 4)).containsExactly(today().plusDays(10).toString(), "2");
		assertThat(soon.link()).isEqualTo("/cdc/monitoring-tasks/" + task.id());
		// Past the day: overdue, once; the other county's CDC hears nothing of it.
		remind(today().plusDays(11));
		remind(today().plusDays(12));
		assertThat(notices(countyA, task.id())).extracting(InboxItem::messageKey)
			.containsExactlyInAnyOrder("cdcmonitoring.notice.dueSoon", "cdcmonitoring.notice.overdue");
		assertThat(notices(countyB, task.id())).isEmpty();
	}

	void remind(LocalDate day) {
		this.transactions.executeWithoutResult(status -> this.reminders.remind(day));
	}

	List<InboxItem> notices(Actor actor, long taskId) {
		return this.inbox.list(actor, false, PageQuery.of(1, 200)).items().stream()
			.filter(n -> n.source().startsWith("cdcmonitoring:task:" + taskId + ":"))
			.toList();
	}

	@Test
	void thePublicDrawIsRedoneByTheScriptOutsideThePlatform(@TempDir Path temp) throws Exception {
		Actor city = cdc("3301", 9981);
		ProjectView project = project(city, "噪声危害监测（公示）", new BigDecimal("0.3"), 4);
		assertThat(this.projects.published(project.id())).isEmpty();
		DrawView draw = this.projects.draw(city, project.id());
		PublishedDraw published = this.projects.published(project.id()).orElseThrow();
		assertThat(published.draw().seed()).isEqualTo(draw.seed());
		assertThat(published.sample()).extracting(PublishedDraw.Line::employerId)
			.containsExactlyElementsOf(this.projects.find(city, project.id()).sample().stream().map(SampledEmployer::employerId).toList());

		Path script = Path.of("docs/tools/redo_cdc_sample.py");
		Assumptions.assumeTrue(Files.isRegularFile(script) && python(), "python3 is needed to run the script");
		Path inputs = temp.resolve("inputs.txt");
		Files.writeString(inputs, published.inputs(), StandardCharsets.UTF_8);
		Process process = new ProcessBuilder("python3", script.toString(), inputs.toString(), "--qc-share", "0.3")
			.redirectErrorStream(true).start();
		String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
		assertThat(process.exitValue()).as(out).isZero();
		assertThat(out).contains("seed " + draw.seed()).contains("inputs-digest " + draw.inputsDigest())
			.contains("result-digest " + draw.resultDigest()).contains("population " + draw.populationCount());
		List<Long> order = out.lines().filter(l -> l.startsWith("line ")).map(l -> Long.parseLong(l.split(" ")[3])).toList();
		assertThat(order).containsExactlyElementsOf(published.sample().stream().map(PublishedDraw.Line::employerId).toList());
		// The script's quality-control picks are the platform's.
		Set<Long> scriptPicks = out.lines().filter(l -> l.startsWith("line ") && l.endsWith(" qc"))
			.map(l -> Long.parseLong(l.split(" ")[3])).collect(Collectors.toSet());
		Set<Long> platformPicks = new HashSet<>();
		published.sample().stream().filter(l -> SampleDraw.qcPicked(draw.seed(), l.employerId(), new BigDecimal("0.3")))
			.forEach(l -> platformPicks.add(l.employerId()));
		assertThat(scriptPicks).isEqualTo(platformPicks);
	}

	static boolean python() {
		try {
			return new ProcessBuilder("python3", "--version").start().waitFor(20, TimeUnit.SECONDS);
		}
		catch (Exception ex) {
			return false;
		}
	}

	@Test
	void theRegionScopedCdcAnalystRoleKeepsACountyToItsTasksAndGivesTheCityItsCounties() {
		Set<String> role = new java.util.HashSet<>(this.jdbc.sql("select permission_code from iam.role_permission where role_code = 'CDC_ANALYST'")
			.query(String.class).list());
		assertThat(role).contains("cdcmonitoring:project:read", "cdcmonitoring:project:write", "cdcmonitoring:survey:write",
				"cdcmonitoring:qc:write");
		Actor city = analyst(9991, "3301", role);
		Actor countyA = analyst(9992, COUNTY_A, role);
		Actor countyB = analyst(9993, COUNTY_B, role);
		ProjectView project = project(city, "噪声危害监测（角色）", new BigDecimal("0.2"), 2);
		this.projects.draw(city, project.id());
		TaskView taskA = this.projects.assign(city, project.id(), new TaskCommand(COUNTY_A, Assignee.COUNTY_CDC, null, today().plusDays(30)));
		TaskView taskB = this.projects.assign(city, project.id(), new TaskCommand(COUNTY_B, Assignee.COUNTY_CDC, null, today().plusDays(30)));
		assertThat(ids(countyA)).contains(taskA.id()).doesNotContain(taskB.id());
		assertThat(ids(countyB)).contains(taskB.id()).doesNotContain(taskA.id());
		assertThat(ids(city)).contains(taskA.id(), taskB.id());
		SampledEmployer s = this.surveys.sample(countyA, taskA.id()).get(0);
		assertThatThrownBy(() -> this.surveys.submit(countyB, s.id(), answers("3", "0"))).isInstanceOf(NotFoundException.class);
		assertThat(this.surveys.submit(countyA, s.id(), answers("3", "0")).hazards()).isEqualTo(3);
		// The county's CDC reads the city's project, limited to its county, and cannot change it.
		assertThat(this.projects.find(countyB, project.id()).tasks()).extracting(TaskView::countyCode).containsExactly(COUNTY_B);
		assertThatThrownBy(() -> this.projects.close(countyB, project.id(), "x")).isInstanceOf(org.ohsonline.shared.AccessDeniedException.class);
	}

	static Actor analyst(long id, String region, Set<String> permissions) {
		return new Actor(id, "cdc-analyst-" + region + "-" + id, "疾控人员", region, Scope.region(region), permissions, "127.0.0.1",
				Actor.Channel.UI);
	}

	Set<Long> ids(Actor actor) {
		return this.surveys.tasks(actor, TaskFilter.none(), PageQuery.of(1, 200)).items().stream().map(TaskView::id)
			.collect(Collectors.toSet());
	}

}
