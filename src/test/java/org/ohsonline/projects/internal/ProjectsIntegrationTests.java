package org.ohsonline.projects.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.ohsonline.IntegrationTest;
import org.ohsonline.agency.AgencyKind;
import org.ohsonline.agency.AgencySummary;
import org.ohsonline.agency.Agencies;
import org.ohsonline.agency.JobType;
import org.ohsonline.declaration.ClockView;
import org.ohsonline.declaration.DeclarationClocks;
import org.ohsonline.projects.ProjectCommand;
import org.ohsonline.projects.ProjectCompleted;
import org.ohsonline.projects.ProjectFilter;
import org.ohsonline.projects.ProjectKind;
import org.ohsonline.projects.ProjectSummary;
import org.ohsonline.projects.ProjectView;
import org.ohsonline.projects.Projects;
import org.ohsonline.projects.RoundView;
import org.ohsonline.projects.Stage;
import org.ohsonline.projects.StageRecord;
import org.ohsonline.projects.Tracking;
import org.ohsonline.projects.VerificationLine;
import org.ohsonline.projects.VerificationOutcome;
import org.ohsonline.projects.VerificationRecord;
import org.ohsonline.projects.Verifications;
import org.ohsonline.reference.Severity;
import org.ohsonline.shared.AccessDeniedException;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.Hashes;
import org.ohsonline.shared.InvalidInputException;
import org.ohsonline.shared.NotFoundException;
import org.ohsonline.shared.PageQuery;
import org.ohsonline.shared.Scope;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ohsonline.Eventually.eventually;

/**
 * Construction projects on the shared context's tiny register (拱墅区 330105): the hazard class from the risk
 * directory; the stages in strict order with documents and reports of qualified agencies only; completion starting
 * the declaration clock; the verification draw over a finished quarter (every 严重 project, ⌈30 %⌉ of the 一般 ones,
 * redone from its published inputs) and its record checked on both the round and the project; overdue reminders on
 * a fixed day; the quarterly tracking; and who may see and change what.
 */
@IntegrationTest
@RecordApplicationEvents
class ProjectsIntegrationTests {

	static final String COUNTY = "330105";

	static final String SILICA = "1038";

	static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF".getBytes(StandardCharsets.US_ASCII);

	@Autowired Projects projects;
	@Autowired Verifications verifications;
	@Autowired Tracking tracking;
	@Autowired StageReminders reminders;
	@Autowired Agencies agencies;
	@Autowired DeclarationClocks clocks;
	@Autowired JdbcClient jdbc;
	@Autowired ApplicationEvents events;

	record Employer(long id, String creditCode, String regionCode) {
	}

	/** The n-th employer of the county from the end of the register (the browser and matrix tests use others). */
	Employer employer(int n) {
		return this.jdbc.sql("select id, credit_code, region_code from registry.employer where region_code like '330105%' order by id desc offset :n limit 1")
			.param("n", n)
			.query((rs, i) -> new Employer(rs.getLong(1), rs.getString(2), rs.getString(3)))
			.single();
	}

	static Actor manager(Employer employer) {
		return new Actor(9500 + employer.id(), "proj-manager-" + employer.id(), "项目管理员", employer.regionCode(),
				new Scope(Scope.Kind.EMPLOYER, employer.creditCode()), Set.of("projects:project:read", "projects:project:write"),
				"127.0.0.1", Actor.Channel.UI);
	}

	static Actor region(String region, long userId, String... permissions) {
		return new Actor(userId, "proj-region-" + region + "-" + userId, "监管员", region, Scope.region(region),
				Set.of(permissions), "127.0.0.1", Actor.Channel.UI);
	}

	static LocalDate today() {
		return LocalDate.now(ZoneId.of("Asia/Shanghai"));
	}

	/** A service agency of the context qualified today for both evaluations on dust. */
	long qualifiedAgency() {
		return this.agencies.directory(AgencyKind.SERVICE_AGENCY)
			.stream()
			.filter(a -> this.agencies.qualifiedFor(a.id(), JobType.PRE_EVALUATION, "1").qualified()
					&& this.agencies.qualifiedFor(a.id(), JobType.CONTROL_EFFECT_EVALUATION, "1").qualified())
			.map(AgencySummary::id)
			.findFirst()
			.orElseThrow(() -> new AssertionError("the demo register has no agency qualified for evaluations"));
	}

