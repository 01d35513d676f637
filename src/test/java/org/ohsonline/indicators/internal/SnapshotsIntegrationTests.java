package org.ohsonline.indicators.internal;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ohsonline.IntegrationTest;
import org.ohsonline.PdfReading;
import org.ohsonline.indicators.ImportRow;
import org.ohsonline.indicators.Indicators;
import org.ohsonline.indicators.OverdueEmployer;
import org.ohsonline.indicators.Rating;
import org.ohsonline.indicators.Snapshot;
import org.ohsonline.indicators.SnapshotChange;
import org.ohsonline.indicators.SnapshotRow;
import org.ohsonline.indicators.SnapshotTable;
import org.ohsonline.indicators.Snapshots;
import org.ohsonline.indicators.TargetCommand;
import org.ohsonline.registry.EmployerView;
import org.ohsonline.registry.Employers;
import org.ohsonline.registry.RegistryFixtures;
import org.ohsonline.registry.StructureViews;
import org.ohsonline.registry.Workers;
import org.ohsonline.shared.AccessDeniedException;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.InvalidInputException;
import org.ohsonline.shared.NotFoundException;
import org.ohsonline.shared.Scope;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.ohsonline.TestUsers;
import org.ohsonline.iam.internal.UserAdministration;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ohsonline.Eventually.eventually;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Quarterly snapshots on the shared context, in the quarter 2019Q4 no other test uses: work-injury insurance imported
 * for 桐庐县 (330122) and 淳安县 (330127) against a provincial target of 95 % for 2019 (the only target of that year,
 * so the scores are worked out by hand), an employer in each county that has declared nothing (overdue), a freeze, a
 * late correction frozen as a revision beside the original, the jurisdiction of a county, and the bulletin's PDF.
 */
@IntegrationTest
class SnapshotsIntegrationTests {

	static final String QUARTER = "2019Q4";

	static final Actor SYSTEM = Actor.system("snapshots-test");

	static Actor province() {
		return new Actor(18, "snapshots-province", "省级监管", "33", Scope.region("33"),
				Set.of(IndicatorPermissions.FIGURE_READ, IndicatorPermissions.TARGET_WRITE, IndicatorPermissions.IMPORT_WRITE,
						IndicatorPermissions.SNAPSHOT_WRITE, IndicatorPermissions.BULLETIN_WRITE),
				"127.0.0.1", Actor.Channel.UI);
	}

	static Actor county(String code) {
		return new Actor(19, "snapshots-county-" + code, "县级监管", code, Scope.region(code),
				Set.of(IndicatorPermissions.FIGURE_READ, IndicatorPermissions.BULLETIN_WRITE), "127.0.0.1", Actor.Channel.UI);
	}

	@Autowired Snapshots snapshots;

	@Autowired Indicators indicators;

	@Autowired Employers employers;

	@Autowired Workers workers;

	@Autowired MembershipStore store;

	@Autowired JdbcClient jdbc;

	@Autowired TransactionTemplate transactions;

	@Autowired MockMvc mvc;

	@Autowired UserAdministration administration;

	@Autowired UserDetailsService details;

	/** A serious-hazard employer with a dust post and a worker: in DECLARATION_SEVERE, 0 of 1 (never declared). */
	EmployerView overdueEmployer(String township) {
		RegistryFixtures fixtures = new RegistryFixtures(this.employers, this.workers);
		EmployerView employer = fixtures.employer(SYSTEM, township, "3311", 20);
		StructureViews.Post post = fixtures.post(SYSTEM, employer.id(), "1001");
		fixtures.hire(SYSTEM, employer.id(), post.id(), RegistryFixtures.idNumber(township.substring(0, 6)));
		// Settled: every counted indicator of its populations, the worker's rows in .
		eventually(() -> this.store.rowsOf(employer.id()),
				r -> r.containsKey("DECLARATION_SEVERE") && r.containsKey("EXAMS_EXPOSED") && r.containsKey("WORKER_TRAINING"));
		return employer;
	}

