package org.ohsonline.risk.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.ohsonline.IntegrationTest;
import org.ohsonline.registry.RegistryFixtures;
import org.ohsonline.risk.Checklist;
import org.ohsonline.risk.Classification;
import org.ohsonline.risk.EvidenceView;
import org.ohsonline.risk.PortraitFact;
import org.ohsonline.risk.PortraitFilter;
import org.ohsonline.risk.RectificationFilter;
import org.ohsonline.risk.RectificationOverdue;
import org.ohsonline.risk.RectificationStatus;
import org.ohsonline.risk.RectificationView;
import org.ohsonline.risk.Rectifications;
import org.ohsonline.risk.RiskClass;
import org.ohsonline.risk.RiskDashboard;
import org.ohsonline.risk.RiskPortraits;
import org.ohsonline.risk.SelfInspectionView;
import org.ohsonline.risk.SelfInspections;
import org.ohsonline.shared.Actor;
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
import static org.awaitility.Awaitility.await;

/**
 * The risk module on the shared context's tiny register (拱墅区): the self-inspection with its refusals and
 * spot-check, the rectification loop (answer, return, answer again, approve and release; overdue), evidence
 * rejections, overrides with and without a reason, reassessment when due, and the jurisdiction of portraits,
 * items and evidence.
 */
@IntegrationTest
@RecordApplicationEvents
class RiskIntegrationTests {

	static final String COUNTY = "330105";

	@Autowired
	RiskPortraits portraits;

	@Autowired
	SelfInspections inspections;

	@Autowired
	Rectifications items;

	@Autowired
	RectificationService rectificationService;

	@Autowired
	RiskJobs jobs;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEvents events;

	@Autowired
	PortraitService portraitService;

	@Autowired
	PortraitStore portraitStore;

	@Autowired
	org.ohsonline.registry.Workers workers;

	@Autowired
	RiskDashboard dashboard;

	record Employer(long id, String creditCode, String regionCode) {
	}

	/** The n-th employer of the county without a self-inspection draft, whose portrait is built. */
	Employer employer(int n) {
		return this.jdbc.sql("""
				select employer_id, credit_code, region_code from risk.portrait
				where region_code like '330105%' order by employer_id offset :n limit 1""")
			.param("n", n)
			.query((rs, i) -> new Employer(rs.getLong(1), rs.getString(2), rs.getString(3)))
			.single();
	}

	static Actor manager(Employer employer) {
		return new Actor(900, "risk-manager-" + employer.id(), "本单位管理员", employer.regionCode(),
				new Scope(Scope.Kind.EMPLOYER, employer.creditCode()),
				Set.of("risk:portrait:read", "risk:self-inspection:write", "risk:rectification:read",
						"risk:rectification:write"),
				"127.0.0.1", Actor.Channel.UI);
	}

	static Actor supervisor(String region) {
		return new Actor(901, "risk-supervisor-" + region, "县级监管", region, Scope.region(region),
				Set.of("risk:portrait:read", "risk:class:override", "risk:self-inspection:check",
						"risk:rectification:read", "risk:rectification:review", "risk:dashboard:read"),
				"127.0.0.1", Actor.Channel.UI);
	}

	/** Every item at full points with evidence, except the listed ones at 0. */
	List<SelfInspections.AnswerInput> answers(Checklist checklist, String... failed) {
		List<SelfInspections.AnswerInput> answers = new ArrayList<>();
		for (Checklist.Item item : checklist.items()) {
			boolean fails = Arrays.asList(failed).contains(item.code());
			answers.add(new SelfInspections.AnswerInput(item.code(), fails ? BigDecimal.ZERO : item.points(),
					"档案柜 A-" + item.code()));
		}
		return answers;
	}

	/** A submitted self-inspection failing the given items; returns the rectification item of the first. */
	RectificationView failedItem(Employer employer, String failed) {
		Actor manager = manager(employer);
		SelfInspectionView draft = this.inspections.draft(manager, employer.id(), "ON_DEMAND");
		this.inspections.save(manager, draft.id(), answers(this.inspections.checklist(draft.checklistVersionId()), failed));
		this.inspections.submit(manager, draft.id());
		return this.items.search(manager, new RectificationFilter(null, null, "open", "SELF_INSPECTION_ITEM", employer.id()),
				PageQuery.of(1, 50))
			.items()
			.stream()
			.filter(i -> i.arguments().get(0).equals(failed))
			.findFirst()
			.orElseThrow();
	}