	ProjectView register(Actor manager, String name, String industry, LocalDate on) {
		return this.projects.register(manager, new ProjectCommand(name, ProjectKind.NEW, industry, null, List.of(SILICA), on));
	}

	/** Records every stage, a document each, on the days given (five). */
	ProjectView complete(Actor manager, long id, long agency, LocalDate... days) {
		ProjectView project = null;
		Stage stage = Stage.first();
		for (LocalDate day : days) {
			this.projects.attach(manager, id, stage + ".pdf", PDF);
			project = this.projects.record(manager, id, new StageRecord(stage, day, stage.needsAgencyReport() ? agency : null,
					"NO-" + stage, null));
			stage = stage.next().orElse(null);
		}
		return project;
	}

	@Test
	void theClassComesFromTheRiskDirectoryAndTheStagesFollowTheirOrder() {
		Actor manager = manager(employer(0));
		long agency = qualifiedAgency();
		LocalDate registered = today().minusDays(60);
		ProjectView coal = register(manager, "煤矿改扩建工程", "0610", registered);
		// 0610 烟煤和无烟煤开采洗选 → B061 严重 in the 2021 directory; 1311 稻谷加工 → C131 一般.
		assertThat(coal.hazardClass()).isEqualTo(Severity.SERIOUS);
		assertThat(coal.classBasis()).contains("061");
		assertThat(register(manager, "稻谷加工线", "1311", registered).hazardClass()).isEqualTo(Severity.GENERAL);
		assertThat(coal.current()).isEqualTo(Stage.PRE_EVALUATION);
		assertThat(coal.stages()).singleElement().satisfies(s -> {
			assertThat(s.startedOn()).isEqualTo(registered);
			assertThat(s.dueOn()).isEqualTo(registered.plusDays(180));
		});

		// Not the design before the pre-evaluation; not without a document; not without a qualified agency.
		assertThatThrownBy(() -> this.projects.record(manager, coal.id(), new StageRecord(Stage.DESIGN, today(), null, "D-1", null)))
			.isInstanceOf(InvalidInputException.class)
			.satisfies(ex -> assertThat(((InvalidInputException) ex).errors()).extracting(e -> e.code()).containsExactly("projects.stage.order"));
		assertThatThrownBy(() -> this.projects.record(manager, coal.id(), new StageRecord(Stage.PRE_EVALUATION, today(), agency, "Y-1", null)))
			.isInstanceOf(InvalidInputException.class)
			.satisfies(ex -> assertThat(((InvalidInputException) ex).errors()).extracting(e -> e.code()).containsExactly("projects.document.missing"));
		assertThatThrownBy(() -> this.projects.attach(manager, coal.id(), "report.html", "<html><script>x</script>".getBytes(StandardCharsets.UTF_8)))
			.isInstanceOf(InvalidInputException.class);
		this.projects.attach(manager, coal.id(), "预评价报告.pdf", PDF);
		long institution = this.agencies.directory(AgencyKind.EXAM_INSTITUTION).get(0).id();
		assertThatThrownBy(() -> this.projects.record(manager, coal.id(), new StageRecord(Stage.PRE_EVALUATION, today(), institution, "Y-1", null)))
			.isInstanceOf(InvalidInputException.class)
			.satisfies(ex -> assertThat(((InvalidInputException) ex).errors()).extracting(e -> e.code()).containsExactly("projects.agency.UNKNOWN_AGENCY"));
		assertThatThrownBy(() -> this.projects.record(manager, coal.id(), new StageRecord(Stage.PRE_EVALUATION, registered.minusDays(1), agency, "Y-1", null)))
			.isInstanceOf(InvalidInputException.class);

		ProjectView evaluated = this.projects.record(manager, coal.id(), new StageRecord(Stage.PRE_EVALUATION, today().minusDays(50), agency, "Y-1", "可行"));
		assertThat(evaluated.current()).isEqualTo(Stage.DESIGN);
		assertThat(evaluated.stages().get(0).agencyName()).isNotBlank();
		assertThat(evaluated.stages().get(1).startedOn()).isEqualTo(today().minusDays(50));
		// Never again the pre-evaluation once the design is current.
		assertThatThrownBy(() -> this.projects.record(manager, coal.id(), new StageRecord(Stage.PRE_EVALUATION, today(), agency, "Y-2", null)))
			.isInstanceOf(InvalidInputException.class);
		assertThat(this.jdbc.sql("select count(*) from audit.entry where action = 'projects.stage.completed' and target_id = :id")
			.param("id", String.valueOf(coal.id())).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void completionAcceptanceStartsTheDeclarationClock() {
		Employer employer = employer(1);
		Actor manager = manager(employer);
		ProjectView project = register(manager, "粉尘车间技改", "0610", today().minusDays(100));
		LocalDate accepted = today().minusDays(5);
		ProjectView done = complete(manager, project.id(), qualifiedAgency(), today().minusDays(90), today().minusDays(80),
				today().minusDays(40), today().minusDays(20), accepted);
		assertThat(done.done()).isTrue();
		assertThat(done.completedOn()).isEqualTo(accepted);
		assertThat(this.events.stream(ProjectCompleted.class).filter(e -> e.projectId() == project.id())).hasSize(1);
		List<ClockView> pending = eventually(() -> this.clocks.pending(Actor.system("test"), employer.id()),
				list -> list.stream().anyMatch(c -> c.reason().equals("PROJECT_COMPLETION")));
		assertThat(pending).anySatisfy(c -> {
			assertThat(c.reason()).isEqualTo("PROJECT_COMPLETION");
			// Unless an earlier clock for the same reason was open already (the earlier deadline stands).
			assertThat(c.dueOn()).isBeforeOrEqualTo(accepted.plusDays(30));
		});
		assertThatThrownBy(() -> this.projects.attach(manager, project.id(), "late.pdf", PDF)).isInstanceOf(InvalidInputException.class);
	}

	@Test
	void theVerificationDrawTakesEverySevereProjectAndThirtyPercentOfTheOthersReproducibly() {
		Employer employer = employer(2);
		Actor manager = manager(employer);
		long agency = qualifiedAgency();
		// A quarter that ended at least three months ago, and acceptances in it.
		LocalDate thisQuarter = today().withDayOfMonth(1).withMonth(((today().getMonthValue() - 1) / 3) * 3 + 1);
		LocalDate from = thisQuarter.minusMonths(6);
		String period = from.getYear() + "Q" + ((from.getMonthValue() - 1) / 3 + 1);
		LocalDate accepted = from.plusDays(10);
		String[] industries = { "0610", "0610", "1311", "1311", "1311", "1311", "1311" };
		for (int i = 0; i < industries.length; i++) {
			ProjectView p = register(manager, "核查样本项目" + i, industries[i], accepted.minusDays(100));
			complete(manager, p.id(), agency, accepted.minusDays(90), accepted.minusDays(80), accepted.minusDays(60),
					accepted.minusDays(30), accepted);
		}
		String township = employer.regionCode();
		Actor supervisor = region(COUNTY, 9601, "projects:project:read", "projects:verification:draw");
		RoundView round = this.verifications.draw(supervisor, township, period);
		assertThatThrownBy(() -> this.verifications.draw(supervisor, township, period)).isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> this.verifications.draw(supervisor, township, today().getYear() + "Q" + ((today().getMonthValue() - 1) / 3 + 1)))
			.isInstanceOf(InvalidInputException.class);

		String inputs = this.verifications.inputs(supervisor, round.id());
		assertThat(Hashes.sha256Hex(inputs)).isEqualTo(round.inputsDigest());
		VerificationDraw.Inputs parsed = VerificationDraw.parse(inputs);
		assertThat(round.seed()).isEqualTo(Hashes.sha256Hex("OHS-VERIFY-1|" + township + "|" + period + "|" + round.inputsDigest()));
		Map<String, Long> frame = parsed.candidates().stream().collect(Collectors.groupingBy(VerificationDraw.Candidate::hazardClass, Collectors.counting()));
		Map<String, Long> drawn = round.lines().stream()
			.collect(Collectors.groupingBy(l -> l.hazardClass() == null ? "NONE" : l.hazardClass().name(), Collectors.counting()));
		assertThat(frame.get("SERIOUS")).isGreaterThanOrEqualTo(2);
		assertThat(drawn.get("SERIOUS")).isEqualTo(frame.get("SERIOUS"));
		long general = frame.get("GENERAL");
		assertThat(drawn.get("GENERAL")).isEqualTo(BigDecimal.valueOf(general).multiply(new BigDecimal("0.30")).setScale(0, RoundingMode.CEILING).longValue());
		assertThat(drawn.get("GENERAL") * 10).isGreaterThanOrEqualTo(general * 3);
		// Anyone holding the inputs file gets the same lines and the same result digest.
		List<VerificationDraw.Line> again = VerificationDraw.draw(parsed);
		assertThat(round.lines()).extracting(VerificationLine::projectId).containsExactlyElementsOf(again.stream().map(VerificationDraw.Line::projectId).toList());
		assertThat(Hashes.sha256Hex(VerificationDraw.resultText(again))).isEqualTo(round.resultDigest());

		// The record: an inspector of the county; not one of another county (the round and the project are not theirs).
		VerificationLine line = round.lines().get(0);
		Actor stranger = region("330106", 9602, "projects:project:read", "projects:verification:write");
		assertThatThrownBy(() -> this.verifications.record(stranger, line.id(), new VerificationRecord(today(), VerificationOutcome.CONFORMING, null)))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.verifications.round(stranger, round.id())).isInstanceOf(NotFoundException.class);
		Actor inspector = region(COUNTY, 9603, "projects:project:read", "projects:verification:write");
		assertThatThrownBy(() -> this.verifications.record(inspector, line.id(), new VerificationRecord(today(), VerificationOutcome.NONCONFORMING, " ")))
			.isInstanceOf(InvalidInputException.class);
		VerificationLine recorded = this.verifications.record(inspector, line.id(),
				new VerificationRecord(today(), VerificationOutcome.NONCONFORMING, "除尘设施未按设计专篇安装"));
		assertThat(recorded.outcome()).isEqualTo(VerificationOutcome.NONCONFORMING);
		assertThat(this.verifications.ofProject(inspector, line.projectId())).extracting(VerificationLine::findings).contains("除尘设施未按设计专篇安装");
		assertThatThrownBy(() -> this.verifications.draw(inspector, township, period)).isInstanceOf(AccessDeniedException.class);

		// The quarterly tracking of that quarter counts the acceptances of the township.
		Tracking.TrackingView view = this.tracking.quarter(supervisor, township, from.getYear(), (from.getMonthValue() - 1) / 3 + 1);
		assertThat(view.total().completed()).isGreaterThanOrEqualTo(industries.length);
		assertThat(view.total().atStage().get("DONE")).isGreaterThanOrEqualTo(industries.length);
	}