	void imports(long tonglu, long chunan) {
		this.indicators.importFigures(province(), List.of(
				new ImportRow("WORK_INJURY_INSURANCE", "330122", 2019, tonglu, 100L),
				new ImportRow("WORK_INJURY_INSURANCE", "330127", 2019, chunan, 100L)), "市人力社保局（测试）");
	}

	@Test
	void aQuarterIsFrozenOnceScoredAndRankedAndALateCorrectionIsARevisionBesideTheOriginal(@TempDir Path temp)
			throws Exception {
		EmployerView tonglu = overdueEmployer("330122002");
		EmployerView chunan = overdueEmployer("330127100");
		this.indicators.setTarget(province(), new TargetCommand("WORK_INJURY_INSURANCE", "33", 2019, new BigDecimal("95"),
				"测试目标"));
		imports(90, 50);
		// The read model must not move between the two freezes below: wait until no event of an earlier test is still
		// on its way to the indicators' listeners (they recompute employers anywhere in the province).
		eventually(() -> this.jdbc.sql("""
				select count(*) from event_publication where completion_date is null
				  and listener_id like '%indicators.internal.IndicatorEvents%' and status in ('PUBLISHED', 'PROCESSING', 'RESUBMITTED')""")
			.query(Long.class)
			.single(), n -> n == 0);
		// … and until the employers those events queued are recomputed.
		eventually(() -> this.jdbc.sql("select count(*) from indicators.pending_recompute").query(Long.class).single(),
				n -> n == 0);

		// A running quarter cannot be frozen; a county supervisor may not freeze at all.
		assertThatThrownBy(() -> this.snapshots.freeze(province(), "2099Q1")).isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> this.snapshots.freeze(county("330122"), QUARTER))
			.isInstanceOf(AccessDeniedException.class);

		Snapshot first = this.snapshots.freeze(province(), QUARTER);
		assertThat(first.quarter()).isEqualTo(QUARTER);
		assertThat(first.definitionsEdition()).isEqualTo("platform 2026, third edition (unverified)");
		assertThat(first.scoringEdition()).isEqualTo("platform 2026 (unverified)");
		// Idempotent: the same figures frozen again are the same revision, nothing written.
		assertThat(this.snapshots.freeze(province(), QUARTER)).isEqualTo(first);
		assertThat(count("select count(*) from indicators.snapshot where quarter = '" + QUARTER + "'"))
			.isEqualTo(first.revision());

		// 杭州 (3301): 桐庐 90 of 100 against 95 with 5 points of amber → AMBER → 60 points, the only scored
		// indicator (weight 5): score 60.00; 淳安 50 of 100 → RED → 0.00. Ranked 1 and 2 of the two scored counties.
		SnapshotTable city = this.snapshots.table(province(), QUARTER, "3301", null);
		SnapshotRow t = child(city, "330122");
		SnapshotRow c = child(city, "330127");
		assertThat(t.figure("WORK_INJURY_INSURANCE").numerator()).isEqualTo(90);
		assertThat(t.figure("WORK_INJURY_INSURANCE").rating()).isEqualTo(Rating.AMBER);
		assertThat(t.score()).isEqualByComparingTo("60.00");
		assertThat(c.score()).isEqualByComparingTo("0.00");
		assertThat(t.rank()).isEqualTo(1);
		assertThat(c.rank()).isEqualTo(2);
		assertThat(t.siblings()).isEqualTo(2);
		// The city's own figure sums its counties: 140 of 200 = 70 % → RED.
		assertThat(city.region().figure("WORK_INJURY_INSURANCE").numerator()).isEqualTo(140);
		assertThat(city.region().figure("WORK_INJURY_INSURANCE").denominator()).isEqualTo(200);
		assertThat(city.region().rank()).isNotNull();
		assertThat(this.snapshots.overdue(province(), QUARTER, "330127", null, org.ohsonline.shared.PageQuery.of(1, 200)).items()).extracting(OverdueEmployer::employerId)
			.contains(chunan.id())
			.doesNotContain(tonglu.id());
		// Paged: a province has hundreds of thousands of rows; the total is the whole list's.
		var all = this.snapshots.overdue(province(), QUARTER, "330127", null, org.ohsonline.shared.PageQuery.of(1, 200));
		var onePage = this.snapshots.overdue(province(), QUARTER, "330127", null, org.ohsonline.shared.PageQuery.of(1, 1));
		assertThat(onePage.items()).hasSize(1).containsExactly(all.items().get(0));
		assertThat(onePage.total()).isEqualTo(all.total()).isEqualTo((long) all.items().size());