	@Test
	void selfInspectionRefusesPointsOutOfRangeAndSavesNothing() {
		Employer employer = employer(1);
		Actor manager = manager(employer);
		SelfInspectionView draft = this.inspections.draft(manager, employer.id(), "ANNUAL");
		Checklist checklist = this.inspections.checklist(draft.checklistVersionId());
		Checklist.Item first = checklist.items().get(0);
		Checklist.Item second = checklist.items().get(1);
		assertThatThrownBy(() -> this.inspections.save(manager, draft.id(),
				List.of(new SelfInspections.AnswerInput(first.code(), first.points(), null),
						new SelfInspections.AnswerInput(second.code(), second.points().add(BigDecimal.ONE), null))))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.errors())
				.anySatisfy(e -> assertThat(e.field()).isEqualTo("points[" + second.code() + "]")));
		assertThat(this.inspections.find(manager, draft.id()).answers()).isEmpty();
		assertThatThrownBy(() -> this.inspections.submit(manager, draft.id())).isInstanceOf(InvalidInputException.class);
	}

	@Test
	void aSubmittedSelfInspectionSetsTheGradeAndASpotCheckCorrectsItWithReasons() {
		Employer employer = employer(2);
		Actor manager = manager(employer);
		SelfInspectionView draft = this.inspections.draft(manager, employer.id(), "ANNUAL");
		Checklist checklist = this.inspections.checklist(draft.checklistVersionId());
		this.inspections.save(manager, draft.id(), answers(checklist));
		SelfInspectionView submitted = this.inspections.submit(manager, draft.id());
		// Every item at full points: 100 of 100.
		assertThat(submitted.score()).isEqualByComparingTo("100.0");
		assertThat(submitted.grade().name()).isEqualTo("A");
		assertThat(this.portraits.classification(manager, employer.id()).grade().name()).isEqualTo("A");

		Actor county = supervisor(COUNTY);
		Checklist.Item item = checklist.items().stream().filter(i -> i.code().equals("S3-01")).findFirst().orElseThrow();
		assertThatThrownBy(() -> this.inspections.spotCheck(county, submitted.id(),
				List.of(new SelfInspections.Correction(item.code(), BigDecimal.ZERO, " ")), null))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.errors())
				.anySatisfy(e -> assertThat(e.field()).isEqualTo("reason[S3-01]")));
		// S3-01 is worth 10 of 100 points: corrected to 0, the score is 90 — still A (90–100).
		SelfInspectionView checked = this.inspections.spotCheck(county, submitted.id(),
				List.of(new SelfInspections.Correction(item.code(), BigDecimal.ZERO, "检测报告已过期")), "抽查");
		assertThat(checked.status()).isEqualTo("CHECKED");
		assertThat(checked.score()).isEqualByComparingTo("90.0");
		assertThat(checked.answer("S3-01").correctionReason()).isEqualTo("检测报告已过期");
	}

	@Test
	void rectificationGoesThroughReturnAndApprovalToRelease() {
		Employer employer = employer(3);
		Actor manager = manager(employer);
		Actor county = supervisor(COUNTY);
		RectificationView item = failedItem(employer, "S4-02");
		assertThat(item.status()).isEqualTo(RectificationStatus.OPEN);
		assertThat(item.deadlineBasis()).contains("SELF_INSPECTION_ITEM");
		assertThat(item.dueOn()).isEqualTo(LocalDate.now(Assessor.ZONE).plusDays(60));

		assertThatThrownBy(() -> this.items.answer(manager, item.id(), " ")).isInstanceOf(InvalidInputException.class);
		this.items.answer(manager, item.id(), "已为全部岗位配发防护用品并培训");
		assertThatThrownBy(() -> this.items.giveBack(county, item.id(), "")).isInstanceOfSatisfying(
				InvalidInputException.class, ex -> assertThat(ex.errors()).anySatisfy(e -> assertThat(e.field()).isEqualTo("reasons")));
		assertThat(this.items.find(county, item.id()).status()).isEqualTo(RectificationStatus.ANSWERED);
		RectificationView returned = this.items.giveBack(county, item.id(), "缺少发放记录");
		assertThat(returned.status()).isEqualTo(RectificationStatus.RETURNED);
		assertThat(returned.reviewNote()).isEqualTo("缺少发放记录");

		this.items.answer(manager, item.id(), "补充发放记录");
		RectificationView released = this.items.approve(county, item.id(), "通过");
		assertThat(released.status()).isEqualTo(RectificationStatus.RELEASED);
		assertThat(released.releasedOn()).isEqualTo(LocalDate.now(Assessor.ZONE));
		assertThat(released.deadline()).isNull();
		assertThatThrownBy(() -> this.items.answer(manager, item.id(), "again")).isInstanceOf(InvalidInputException.class);
		assertThat(this.portraits.history(county, employer.id())).anySatisfy(h -> assertThat(h.triggerKind())
			.isIn("RECTIFICATION", "SELF_INSPECTION", "INITIAL", "FULL", "NEW_EMPLOYER", "EVENT"));
	}

	@Test
	void aDeadlineInThePastIsRefusedAndAnOverdueItemRaisesItsEventOnce() {
		Employer employer = employer(4);
		Actor county = supervisor(COUNTY);
		RectificationView item = failedItem(employer, "S4-01");
		assertThatThrownBy(() -> this.items.setDeadline(county, item.id(), LocalDate.now(Assessor.ZONE).minusDays(1), "延期"))
			.isInstanceOfSatisfying(InvalidInputException.class,
					ex -> assertThat(ex.errors()).anySatisfy(e -> assertThat(e.field()).isEqualTo("dueOn")));
		assertThat(this.items.find(county, item.id()).dueOn()).isEqualTo(item.dueOn());

		this.jdbc.sql("update risk.rectification set due_on = :d where id = :id")
			.param("d", LocalDate.now(Assessor.ZONE).minusDays(2))
			.param("id", item.id())
			.update();
		assertThat(this.items.search(county, new RectificationFilter(null, null, "overdue", null, employer.id()),
				PageQuery.of(1, 20)).items()).extracting(RectificationView::id).contains(item.id());
		this.rectificationService.announceOverdue();
		this.rectificationService.announceOverdue();
		assertThat(this.events.stream(RectificationOverdue.class).filter(e -> e.itemId() == item.id())).hasSize(1);
	}

	@Test
	void evidenceIsSniffedAndSizedAndStoredWithItsHash() {
		Employer employer = employer(5);
		Actor manager = manager(employer);
		RectificationView item = failedItem(employer, "S6-01");
		byte[] html = "<html><script>alert(1)</script></html>".getBytes();
		assertThatThrownBy(() -> this.items.attach(manager, item.id(), "report.pdf", html))
			.isInstanceOfSatisfying(InvalidInputException.class,
					ex -> assertThat(ex.errors()).anySatisfy(e -> assertThat(e.code()).isEqualTo("risk.evidence.type")));
		byte[] huge = new byte[10 * 1024 * 1024 + 1];
		System.arraycopy("%PDF-1.7".getBytes(), 0, huge, 0, 8);
		assertThatThrownBy(() -> this.items.attach(manager, item.id(), "big.pdf", huge))
			.isInstanceOfSatisfying(InvalidInputException.class,
					ex -> assertThat(ex.errors()).anySatisfy(e -> assertThat(e.code()).isEqualTo("risk.evidence.tooLarge")));
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0 };
		EvidenceView stored = this.items.attach(manager, item.id(), "../../etc/photo.png", png);
		assertThat(stored.contentType()).isEqualTo("image/png");
		assertThat(stored.sha256()).isEqualTo(org.ohsonline.shared.Hashes.sha256Hex(png));
		assertThat(stored.fileName()).doesNotContain("/");
		assertThat(this.items.evidence(manager, item.id(), stored.id()).content()).isEqualTo(png);
		assertThat(this.items.find(manager, item.id()).evidence()).hasSize(1);
	}

	@Test
	void anOverrideNeedsAReasonAndShowsAsAnOverride() {
		Employer employer = employer(6);
		Actor county = supervisor(COUNTY);
		Classification before = this.portraits.classification(county, employer.id());
		assertThatThrownBy(() -> this.portraits.override(county, employer.id(), RiskClass.BING, " "))
			.isInstanceOfSatisfying(InvalidInputException.class,
					ex -> assertThat(ex.errors()).anySatisfy(e -> assertThat(e.field()).isEqualTo("reason")));
		assertThat(this.portraits.classification(county, employer.id()).overridden()).isFalse();
		RiskClass other = before.riskClass() == RiskClass.BING ? RiskClass.JIA : RiskClass.BING;
		Classification overridden = this.portraits.override(county, employer.id(), other, "现场检查发现严重隐患");
		assertThat(overridden.overridden()).isTrue();
		assertThat(overridden.riskClass()).isEqualTo(other);
		assertThat(overridden.computedClass()).isEqualTo(before.computedClass());
		assertThat(overridden.overrideReason()).isEqualTo("现场检查发现严重隐患");
		assertThat(this.portraits.history(county, employer.id()).get(0).triggerKind()).isEqualTo("OVERRIDE");
		Classification lifted = this.portraits.liftOverride(county, employer.id(), "复查后恢复");
		assertThat(lifted.overridden()).isFalse();
		assertThat(lifted.riskClass()).isEqualTo(before.computedClass());
	}

	/**
	 * The dashboards' distribution is kept (DistributionCache: the same answer twice without a change) and follows a
	 * class changed by an override and an item opened at once — well within the cache's 60 s, compared with a count
	 * straight from the table (awaited only because other tests' listeners may still move classes in the township).
	 */
	@Test
	void theDistributionIsCachedAndFollowsAnOverrideAndANewItemAtOnce() {
		Employer employer = employer(9);
		Actor county = supervisor(COUNTY);
		assertThat(this.dashboard.distribution(county, COUNTY)).isSameAs(this.dashboard.distribution(county, COUNTY));
		Classification current = this.portraits.classification(county, employer.id());
		RiskClass other = current.riskClass() == RiskClass.BING ? RiskClass.JIA : RiskClass.BING;
		String township = employer.regionCode().substring(0, 9);

		this.portraits.override(county, employer.id(), other, "检查发现隐患");
		await().atMost(java.time.Duration.ofSeconds(5))
			.untilAsserted(() -> assertThat(distributed(county, township)).isEqualTo(counted(township)));
		this.portraits.liftOverride(county, employer.id(), "复查后恢复");
		failedItem(employer, "S1-01");
		await().atMost(java.time.Duration.ofSeconds(5))
			.untilAsserted(() -> assertThat(distributed(county, township)).isEqualTo(counted(township)));
	}

	/** The township's classes and open items as the dashboard shows them. */
	private List<Long> distributed(Actor actor, String township) {
		RiskDashboard.RegionCount row = this.dashboard.distribution(actor, COUNTY)
			.stream()
			.filter(r -> r.region().equals(township))
			.findFirst()
			.orElseThrow();
		return List.of(row.jia(), row.yi(), row.bing(), row.openItems());
	}

	/** The same counted from the tables now. */
	private List<Long> counted(String township) {
		return this.jdbc.sql("""
				select (select count(*) filter (where risk_class = 'JIA') from risk.portrait where left(region_code, 9) = :t),
				       (select count(*) filter (where risk_class = 'YI') from risk.portrait where left(region_code, 9) = :t),
				       (select count(*) filter (where risk_class = 'BING') from risk.portrait where left(region_code, 9) = :t),
				       (select count(*) from risk.rectification where left(region_code, 9) = :t and status <> 'RELEASED')""")
			.param("t", township)
			.query((rs, n) -> List.of(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)))
			.single();
	}

	List<Long> factIds(Employer employer, String group) {
		return this.jdbc.sql("select id from risk.fact where employer_id = :id and grp = :grp order by id")
			.param("id", employer.id())
			.param("grp", group)
			.query(Long.class)
			.list();
	}

	@Test
	void aRefreshRewritesOnlyTheGroupsWhoseFactsChangedAndCountsThePeopleTheRegisterCounts() {
		Employer employer = employer(9);
		Set<String> all = Set.copyOf(FactCollector.GROUPS);
		this.portraitService.refresh(employer.id(), all, "EVENT", "test: first", false);
		List<Long> registry = factIds(employer, FactCollector.REGISTRY);
		List<Long> declaration = factIds(employer, FactCollector.DECLARATION);
		assertThat(registry).isNotEmpty();
		assertThat(declaration).isNotEmpty();

		this.portraitService.refresh(employer.id(), all, "EVENT", "test: nothing new", false);
		assertThat(factIds(employer, FactCollector.REGISTRY)).isEqualTo(registry);
		assertThat(factIds(employer, FactCollector.DECLARATION)).isEqualTo(declaration);

		// A stored fact that no longer says what the register says: its group is gathered and written again.
		this.jdbc.sql("delete from risk.fact where id = :id").param("id", registry.get(registry.size() - 1)).update();
		this.portraitService.refresh(employer.id(), all, "EVENT", "test: one fact lost", false);
		List<Long> rewritten = factIds(employer, FactCollector.REGISTRY);
		assertThat(rewritten).hasSameSizeAs(registry).doesNotContainAnyElementsOf(registry);
		assertThat(factIds(employer, FactCollector.DECLARATION)).isEqualTo(declaration);

		org.ohsonline.registry.ExposedWorkforce exposed = this.workers.exposed(Actor.system("risk-test"), employer.id());
		PortraitStore.Row row = this.jdbc.sql("select p.* from risk.portrait p where employer_id = :id")
			.param("id", employer.id())
			.query(PortraitStore::row)
			.single();
		assertThat(row.exposed()).isEqualTo(exposed.total());
		assertThat(row.workforce()).isEqualTo(exposed.workforce());
		assertThat(row.hazardCodes()).containsAll(exposed.byHazard().keySet());
	}

	@Autowired
	FullReclassification full;

	@Autowired
	RulesSource rules;

	@Autowired
	org.ohsonline.registry.Employers employers;

	/**
	 * The bulk build of a whole register and the refresh after an event write the same register part: the factors of
	 * every post, held or not (a serious factor at a post nobody holds makes the factor nature 严重 either way), the
	 * people exposed and the workforce. The bulk build once stored only the factors somebody held and no workforce.
	 */
	@Test
	void theBulkBuildWritesTheRegisterPartARefreshWrites() {
		Actor system = Actor.system("risk-test");
		RegistryFixtures fixtures = new RegistryFixtures(this.employers, this.workers);
		String serious = this.rules.rules(LocalDate.now(Assessor.ZONE))
			.seriousFactors()
			.stream()
			.sorted()
			.findFirst()
			.orElseThrow();
		long employer = fixtures.employer(system, "330105001", "3311", 20).id();
		long held = fixtures.post(system, employer, "1001").id();
		fixtures.post(system, employer, serious);
		fixtures.hire(system, employer, held, RegistryFixtures.idNumber("330105"));
		fixtures.hire(system, employer, held, RegistryFixtures.idNumber("330105"));
		this.portraitService.refresh(employer, Set.copyOf(FactCollector.GROUPS), "EVENT", "test: refresh", false);
		PortraitStore.Row refreshed = this.portraitStore.find(employer).orElseThrow();
		assertThat(refreshed.hazardCodes()).containsExactlyInAnyOrder("1001", serious);
		assertThat(refreshed.seriousFactors()).containsExactly(serious);
		assertThat(refreshed.exposed()).isEqualTo(2);
		assertThat(refreshed.workforce()).isEqualTo(2);

		this.jdbc.sql("""
				update risk.portrait set exposed = 0, workforce = 0, hazard_codes = '{}', serious_factors = '{}'
				where employer_id = :id""").param("id", employer).update();
		this.full.buildMissing();
		PortraitStore.Row built = this.portraitStore.find(employer).orElseThrow();
		assertThat(List.of(built.exposed(), built.workforce(), built.hazardCodes(), built.seriousFactors()))
			.isEqualTo(List.of(refreshed.exposed(), refreshed.workforce(), refreshed.hazardCodes(),
					refreshed.seriousFactors()));
	}

	/**
	 * A portrait built in bulk has no facts: its class counts the declaration and testing findings counted in bulk, an
	 * event of another group does not count them away, an event of the group gathers it, and the first view gathers
	 * the groups still missing, in the same class.
	 */
	@Test
	void aPortraitBuiltInBulkIsClassedWithTheFindingsARefreshCounts() {
		long employer = this.jdbc.sql("""
				select c.employer_id from testing.validity_clock c join risk.portrait p on p.employer_id = c.employer_id
				where c.active and c.due_on < current_date and c.region_code like '330105%'
				order by c.employer_id limit 1""").query(Long.class).single();
		this.portraitService.refresh(employer, Set.copyOf(FactCollector.GROUPS), "EVENT", "test: refresh", false);
		PortraitStore.Row refreshed = this.portraitStore.find(employer).orElseThrow();
		assertThat(refreshed.overdueTests()).isPositive();
		assertThat(refreshed.gathered()).containsExactlyInAnyOrderElementsOf(FactCollector.GROUPS);

		// As a province's first start leaves it: no facts, no counts, no class.
		this.jdbc.sql("delete from risk.fact where employer_id = :id").param("id", employer).update();
		this.jdbc.sql("""
				update risk.portrait set gathered = '{}', exceedances = 0, overdue_tests = 0, declaration_overdue = 0,
				    risk_class = null, hazard_level = null, grade = null, light = null, assessment_id = null
				where employer_id = :id""").param("id", employer).update();
		assertThat(this.full.build("test: bulk").recounted()).isPositive();
		PortraitStore.Row built = this.portraitStore.find(employer).orElseThrow();
		assertThat(List.of(built.exceedances(), built.overdueTests(), built.declarationOverdue()))
			.isEqualTo(List.of(refreshed.exceedances(), refreshed.overdueTests(), refreshed.declarationOverdue()));
		assertThat(built.riskClass()).isEqualTo(refreshed.riskClass());
		assertThat(this.portraitStore.facts(employer)).isEmpty();

		// A change of the employer's own record gathers nothing more and keeps the counts of the groups not gathered.
		this.portraitService.refresh(employer, Set.of(PortraitService.PROFILE), "EVENT", "test: record changed", false);
		PortraitStore.Row changed = this.portraitStore.find(employer).orElseThrow();
		assertThat(changed.overdueTests()).isEqualTo(refreshed.overdueTests());
		assertThat(changed.riskClass()).isEqualTo(refreshed.riskClass());
		assertThat(changed.gathered()).isEmpty();
		assertThat(this.portraitStore.facts(employer)).isEmpty();

		// An event of the testing group (a clock overdue) gathers that group: its facts now, the same count.
		this.portraitService.refresh(employer, Set.of(FactCollector.TESTING), "EVENT", "test: testing overdue", false);
		PortraitStore.Row tested = this.portraitStore.find(employer).orElseThrow();
		assertThat(tested.gathered()).containsExactly(FactCollector.TESTING);
		assertThat(tested.overdueTests()).isEqualTo(refreshed.overdueTests());
		assertThat(tested.declarationOverdue()).isEqualTo(refreshed.declarationOverdue());
		assertThat(this.portraitStore.facts(employer, FactCollector.TESTING)).extracting(PortraitFact::kind)
			.contains("OVERDUE_TEST");

		// The first view gathers the rest.
		this.portraits.portrait(supervisor(COUNTY), employer);
		PortraitStore.Row viewed = this.portraitStore.find(employer).orElseThrow();
		assertThat(viewed.gathered()).containsExactlyInAnyOrderElementsOf(FactCollector.GROUPS);
		assertThat(viewed.riskClass()).isEqualTo(refreshed.riskClass());
	}

	@Test
	void aChangeOfTheEmployersOwnRecordRefreshesItsProfileWithoutCountingTheWorkforceAgain() {
		Employer employer = employer(10);
		this.portraitService.refresh(employer.id(), Set.copyOf(FactCollector.GROUPS), "EVENT", "test: first", false);
		List<PortraitFact> registry = this.portraitStore.facts(employer.id(), FactCollector.REGISTRY);
		assertThat(registry).extracting(PortraitFact::kind).startsWith("SEVERITY", "WORKFORCE");
		String name = this.portraitStore.find(employer.id()).orElseThrow().name();

		// The row's name and the severity fact no longer say what the register says; the workforce fact is stale too.
		this.jdbc.sql("update risk.portrait set name = '旧名称' where employer_id = :id").param("id", employer.id()).update();
		this.jdbc.sql("delete from risk.fact where employer_id = :id and grp = 'registry' and kind = 'SEVERITY'")
			.param("id", employer.id())
			.update();
		this.jdbc.sql("""
				update risk.fact set arguments = array['999', '999'] where employer_id = :id and grp = 'registry'
				  and kind = 'WORKFORCE'""").param("id", employer.id()).update();

		this.portraitService.refresh(employer.id(), Set.of(PortraitService.PROFILE), "EVENT", "test: record changed", false);
		assertThat(this.portraitStore.find(employer.id()).orElseThrow().name()).isEqualTo(name);
		List<PortraitFact> afterProfile = this.portraitStore.facts(employer.id(), FactCollector.REGISTRY);
		assertThat(afterProfile.get(0)).isEqualTo(registry.get(0));
		// The profile part does not count anyone: the workforce fact is as it was left.
		assertThat(afterProfile.get(1).arguments()).containsExactly("999", "999");
		assertThat(afterProfile.subList(2, afterProfile.size())).isEqualTo(registry.subList(2, registry.size()));

		// A post with hazard factors added (or any worker event) gathers the whole register part again.
		this.portraitService.refresh(employer.id(), Set.of(FactCollector.REGISTRY), "EVENT", "test: hazards added", false);
		assertThat(this.portraitStore.facts(employer.id(), FactCollector.REGISTRY)).isEqualTo(registry);
	}

	@Autowired
	PortraitRefreshing refreshing;

	@Autowired
	org.springframework.transaction.support.TransactionTemplate transactions;

	@Autowired
	org.springframework.context.ApplicationEventPublisher publisher;

	/**
	 * An event queues its employer's refresh in the publishing transaction (nothing when it rolls back); the worker,
	 * stopped as if the process had died, finds the rows when started again, refreshes the employer once for both
	 * events' groups and takes the rows off the queue.
	 */
	@Test
	void eventsQueueTheirRefreshWithThePublishersCommitAndTheWorkerRefreshesOncePerEmployer() {
		Employer employer = employer(11);
		this.portraitService.refresh(employer.id(), Set.copyOf(FactCollector.GROUPS), "EVENT", "test: first", false);
		this.refreshing.stop();
		try {
			this.transactions.executeWithoutResult(status -> {
				this.publisher.publishEvent(new org.ohsonline.registry.EmployerChanged(employer.id(),
						employer.regionCode(), Set.of("name"), java.time.LocalDate.now()));
				status.setRollbackOnly();
			});
			assertThat(queueRows(employer)).isZero();
			this.transactions.executeWithoutResult(status -> {
				this.publisher.publishEvent(new org.ohsonline.registry.EmployerChanged(employer.id(),
						employer.regionCode(), Set.of("name"), java.time.LocalDate.now()));
				this.publisher.publishEvent(new org.ohsonline.registry.EmployerChanged(employer.id(),
						employer.regionCode(), Set.of(org.ohsonline.registry.EmployerChanged.HAZARDS),
						java.time.LocalDate.now()));
			});
			assertThat(queueRows(employer)).isEqualTo(2);
			// The portrait's name no longer says what the register says: the refresh will put it right.
			this.jdbc.sql("update risk.portrait set name = '旧名称' where employer_id = :id")
				.param("id", employer.id())
				.update();
		}
		finally {
			this.refreshing.start();
		}
		org.ohsonline.Eventually.eventually(() -> queueRows(employer), n -> n == 0);
		assertThat(this.portraitStore.find(employer.id()).orElseThrow().name()).isNotEqualTo("旧名称");
	}

	/**
	 * Employers queued together in one lane are refreshed in one transaction; when one of them fails, the batch is
	 * refreshed again one employer at a time, so the others are refreshed and only the failing one's rows are counted
	 * as an attempt and stay queued.
	 */
	@Test
	void oneEmployersFailingRefreshHoldsBackNoneOfTheOthersQueuedWithIt() {
		// Three employers of the same lane (the lanes divide employers by id).
		List<Employer> lane = new java.util.ArrayList<>();
		for (int n = 14; lane.size() < 3; n++) {
			Employer candidate = employer(n);
			if (lane.isEmpty() || candidate.id() % PortraitRefreshing.LANES == lane.get(0).id() % PortraitRefreshing.LANES) {
				lane.add(candidate);
			}
		}
		lane.forEach(e -> this.portraitService.refresh(e.id(), Set.copyOf(FactCollector.GROUPS), "EVENT", "test: first",
				false));
		Employer broken = lane.get(1);
		String brokenClass = this.portraitStore.find(broken.id()).orElseThrow().riskClass().name();
		this.refreshing.stop();
		try {
			this.transactions.executeWithoutResult(status -> lane.forEach(e -> this.publisher.publishEvent(
					new org.ohsonline.registry.EmployerChanged(e.id(), e.regionCode(), Set.of("name"),
							java.time.LocalDate.now()))));
			lane.forEach(e -> assertThat(queueRows(e)).isEqualTo(1));
			// The middle one's portrait cannot be read (a class no version knows); the others' names are out of date.
			this.jdbc.sql("update risk.portrait set risk_class = 'UNKNOWN' where employer_id = :id")
				.param("id", broken.id())
				.update();
			this.jdbc.sql("update risk.portrait set name = '旧名称' where employer_id = any(cast(:ids as bigint[]))")
				.param("ids", new Long[] { lane.get(0).id(), lane.get(2).id() })
				.update();
		}
		finally {
			this.refreshing.start();
		}
		try {
			org.ohsonline.Eventually.eventually(() -> queueRows(lane.get(0)) + queueRows(lane.get(2)), n -> n == 0);
			assertThat(this.portraitStore.find(lane.get(0).id()).orElseThrow().name()).isNotEqualTo("旧名称");
			assertThat(this.portraitStore.find(lane.get(2).id()).orElseThrow().name()).isNotEqualTo("旧名称");
			org.ohsonline.Eventually.eventually(() -> this.jdbc
				.sql("select coalesce(max(attempts), 0) from risk.pending_refresh where employer_id = :id")
				.param("id", broken.id())
				.query(Integer.class)
				.single(), attempts -> attempts >= 1);
			assertThat(queueRows(broken)).isEqualTo(1);
		}
		finally {
			this.jdbc.sql("update risk.portrait set risk_class = :class where employer_id = :id")
				.param("class", brokenClass)
				.param("id", broken.id())
				.update();
			this.jdbc.sql("delete from risk.pending_refresh where employer_id = :id").param("id", broken.id()).update();
		}
	}

	private long queueRows(Employer employer) {
		return this.jdbc.sql("select count(*) from risk.pending_refresh where employer_id = :id")
			.param("id", employer.id())
			.query(Long.class)
			.single();
	}

	@Test
	void anEmployerDueForReassessmentIsReassessedByTheDailyRun() {
		Employer employer = employer(7);
		this.jdbc.sql("update risk.portrait set next_due_on = :d where employer_id = :id")
			.param("d", LocalDate.now(Assessor.ZONE).minusDays(1))
			.param("id", employer.id())
			.update();
		this.jobs.reassessDue();
		Actor county = supervisor(COUNTY);
		assertThat(this.portraits.history(county, employer.id()).get(0).triggerKind()).isIn("PERIODIC", "NEW_EMPLOYER");
		assertThat(this.portraits.classification(county, employer.id()).nextDueOn()).isAfter(LocalDate.now(Assessor.ZONE));
	}

	/**
	 * The items of several employers due in a period, read at once, are those of each one's list of every state whose
	 * deadline falls in the period: two items of a self-inspection failing two points (one then released), one of
	 * another employer; an unknown id is absent, and another county reads none.
	 */
	@Test
	void readsTheItemsDueInAPeriodOfSeveralEmployersAtOnce() {
		Employer first = employer(12);
		Employer second = employer(13);
		Actor manager = manager(first);
		Actor county = supervisor(COUNTY);
		SelfInspectionView draft = this.inspections.draft(manager, first.id(), "ON_DEMAND");
		this.inspections.save(manager, draft.id(),
				answers(this.inspections.checklist(draft.checklistVersionId()), "S4-01", "S4-02"));
		this.inspections.submit(manager, draft.id());
		List<RectificationView> failed = this.items
			.search(manager, new RectificationFilter(null, null, "open", "SELF_INSPECTION_ITEM", first.id()),
					PageQuery.of(1, 50))
			.items();
		assertThat(failed).hasSizeGreaterThanOrEqualTo(2);
		this.items.answer(manager, failed.get(0).id(), "已整改");
		this.items.approve(county, failed.get(0).id(), "通过");
		RectificationView another = failedItem(second, "S6-01");
		LocalDate from = LocalDate.now(Assessor.ZONE);
		LocalDate to = from.plusDays(60);
		List<Long> ids = List.of(first.id(), second.id(), -1L);

		java.util.Map<Long, List<RectificationView>> batch = this.items.ofEmployers(county, ids, from, to);
		assertThat(batch).containsOnlyKeys(first.id(), second.id());
		assertThat(batch.get(first.id())).extracting(RectificationView::id, RectificationView::status)
			.contains(org.assertj.core.groups.Tuple.tuple(failed.get(0).id(), RectificationStatus.RELEASED),
					org.assertj.core.groups.Tuple.tuple(failed.get(1).id(), RectificationStatus.OPEN));
		assertThat(batch.get(second.id())).extracting(RectificationView::id).contains(another.id());
		for (Employer e : List.of(first, second)) {
			assertThat(batch.get(e.id())).containsExactlyInAnyOrderElementsOf(this.items
				.search(county, new RectificationFilter(null, null, "all", null, e.id()), PageQuery.of(1, 200))
				.items()
				.stream()
				.filter(i -> !i.dueOn().isBefore(from) && !i.dueOn().isAfter(to))
				.toList());
		}
		assertThat(this.items.ofEmployers(supervisor("330106"), ids, from, to)).isEmpty();
	}

	@Test
	void portraitsItemsAndEvidenceStayInsideTheirJurisdiction() {
		Employer mine = employer(8);
		Employer other = employer(9);
		RectificationView item = failedItem(mine, "S2-02");
		EvidenceView evidence = this.items.attach(manager(mine), item.id(), "a.pdf", "%PDF-1.4 test".getBytes());
		Actor elsewhere = supervisor("330106");
		Actor otherEmployer = manager(other);
		for (Actor stranger : List.of(elsewhere, otherEmployer)) {
			assertThatThrownBy(() -> this.portraits.portrait(stranger, mine.id())).isInstanceOf(NotFoundException.class);
			assertThatThrownBy(() -> this.portraits.classification(stranger, mine.id()))
				.isInstanceOf(NotFoundException.class);
			assertThatThrownBy(() -> this.items.find(stranger, item.id())).isInstanceOf(NotFoundException.class);
			assertThatThrownBy(() -> this.items.evidence(stranger, item.id(), evidence.id()))
				.isInstanceOf(NotFoundException.class);
			assertThat(this.items.search(stranger, new RectificationFilter(null, null, "all", null, mine.id()),
					PageQuery.of(1, 20)).total()).isZero();
		}
		assertThat(this.portraits.search(otherEmployer, PortraitFilter.none(), PageQuery.of(1, 50)).items())
			.extracting(p -> p.employerId()).containsExactly(other.id());
		assertThat(this.portraits.search(elsewhere, PortraitFilter.none(), PageQuery.of(1, 50)).total()).isZero();
		assertThat(this.items.ownOpen(manager(mine))).extracting(RectificationView::id).contains(item.id());
	}

}