	@Test
	void anOverdueStageRaisesOneReminderOnAFixedDay() {
		Employer employer = employer(3);
		Actor manager = manager(employer);
		LocalDate registered = today().minusDays(200);
		ProjectView project = register(manager, "逾期提醒项目", "1311", registered);
		LocalDate due = registered.plusDays(180);
		assertThat(project.stages().get(0).dueOn()).isEqualTo(due);
		String source = "projects:stage:" + project.id() + ":PRE_EVALUATION";

		this.reminders.remind(due);
		assertThat(notices(source)).isZero();
		this.reminders.remind(due.plusDays(1));
		assertThat(notices(source)).isEqualTo(2);
		this.reminders.remind(due.plusDays(2));
		assertThat(notices(source)).isEqualTo(2);
		assertThat(this.jdbc.sql("select overdue_notified_on from projects.project_stage where project_id = :id")
			.param("id", project.id()).query(LocalDate.class).single()).isEqualTo(due.plusDays(1));
		assertThat(this.projects.count(manager, ProjectFilter.overdueOnly())).isGreaterThanOrEqualTo(1);
		assertThat(this.projects.find(manager, project.id()).stages().get(0).overdue()).isTrue();
	}

	long notices(String source) {
		return this.jdbc.sql("select count(*) from notification.notice where source = :s").param("s", source).query(Long.class).single();
	}