		// A late correction: 淳安's insurance figure corrected to 80 of 100, the quarter frozen again.
		imports(90, 80);
		Snapshot revised = this.snapshots.freeze(province(), QUARTER);
		assertThat(revised.revision()).isEqualTo(first.revision() + 1);
		assertThat(revised.changes()).isPositive();
		SnapshotTable after = this.snapshots.table(province(), QUARTER, "3301", null);
		assertThat(after.snapshot()).isEqualTo(revised);
		assertThat(after.revisions()).extracting(Snapshot::revision).contains(first.revision(), revised.revision());
		assertThat(after.changes()).contains(
				new SnapshotChange("330127", "WORK_INJURY_INSURANCE", 50L, 100L, new BigDecimal("95.00"), 80L, 100L,
						new BigDecimal("95.00")),
				new SnapshotChange("3301", "WORK_INJURY_INSURANCE", 140L, 200L, new BigDecimal("95.00"), 170L, 200L,
						new BigDecimal("95.00")));
		assertThat(child(after, "330127").figure("WORK_INJURY_INSURANCE").numerator()).isEqualTo(80);
		// The original stays as it was frozen.
		SnapshotTable original = this.snapshots.table(province(), QUARTER, "3301", first.revision());
		assertThat(child(original, "330127").figure("WORK_INJURY_INSURANCE").numerator()).isEqualTo(50);
		assertThat(original.snapshot()).isEqualTo(first);
		assertThat(count("select count(*) from audit.entry where action = 'indicators.snapshot.revised'")).isPositive();

		// The trend: this quarter's latest revision among the frozen quarters.
		assertThat(this.snapshots.trend(province(), "330127")).anySatisfy(p -> {
			assertThat(p.quarter()).isEqualTo(QUARTER);
			assertThat(p.revision()).isEqualTo(revised.revision());
			assertThat(p.percents().get("WORK_INJURY_INSURANCE")).isEqualByComparingTo("80.0");
		});

