package org.ohsonline.grid.internal;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ohsonline.PdfReading;
import org.ohsonline.IntegrationTest;
import org.ohsonline.TestUsers;
import org.ohsonline.grid.Appraisal;
import org.ohsonline.grid.GridCommand;
import org.ohsonline.grid.GridFilter;
import org.ohsonline.grid.GridKpis;
import org.ohsonline.grid.GridRole;
import org.ohsonline.grid.GridSummary;
import org.ohsonline.grid.GridView;
import org.ohsonline.grid.Grids;
import org.ohsonline.grid.KpiEmployer;
import org.ohsonline.grid.KpiFigure;
import org.ohsonline.grid.KpiSheet;
import org.ohsonline.grid.MembershipChange;
import org.ohsonline.grid.Quarter;
import org.ohsonline.iam.internal.UserAdministration;
import org.ohsonline.registry.EmployerView;
import org.ohsonline.registry.Employers;
import org.ohsonline.shared.AccessDeniedException;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.InvalidInputException;
import org.ohsonline.shared.NotFoundException;
import org.ohsonline.shared.PageQuery;
import org.ohsonline.shared.Scope;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Grid KPIs on hand-built data in 西湖区 (330106, where the shared context's register has no employers) for the last
 * closed quarter Q, with the expected numbers worked out below; membership history; the refusals (an employer of
 * another county, an employer another grid holds, a person whose scope does not cover the grid); jurisdiction (a
 * county sees only its grids) and the assistant's least privilege (only the grids assigned to them).
 */
@IntegrationTest
class GridKpisIntegrationTests {

	static final String COUNTY = "330106";

	static final String OTHER_COUNTY = "330108";

	/** The township of the hand-built employers (蒋村街道); no grid is drawn from it. */
	static final String TOWNSHIP = "330106011";

	static final Set<String> SUPERVISOR = Set.of("grid:grid:read", "grid:grid:write", "grid:appraisal:read",
			"registry:employer:read");

	@Autowired Grids grids;
	@Autowired GridKpis kpis;
	@Autowired Employers employers;
	@Autowired JdbcClient jdbc;
	@Autowired MockMvc mvc;
	@Autowired UserAdministration administration;
	@Autowired UserDetailsService details;
	@Autowired org.springframework.transaction.support.TransactionTemplate transactions;

	GridTestData data;

	TestUsers users;

	@BeforeEach
	void setUp() {
		this.data = new GridTestData(this.jdbc, this.employers);
		this.users = new TestUsers(this.administration, this.details);
	}

	static Actor supervisor(String county) {
		return new Actor(960, "grid-supervisor-" + county, "网格测试监管员", county, Scope.region(county), SUPERVISOR,
				"127.0.0.1", Actor.Channel.UI);
	}

	static Actor person(long userId, String region, String... permissions) {
		return new Actor(userId, "grid-person-" + userId, "网格测试人员", region, Scope.region(region), Set.of(permissions),
				"127.0.0.1", Actor.Channel.UI);
	}

	static LocalDate today() {
		return LocalDate.now(ZoneId.of("Asia/Shanghai"));
	}

	/** The last closed quarter: its figures stand on its last day. */
	static Quarter q() {
		return Quarter.of(today()).previous();
	}

	private static Map<String, KpiFigure> byCode(KpiSheet sheet) {
		return sheet.figures().stream().collect(Collectors.toMap(KpiFigure::code, Function.identity()));
	}

	/**
	 * Grid A holds E1, E2, E3 on Q's last day (E4 left ten days before it); grid B holds E5. In Q:
	 * E1 — two inspections (and one before Q), a penalty decided and a 不予处罚 decision;
	 * E2 — one inspection, two declaration duties due, one met on time and one met late;
	 * E3 — a duty due and still open, a void one; exams: worker W1 twice (first ever), W2 once (examined before Q);
	 * E4 — an inspection and an exam, but not in the grid on Q's last day;
	 * E5 — one exam of a worker never examined before.
	 */
	record World(long gridA, long gridB, EmployerView e1, EmployerView e2, EmployerView e3, EmployerView e4,
			EmployerView e5, long inspectorId, long assistantId) {
	}

	World world(String label) {
		Quarter q = q();
		LocalDate start = q.start();
		Actor county = supervisor(COUNTY);
		EmployerView e1 = this.data.employer(TOWNSHIP, label + "一号厂");
		EmployerView e2 = this.data.employer(TOWNSHIP, label + "二号厂");
		EmployerView e3 = this.data.employer(TOWNSHIP, label + "三号厂");
		EmployerView e4 = this.data.employer(TOWNSHIP, label + "四号厂");
		EmployerView e5 = this.data.employer(TOWNSHIP, label + "五号厂");
		LocalDate joined = start.minusDays(30);
		MembershipChange a = this.grids.create(county, new GridCommand(label + "网格A", COUNTY, null, List.of(),
				List.of(e1.creditCode(), e2.creditCode(), e3.creditCode(), e4.creditCode()), joined));
		MembershipChange b = this.grids.create(county, new GridCommand(label + "网格B", COUNTY, null, List.of(),
				List.of(e5.creditCode()), joined));
		GridView gridA = this.grids.find(county, a.gridId());
		long e4Member = gridA.members().stream().filter(m -> m.employerId() == e4.id()).findFirst().orElseThrow().id();
		this.grids.removeMember(county, a.gridId(), e4Member, q.end().minusDays(10));

		this.data.inspection(e1, start.minusDays(5));
		this.data.inspection(e1, start.plusDays(3));
		this.data.inspection(e1, start.plusDays(40));
		this.data.decision(e1, start.plusDays(50), false);
		this.data.decision(e1, start.plusDays(51), true);
		this.data.inspection(e2, start.plusDays(10));
		this.data.duty(e2, start.plusDays(20), "MET", start.plusDays(19));
		this.data.duty(e2, start.plusDays(30), "MET", start.plusDays(35));
		this.data.duty(e3, start.plusDays(25), "OPEN", null);
		this.data.duty(e3, start.plusDays(26), "VOID", null);
		long w1 = GridTestData.nextWorker();
		long w2 = GridTestData.nextWorker();
		this.data.exam(e3, w1, start.plusDays(5));
		this.data.exam(e3, w1, start.plusDays(60));
		this.data.exam(e3, w2, start.minusDays(100));
		this.data.exam(e3, w2, start.plusDays(6));
		this.data.inspection(e4, start.plusDays(7));
		this.data.exam(e4, GridTestData.nextWorker(), start.plusDays(7));
		this.data.exam(e5, GridTestData.nextWorker(), start.plusDays(8));

		long inspector = this.users.ensure("grid-it-inspector", "INSPECTOR", COUNTY, null).id();
		long assistant = this.users.ensure("grid-it-assistant", "GRID_ASSISTANT", COUNTY, null).id();
		this.grids.assign(county, a.gridId(), inspector, GridRole.INSPECTOR, start.minusDays(10));
		this.grids.assign(county, b.gridId(), inspector, GridRole.INSPECTOR, start.minusDays(10));
		this.grids.assign(county, a.gridId(), assistant, GridRole.ASSISTANT, start.minusDays(10));
		return new World(a.gridId(), b.gridId(), e1, e2, e3, e4, e5, inspector, assistant);
	}

	@Test
	void computesAGridsKpisFromHandBuiltData() {
		World w = world("甲");
		KpiSheet sheet = this.kpis.ofGrid(supervisor(COUNTY), w.gridA(), q());
		Map<String, KpiFigure> f = byCode(sheet);
		// E1, E2, E3 on Q's last day; E4 left ten days before it.
		assertThat(sheet.employers()).isEqualTo(3);
		assertThat(sheet.referenceDay()).isEqualTo(q().end());
		// Inspected in Q: E1 (twice, counted once) and E2 → 2 of 3 = 0.6667; 30 × 0.666667 = 20.00 points.
		assertThat(f.get("INSPECTION_COVERAGE").numerator()).isEqualTo(2);
		assertThat(f.get("INSPECTION_COVERAGE").denominator()).isEqualTo(3);
		assertThat(f.get("INSPECTION_COVERAGE").rate()).isEqualByComparingTo("0.6667");
		assertThat(f.get("INSPECTION_COVERAGE").points()).isEqualByComparingTo("20.00");
		// Duties due in Q: E2's two and E3's open one (the void one left out) = 3; on time: E2's first = 1;
		// 25 × 0.333333 = 8.33 points.
		assertThat(f.get("DECLARATION_ON_TIME").numerator()).isEqualTo(1);
		assertThat(f.get("DECLARATION_ON_TIME").denominator()).isEqualTo(3);
		assertThat(f.get("DECLARATION_ON_TIME").points()).isEqualByComparingTo("8.33");
		// Exams in Q: E3's W1 twice and W2 once = 3 (× 0.5 = 1.50 points); first examined: W1 only = 1 (× 1 = 1.00).
		assertThat(f.get("EXAMS").numerator()).isEqualTo(3);
		assertThat(f.get("EXAMS").denominator()).isNull();
		assertThat(f.get("EXAMS").points()).isEqualByComparingTo("1.50");
		assertThat(f.get("NEW_EXAMS").numerator()).isEqualTo(1);
		assertThat(f.get("NEW_EXAMS").points()).isEqualByComparingTo("1.00");
		// Penalties decided in Q: E1's one (the 不予处罚 decision does not count) × 5 = 5.00 points.
		assertThat(f.get("PENALTIES").numerator()).isEqualTo(1);
		assertThat(f.get("PENALTIES").points()).isEqualByComparingTo("5.00");
		// 20.00 + 8.33 + 1.50 + 1.00 + 5.00 = 35.83 of 100.
		assertThat(sheet.points()).isEqualByComparingTo("35.83");
		assertThat(sheet.possible()).isEqualByComparingTo("100");
		assertThat(sheet.score()).isEqualByComparingTo("35.83");
		assertThat(sheet.figures()).extracting(KpiFigure::code)
			.containsExactly("INSPECTION_COVERAGE", "DECLARATION_ON_TIME", "EXAMS", "NEW_EXAMS", "PENALTIES");
		assertThat(sheet.edition()).isNotBlank();

		List<KpiEmployer> rows = this.kpis.employersOfGrid(supervisor(COUNTY), w.gridA(), q());
		assertThat(rows).extracting(KpiEmployer::employerId).containsExactlyInAnyOrder(w.e1().id(), w.e2().id(), w.e3().id());
		assertThat(rows.stream().filter(r -> r.numerator("INSPECTION_COVERAGE") > 0).map(KpiEmployer::employerId))
			.containsExactlyInAnyOrder(w.e1().id(), w.e2().id());
		KpiEmployer e3 = rows.stream().filter(r -> r.employerId() == w.e3().id()).findFirst().orElseThrow();
		assertThat(e3).extracting(KpiEmployer::exams, KpiEmployer::newlyExamined, KpiEmployer::declarationsDue,
				KpiEmployer::declarationsOnTime).containsExactly(3, 1, 1, 0);
	}

	@Test
	void pastQuartersStayAsTheGridWasThen() {
		World w = world("乙");
		// On the last day of the quarter before Q, E4 was still a member (all joined 30 days before Q; E4 left inside Q).
		KpiSheet before = this.kpis.ofGrid(supervisor(COUNTY), w.gridA(), q().previous());
		assertThat(before.employers()).isEqualTo(4);
		assertThat(byCode(before).get("INSPECTION_COVERAGE").denominator()).isEqualTo(4);
		// The inspection of E1 five days before Q falls in the quarter before: 1 of 4 = 0.25 → 7.50 points.
		assertThat(byCode(before).get("INSPECTION_COVERAGE").numerator()).isEqualTo(1);
		assertThat(byCode(before).get("INSPECTION_COVERAGE").points()).isEqualByComparingTo("7.50");
		// No duty fell due then: not applicable, its 25 points leave the possible total (100 − 25 = 75).
		assertThat(byCode(before).get("DECLARATION_ON_TIME").applicable()).isFalse();
		assertThat(before.possible()).isEqualByComparingTo("75");
		// No exam then (W2's earlier one lies 100 days before Q, beyond that quarter), no penalty.
		assertThat(byCode(before).get("EXAMS").numerator()).isZero();
		assertThat(byCode(before).get("PENALTIES").numerator()).isZero();
		// The grid's view keeps E4's ended membership with its dates.
		GridView grid = this.grids.find(supervisor(COUNTY), w.gridA());
		assertThat(grid.members()).filteredOn(m -> m.employerId() == w.e4().id())
			.singleElement()
			.satisfies(m -> assertThat(m.to()).isEqualTo(q().end().minusDays(10)));
		assertThat(grid.currentMembers()).hasSize(3);
	}

	@Test
	void aPersonsAppraisalTakesEveryGridHeld() {
		World w = world("丙");
		Appraisal appraisal = this.kpis.appraisal(supervisor(COUNTY), w.inspectorId(), q());
		assertThat(appraisal.posts()).extracting(Appraisal.Post::gridId).contains(w.gridA(), w.gridB());
		// The inspector holds other test grids too when the class's tests share the context, so the person's
		// figures are checked against the sum of the grids they hold.
		List<Long> held = appraisal.posts().stream().map(Appraisal.Post::gridId).distinct().toList();
		long employersHeld = held.stream().mapToLong(g -> this.kpis.ofGrid(supervisor(COUNTY), g, q()).employers()).sum();
		assertThat(appraisal.sheet().employers()).isEqualTo((int) employersHeld);
		long exams = held.stream()
			.mapToLong(g -> byCode(this.kpis.ofGrid(supervisor(COUNTY), g, q())).get("EXAMS").numerator())
			.sum();
		assertThat(byCode(appraisal.sheet()).get("EXAMS").numerator()).isEqualTo(exams);
		// Grids A and B of this world alone: 3 + 1 employers, exams 3 + 1 = 4, first examined 1 + 1 = 2.
		long abExams = byCode(this.kpis.ofGrid(supervisor(COUNTY), w.gridA(), q())).get("EXAMS").numerator()
				+ byCode(this.kpis.ofGrid(supervisor(COUNTY), w.gridB(), q())).get("EXAMS").numerator();
		assertThat(abExams).isEqualTo(4);

		// The assistant reads their own sheet, not the inspector's.
		Actor assistant = person(w.assistantId(), COUNTY, "grid:assigned:read");
		assertThat(this.kpis.appraisal(assistant, w.assistantId(), q()).posts()).extracting(Appraisal.Post::gridId)
			.contains(w.gridA())
			.doesNotContain(w.gridB());
		assertThatThrownBy(() -> this.kpis.appraisal(assistant, w.inspectorId(), q()))
			.isInstanceOf(AccessDeniedException.class);
		// A supervisor of another county finds no sheet of this county's inspector.
		assertThatThrownBy(() -> this.kpis.appraisal(supervisor(OTHER_COUNTY), w.inspectorId(), q()))
			.isInstanceOf(NotFoundException.class);
	}

	@Test
	void refusesAnEmployerOfAnotherCountyOrOneAnotherGridHolds() {
		World w = world("丁");
		Actor county = supervisor(COUNTY);
		EmployerView elsewhere = this.data.employer("330108001", "丁滨江厂");
		assertThatThrownBy(() -> this.grids.addEmployer(county, w.gridB(), elsewhere.creditCode(), null))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.errors())
				.singleElement()
				.satisfies(e -> assertThat(e.code()).isEqualTo("grid.employer.otherCounty")));
		assertThatThrownBy(() -> this.grids.addEmployer(county, w.gridB(), w.e1().creditCode(), null))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.errors())
				.singleElement()
				.satisfies(e -> {
					assertThat(e.code()).isEqualTo("grid.employer.held");
					assertThat(e.arguments()).containsExactly(w.e1().name(), "丁网格A");
				}));
		// A township of another county is refused too, and nothing changed.
		assertThatThrownBy(() -> this.grids.addTownship(county, w.gridB(), "330108001", null))
			.isInstanceOf(InvalidInputException.class);
		assertThat(this.grids.find(county, w.gridB()).currentMembers()).hasSize(1);
		assertThat(this.grids.find(county, w.gridB()).townships()).isEmpty();
		// E4 left A: it may join B from the day it left, not before.
		assertThatThrownBy(() -> this.grids.addEmployer(county, w.gridB(), w.e4().creditCode(), q().end().minusDays(20)))
			.isInstanceOfSatisfying(InvalidInputException.class,
					ex -> assertThat(ex.errors().get(0).code()).isEqualTo("grid.employer.overlap"));
		this.grids.addEmployer(county, w.gridB(), w.e4().creditCode(), q().end().minusDays(10));
		assertThat(this.grids.find(county, w.gridB()).currentMembers()).hasSize(2);
	}

	@Test
	void anAssignmentNamesOnlyAPersonWhoseScopeCoversTheGrid() {
		World w = world("戊");
		Actor county = supervisor(COUNTY);
		long townshipAssistant = this.users.ensure("grid-it-township-assistant", "GRID_ASSISTANT", "330106002", null).id();
		long otherCountyInspector = this.users.ensure("grid-it-binjiang-inspector", "INSPECTOR", OTHER_COUNTY, null).id();
		assertThat(this.grids.assignable(county, w.gridA(), GridRole.ASSISTANT)).extracting(s -> s.userId())
			.contains(w.assistantId())
			.doesNotContain(townshipAssistant);
		assertThatThrownBy(() -> this.grids.assign(county, w.gridA(), townshipAssistant, GridRole.ASSISTANT, null))
			.isInstanceOfSatisfying(InvalidInputException.class,
					ex -> assertThat(ex.errors().get(0).code()).isEqualTo("grid.assignment.notCovered"));
		assertThatThrownBy(() -> this.grids.assign(county, w.gridA(), otherCountyInspector, GridRole.INSPECTOR, null))
			.isInstanceOf(InvalidInputException.class);
		// An inspector is not a grid assistant: the role must match.
		assertThatThrownBy(() -> this.grids.assign(county, w.gridA(), w.inspectorId(), GridRole.ASSISTANT, null))
			.isInstanceOf(InvalidInputException.class);
		assertThat(GridService.covers("330106002", COUNTY, List.of("330106002", "330106002"))).isTrue();
		assertThat(GridService.covers("330106002", COUNTY, List.of("330106002", "330106011"))).isFalse();
		assertThat(GridService.covers("3301", COUNTY, List.of())).isTrue();
	}

	@Test
	void aCountySeesOnlyItsGridsAndAnAssistantOnlyTheirs() {
		World w = world("己");
		Actor other = supervisor(OTHER_COUNTY);
		assertThatThrownBy(() -> this.grids.find(other, w.gridA())).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.kpis.ofGrid(other, w.gridA(), q())).isInstanceOf(NotFoundException.class);
		assertThat(this.grids.search(other, GridFilter.none(), PageQuery.of(1, 200)).items())
			.extracting(GridSummary::countyCode)
			.doesNotContain(COUNTY);
		assertThatThrownBy(() -> this.grids.create(other, new GridCommand("越界网格", COUNTY, null, List.of(),
				List.of(w.e5().creditCode()), null)))
			.isInstanceOfSatisfying(InvalidInputException.class,
					ex -> assertThat(ex.errors()).extracting(InvalidInputException.FieldError::code).contains("grid.county.outside"));
		assertThatThrownBy(() -> this.grids.addEmployer(other, w.gridA(), w.e5().creditCode(), null))
			.isInstanceOf(NotFoundException.class);

		Actor assistant = person(w.assistantId(), COUNTY, "grid:assigned:read");
		List<Long> seen = this.grids.search(assistant, GridFilter.none(), PageQuery.of(1, 200))
			.items()
			.stream()
			.map(GridSummary::id)
			.toList();
		assertThat(seen).contains(w.gridA()).doesNotContain(w.gridB());
		assertThat(this.kpis.ofGrid(assistant, w.gridA(), q()).employers()).isEqualTo(3);
		assertThatThrownBy(() -> this.grids.find(assistant, w.gridB())).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.grids.addEmployer(assistant, w.gridA(), w.e5().creditCode(), null))
			.isInstanceOf(AccessDeniedException.class);
		// Someone holding no grid permission sees none.
		assertThatThrownBy(() -> this.grids.search(person(w.assistantId(), COUNTY), GridFilter.none(), PageQuery.of(1, 20)))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void drawingFromATownshipTakesItsEmployersAndLeavesThoseAnotherGridHolds() {
		Actor county = supervisor(COUNTY);
		String township = "330106010";
		EmployerView free = this.data.employer(township, "庚转塘一厂");
		EmployerView held = this.data.employer(township, "庚转塘二厂");
		MembershipChange first = this.grids.create(county, new GridCommand("庚名单网格", COUNTY, null, List.of(),
				List.of(held.creditCode()), null));
		MembershipChange drawn = this.grids.create(county, new GridCommand("庚转塘网格", COUNTY, null, List.of(township),
				List.of(), null));
		GridView grid = this.grids.find(county, drawn.gridId());
		assertThat(grid.currentMembers()).extracting(GridView.Member::employerId).contains(free.id()).doesNotContain(held.id());
		assertThat(drawn.refused()).extracting(MembershipChange.Refusal::creditCode).contains(held.creditCode());
		assertThat(drawn.refused()).filteredOn(r -> r.creditCode().equals(held.creditCode()))
			.singleElement()
			.satisfies(r -> assertThat(r.heldBy()).isEqualTo("庚名单网格"));
		assertThat(first.added()).isEqualTo(1);
		// The township belongs to one grid: a second grid drawn from it is refused with the holder's name.
		assertThatThrownBy(() -> this.grids.create(county, new GridCommand("庚重复网格", COUNTY, null, List.of(township),
				List.of(), null)))
			.isInstanceOfSatisfying(InvalidInputException.class,
					ex -> assertThat(ex.errors().get(0).arguments()).contains("庚转塘网格"));
		assertThat(this.jdbc.sql("select count(*) from audit.entry where action = 'grid.grid.created'")
			.query(Long.class)
			.single()).isPositive();
	}

	@Test
	void theAppraisalSheetIsIssuedAsAVerifiablePdfWithTheFigures(@TempDir Path temp) throws Exception {
		World w = world("辛");
		long person = this.users.ensure("grid-it-pdf-inspector", "INSPECTOR", COUNTY, null).id();
		this.grids.assign(supervisor(COUNTY), w.gridA(), person, GridRole.INSPECTOR, q().start().minusDays(10));
		byte[] pdf = this.transactions.execute(status -> this.kpis.issueAppraisal(supervisor(COUNTY), person, q()));
		String text = PdfReading.text(pdf, temp).replaceAll("\\s+", " ");
		assertThat(text).contains("网格化监管季度考核表", "grid-it-pdf-inspector", "辛网格A", "检查覆盖率", "申报质量",
				"行政处罚决定数");
		// Grid A alone: 20.00 + 8.33 + 1.50 + 1.00 + 5.00 = 35.83, the same as the grid's own sheet.
		assertThat(text).contains("35.83", "20.00", "8.33");
		// The catalog edition in the document's language, flagged as the unverified platform edition it is.
		assertThat(text).contains("平台 2026 版（未核实）").doesNotContain("unverified");
		assertThat(text).contains(w.e1().name(), w.e2().name(), w.e3().name()).doesNotContain(w.e4().name());
		assertThat(PdfReading.qrCode(pdf, -1)).contains("/verify/");
		assertThat(PdfReading.signatures(pdf, temp)).contains("Signature is Valid");
	}

	@Test
	void theListBehindAFigureExportsExactlyItsEmployers() throws Exception {
		World w = world("壬");
		// The numerator of inspection coverage: E1 and E2 (2 of 3); the header row first.
		List<List<String>> rows = export("/grids/" + w.gridA() + "/kpis/export.xlsx?quarter=" + q()
				+ "&code=INSPECTION_COVERAGE&part=numerator");
		assertThat(rows.get(0)).startsWith("统一社会信用代码", "用人单位");
		assertThat(rows.subList(1, rows.size())).extracting(r -> r.get(1)).containsExactlyInAnyOrder(w.e1().name(),
				w.e2().name());
		// Its denominator, and the whole grid without a KPI: E1, E2, E3 (E4 left before the quarter's last day).
		assertThat(export("/grids/" + w.gridA() + "/kpis/export.xlsx?quarter=" + q()
				+ "&code=INSPECTION_COVERAGE&part=denominator")).hasSize(4);
		assertThat(export("/grids/" + w.gridA() + "/kpis/export.xlsx?quarter=" + q())).hasSize(4);
	}

	private List<List<String>> export(String path) throws Exception {
		byte[] xlsx = this.mvc.perform(get(path).with(this.users.as("grid-it-inspector")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		List<List<String>> rows = new java.util.ArrayList<>();
		try (ReadableWorkbook workbook = new ReadableWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
			for (Row row : workbook.getFirstSheet().read()) {
				List<String> cells = new java.util.ArrayList<>();
				for (int i = 0; i < row.getCellCount(); i++) {
					cells.add(row.getCellText(i));
				}
				rows.add(cells);
			}
		}
		return rows;
	}

}