	@Test
	void anotherCountyAndAnotherEmployerSeeAndChangeNothing() {
		Employer employer = employer(4);
		Actor manager = manager(employer);
		ProjectView project = register(manager, "辖区隔离项目", "1311", today().minusDays(10));
		Actor county = region(COUNTY, 9604, "projects:project:read");
		Actor other = region("330106", 9605, "projects:project:read");
		assertThat(this.projects.find(county, project.id()).name()).isEqualTo("辖区隔离项目");
		assertThat(this.projects.search(county, new ProjectFilter("辖区隔离项目", null, null, null, false), PageQuery.of(1, 10)).total()).isEqualTo(1);
		assertThatThrownBy(() -> this.projects.find(other, project.id())).isInstanceOf(NotFoundException.class);
		assertThat(this.projects.search(other, new ProjectFilter("辖区隔离项目", null, null, null, false), PageQuery.of(1, 10)).total()).isZero();
		// Asking for a region outside one's own is answered with one's own region, never the other's rows.
		assertThat(this.projects.search(other, new ProjectFilter("辖区隔离项目", COUNTY, null, null, false), PageQuery.of(1, 10)).total()).isZero();
		assertThat(this.tracking.quarter(other, COUNTY, today().getYear(), (today().getMonthValue() - 1) / 3 + 1).total().total()).isZero();

		Actor neighbour = manager(employer(5));
		assertThatThrownBy(() -> this.projects.find(neighbour, project.id())).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.projects.attach(neighbour, project.id(), "x.pdf", PDF)).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.projects.record(neighbour, project.id(), new StageRecord(Stage.PRE_EVALUATION, today(), null, "x", null)))
			.isInstanceOf(NotFoundException.class);
		// A supervisor reads but never writes the employer's project.
		Actor writerInRegion = region(COUNTY, 9606, "projects:project:read", "projects:project:write");
		assertThatThrownBy(() -> this.projects.attach(writerInRegion, project.id(), "x.pdf", PDF)).isInstanceOf(NotFoundException.class);
		assertThat(this.projects.find(manager, project.id()).documents()).isEmpty();
	}

	/**
	 * The projects of several employers read at once are each one's own, as the list shows them: two of one employer
	 * (a coal mine's pre-evaluation past its days, a project registered today), one of another; an unknown id is
	 * absent, and another county reads none.
	 */
	@Test
	void readsTheProjectsOfSeveralEmployersAtOnceAsEachOnesOwn() {
		Employer first = employer(6);
		Employer second = employer(7);
		ProjectView late = register(manager(first), "批量读取煤矿工程", "0610", today().minusDays(200));
		ProjectView fresh = register(manager(first), "批量读取新建工程", "1311", today());
		ProjectView other = register(manager(second), "批量读取扩建工程", "1311", today().minusDays(10));
		Actor county = region(COUNTY, 9607, "projects:project:read");
		List<Long> ids = List.of(first.id(), second.id(), -1L);

		Map<Long, List<ProjectSummary>> batch = this.projects.ofEmployers(county, ids);
		assertThat(batch).containsOnlyKeys(first.id(), second.id());
		assertThat(batch.get(first.id())).filteredOn(p -> p.id() == late.id() || p.id() == fresh.id())
			.extracting(ProjectSummary::id, ProjectSummary::overdue)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(late.id(), true),
					org.assertj.core.groups.Tuple.tuple(fresh.id(), false));
		assertThat(batch.get(second.id())).extracting(ProjectSummary::id).contains(other.id());
		for (Employer e : List.of(first, second)) {
			assertThat(batch.get(e.id())).containsExactlyInAnyOrderElementsOf(this.projects
				.search(county, new ProjectFilter(e.creditCode(), null, null, null, false), PageQuery.of(1, 100))
				.items());
		}
		ids.forEach(id -> assertThat(batch.getOrDefault(id, List.of())).isEqualTo(this.projects.ofEmployer(county, id)));
		assertThat(this.projects.ofEmployers(region("330106", 9608, "projects:project:read"), ids)).isEmpty();
	}

}