		// The bulletin of 杭州 from the revision: figures with numerator and denominator, the counties ranked, the red
		// items and the overdue employers by name; signed and verifiable.
		byte[] pdf = this.transactions.execute(s -> this.snapshots.issueBulletin(province(), QUARTER, "3301", null));
		String text = PdfReading.text(pdf, temp).replaceAll("\\s+", " ");
		assertThat(text).contains("职业健康工作通报", "TB3301-" + QUARTER + "-R" + revised.revision(), "工伤保险参保率",
				"170", "200", "桐庐县", "淳安县", "60.00", "未达标", "平台 2026 版（未核实）");
		// A table cell may wrap a long name: read without the line breaks.
		assertThat(text.replace(" ", "")).contains(chunan.name(), chunan.creditCode(), tonglu.creditCode(),
				// Named in the figures only (no target in 2019, not an overdue rule): the indicators are named there.
				"劳动者培训率");
		assertThat(PdfReading.qrCode(pdf, -1)).contains("/verify/");
		assertThat(PdfReading.signatures(pdf, temp)).contains("Signature is Valid");
	}

	@Test
	void aCountySeesItsOwnSnapshotAndTownshipsOnlyWithoutItsRankAmongOtherCounties(@TempDir Path temp) throws Exception {
		EmployerView tonglu = overdueEmployer("330122003");
		EmployerView chunan = overdueEmployer("330127101");
		imports(90, 80);
		this.indicators.setTarget(province(), new TargetCommand("WORK_INJURY_INSURANCE", "33", 2019, new BigDecimal("95"),
				"测试目标"));
		this.snapshots.freeze(province(), QUARTER);

		Actor county = county("330122");
		SnapshotTable own = this.snapshots.table(county, QUARTER, null, null);
		assertThat(own.region().regionCode()).isEqualTo("330122");
		// Its rank is among 杭州's counties, a level a county supervisor does not see.
		assertThat(own.region().score()).isNotNull();
		assertThat(own.region().rank()).isNull();
		assertThat(own.children()).allSatisfy(r -> assertThat(r.regionCode()).startsWith("330122").hasSize(9));
		assertThat(own.changes()).allSatisfy(ch -> assertThat(ch.regionCode()).startsWith("330122"));
		// A wider region shows its own; another county is answered as not existing.
		assertThat(this.snapshots.table(county, QUARTER, "3301", null).region().regionCode()).isEqualTo("330122");
		assertThatThrownBy(() -> this.snapshots.table(county, QUARTER, "330127", null))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.snapshots.overdue(county, QUARTER, "330127", null, org.ohsonline.shared.PageQuery.of(1, 200)))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.snapshots.issueBulletin(county, QUARTER, "330127", null))
			.isInstanceOf(NotFoundException.class);
		assertThat(this.snapshots.trend(county, null)).allSatisfy(p -> assertThat(p.rank()).isNull());
		assertThat(this.snapshots.overdue(county, QUARTER, null, null, org.ohsonline.shared.PageQuery.of(1, 200)).items()).allSatisfy(o -> assertThat(o.regionCode())
			.startsWith("330122"));
		// A quarter never frozen is not found.
		assertThatThrownBy(() -> this.snapshots.table(county, "2001Q1", null, null)).isInstanceOf(NotFoundException.class);

		// The county's bulletin lists its own overdue employer and not the other county's.
		byte[] pdf = this.transactions.execute(s -> this.snapshots.issueBulletin(county, QUARTER, null, null));
		String text = PdfReading.text(pdf, temp).replaceAll("\\s+", " ");
		assertThat(text.replace(" ", "")).contains("桐庐县", tonglu.creditCode()).doesNotContain(chunan.creditCode(), "淳安县");
	}

	@Test
	void theQuarterPageAndItsExportShowTheFrozenFiguresToAProvincialSupervisor() throws Exception {
		imports(90, 80);
		this.indicators.setTarget(province(), new TargetCommand("WORK_INJURY_INSURANCE", "33", 2019, new BigDecimal("95"),
				"测试目标"));
		Snapshot snapshot = this.snapshots.freeze(province(), QUARTER);
		TestUsers users = new TestUsers(this.administration, this.details);
		users.ensure("snapshots-it-province", "PROVINCIAL_SUPERVISOR", "33", null);
		this.mvc.perform(get("/indicators/snapshots/" + QUARTER + "?region=3301").with(users.as("snapshots-it-province")))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("2019Q4 季度快照：浙江省 杭州市")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("淳安县")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("170 / 200")));
		this.mvc.perform(get("/indicators/snapshots").with(users.as("snapshots-it-province")))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("冻结季度")));
		byte[] xlsx = this.mvc.perform(get("/indicators/snapshots/" + QUARTER + "/export.xlsx?region=3301")
			.with(users.as("snapshots-it-province"))).andExpect(status().isOk()).andReturn().getResponse()
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
		assertThat(rows.get(0)).startsWith("地区", "地区名称", "得分", "排名", "指标", "分子", "分母");
		// 淳安's insurance row: 80 of 100 against 95, red.
		assertThat(rows).anySatisfy(r -> assertThat(r).startsWith("330127").contains("工伤保险参保率", "80", "100", "未达标"));
		assertThat(rows).anySatisfy(r -> assertThat(r).contains("修订版", String.valueOf(snapshot.revision())));
	}

	static SnapshotRow child(SnapshotTable table, String code) {
		return table.children().stream().filter(r -> r.regionCode().equals(code)).findFirst().orElseThrow();
	}

	long count(String sql) {
		return this.jdbc.sql(sql).query(Long.class).single();
	}

}
