package org.ohsonline.enforcement.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ohsonline.IntegrationTest;
import org.ohsonline.TestUsers;
import org.ohsonline.enforcement.Arm;
import org.ohsonline.enforcement.Conflict;
import org.ohsonline.enforcement.DrawLine;
import org.ohsonline.enforcement.InspectionPlans;
import org.ohsonline.enforcement.PlanCommand;
import org.ohsonline.enforcement.PlanFilter;
import org.ohsonline.enforcement.PlanStatus;
import org.ohsonline.enforcement.PlanView;
import org.ohsonline.enforcement.PublicPlans;
import org.ohsonline.iam.StaffMember;
import org.ohsonline.iam.internal.UserAdministration;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.InvalidInputException;
import org.ohsonline.shared.NotFoundException;
import org.ohsonline.shared.PageQuery;
import org.ohsonline.shared.Scope;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Random inspection plans on the shared context's tiny register (拱墅区): commit, draw and reveal with the
 * recomputation from the public files, conflicts and the last cycle excluded, refusals that change nothing,
 * jurisdiction, and the public page without personal data. Plans are drawn in the township with the most
 * employers, whose pool is the three inspectors made here.
 */
@IntegrationTest
class EnforcementPlanIntegrationTests {

	@Autowired
	InspectionPlans plans;

	@Autowired
	PublicPlans publicPlans;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserAdministration administration;

	@Autowired
	UserDetailsService details;

	String township;

	List<Long> inspectors;

	@BeforeEach
	void inspectorsOfTheTownship() {
		this.township = this.jdbc.sql("""
				select region_code from registry.employer where region_code like '330105%' and status = 'IN_PRODUCTION'
				group by region_code order by count(*) desc, region_code limit 1""")
			.query(String.class)
			.single();
		TestUsers users = new TestUsers(this.administration, this.details);
		this.inspectors = List.of(1, 2, 3)
			.stream()
			.map(i -> users.ensure("enf-inspector-" + i, "INSPECTOR", this.township, null).id())
			.toList();
	}

	static Actor supervisor(String region) {
		return new Actor(950, "enf-supervisor-" + region, "县级监管员", region, Scope.region(region),
				Set.of("enforcement:plan:read", "enforcement:plan:write", "enforcement:inspection:read", "enforcement:case:read",
						"risk:portrait:read", "registry:employer:read"),
				"127.0.0.1", Actor.Channel.UI);
	}

	PlanView draft(Actor actor, String title) {
		return this.plans.create(actor, new PlanCommand(title, this.township, List.of(), LocalDate.of(2026, 12, 1),
				LocalDate.of(2027, 3, 31), new BigDecimal("0.2")));
	}

	long audited(String action, long planId) {
		return this.jdbc.sql("select count(*) from audit.entry where action = :a and target_id = :id")
			.param("a", action)
			.param("id", String.valueOf(planId))
			.query(Long.class)
			.single();
	}

	@Test
	void publishesTheSeedsHashFirstThenDrawsAndRevealsASeedAnyoneCanRecomputeTheDrawFrom() throws Exception {
		Actor county = supervisor("330105");
		PlanView plan = draft(county, "2026 年第四季度双随机抽查");
		assertThat(plan.status()).isEqualTo(PlanStatus.DRAFT);
		assertThat(this.publicPlans.find(plan.publicCode())).isEmpty();

		PlanView committed = this.plans.commit(county, plan.id());
		assertThat(committed.commitment()).hasSize(64);
		assertThat(committed.seed()).isNull();
		assertThat(committed.inspectors()).isEqualTo(3);
		PublicPlans.PublicPlan published = this.publicPlans.find(plan.publicCode()).orElseThrow();
		assertThat(published.seed()).isNull();
		assertThat(published.commitment()).isEqualTo(committed.commitment());
		String inputs = this.publicPlans.inputs(plan.publicCode()).orElseThrow();
		assertThat(DrawAlgorithm.sha256(inputs)).isEqualTo(committed.inputsDigest());
		// the seed is nowhere in the audit trail before the draw
		String seed = this.jdbc.sql("select seed from enforcement.plan where id = :id").param("id", plan.id()).query(String.class).single();
		assertThat(this.jdbc.sql("select count(*) from audit.entry where after_state::text like '%' || :seed || '%'")
			.param("seed", seed)
			.query(Long.class)
			.single()).isZero();

		PlanView drawn = this.plans.draw(county, plan.id());
		assertThat(drawn.seed()).isEqualTo(seed);
		assertThat(DrawAlgorithm.commitment(drawn.seed())).isEqualTo(committed.commitment());
		assertThat(drawn.drawnTotal()).isPositive();

		// anyone: the published inputs and the revealed seed give the published result, line by line
		String result = this.publicPlans.result(plan.publicCode()).orElseThrow();
		assertThat(DrawAlgorithm.resultText(DrawAlgorithm.draw(drawn.seed(), DrawAlgorithm.parse(inputs)))).isEqualTo(result);
		assertThat(DrawAlgorithm.sha256(result)).isEqualTo(drawn.resultDigest());
		assertThat(this.publicPlans.recompute(plan.publicCode()).orElseThrow().verified()).isTrue();

		List<DrawLine> lines = this.plans.lines(county, plan.id(), PageQuery.of(1, 200)).items();
		assertThat(lines).hasSize(drawn.drawnTotal());
		assertThat(lines).allMatch(l -> this.inspectors.contains(l.inspectorA()) && this.inspectors.contains(l.inspectorB()));
		assertThat(audited("enforcement.plan.created", plan.id())).isEqualTo(1);
		assertThat(audited("enforcement.plan.committed", plan.id())).isEqualTo(1);
		assertThat(audited("enforcement.plan.drawn", plan.id())).isEqualTo(1);

		// the inspector sees the lines drawn for them
		Actor inspector = new Actor(this.inspectors.get(0), "enf-inspector-1", "enf-inspector-1", this.township,
				Scope.region(this.township), Set.of("enforcement:inspection:read"), "127.0.0.1", Actor.Channel.UI);
		long own = lines.stream().filter(l -> l.inspectorA().equals(this.inspectors.get(0)) || l.inspectorB().equals(this.inspectors.get(0))).count();
		assertThat(this.plans.assignedTo(inspector, PageQuery.of(1, 200)).items()).hasSizeGreaterThanOrEqualTo((int) own)
			.allMatch(l -> l.inspectorA().equals(this.inspectors.get(0)) || l.inspectorB().equals(this.inspectors.get(0)));

		// the public page: seed, verified, employers by name, inspectors by code only
		String page = this.mvc.perform(get("/verify/plans/" + plan.publicCode()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains(drawn.seed()).contains("data-testid=\"public-verified\"").contains(lines.get(0).employerName())
			.contains("I" + lines.get(0).inspectorA())
			.doesNotContain("enf-inspector-");
		this.mvc.perform(get("/verify/plans/" + plan.publicCode() + "/inputs.txt"))
			.andExpect(status().isOk())
			.andExpect(content().string(inputs));
	}

	@Test
	void neverPairsAnInspectorWithAnEmployerTheyDeclaredALinkToOrInspectedInTheLastCycle() {
		Actor county = supervisor("330105");
		PlanView first = draft(county, "回避测试 第一轮");
		String creditCode = this.jdbc.sql("""
				select credit_code from registry.employer where region_code = :t and status = 'IN_PRODUCTION'
				order by id limit 1""").param("t", this.township).query(String.class).single();
		long employerId = this.jdbc.sql("select id from registry.employer where credit_code = :c").param("c", creditCode)
			.query(Long.class).single();
		Conflict conflict = this.plans.declareConflict(county, first.id(), this.inspectors.get(0), employerId, "配偶在该单位任职");
		assertThat(this.plans.conflicts(county, first.id())).extracting(Conflict::id).contains(conflict.id());
		// declared twice: refused beside the employer, nothing added
		assertThatThrownBy(() -> this.plans.declareConflict(county, first.id(), this.inspectors.get(0), employerId, "再次登记"))
			.isInstanceOf(InvalidInputException.class);

		this.plans.commit(county, first.id());
		this.plans.draw(county, first.id());
		List<DrawLine> firstLines = this.plans.lines(county, first.id(), PageQuery.of(1, 200)).items();
		assertThat(firstLines).noneMatch(l -> l.creditCode().equals(creditCode)
				&& (this.inspectors.get(0).equals(l.inspectorA()) || this.inspectors.get(0).equals(l.inspectorB())));

		PlanView second = draft(county, "回避测试 第二轮");
		this.plans.commit(county, second.id());
		Set<String> lastCycle = new HashSet<>(this.jdbc.sql("""
				select inspector_id || ' ' || credit_code from enforcement.plan_exclusion where plan_id = :p and why = 'LAST_CYCLE'""")
			.param("p", second.id())
			.query(String.class)
			.list());
		Set<String> firstPairs = firstLines.stream()
			.filter(DrawLine::assigned)
			.flatMap(l -> java.util.stream.Stream.of(l.inspectorA() + " " + l.creditCode(), l.inspectorB() + " " + l.creditCode()))
			.collect(Collectors.toSet());
		assertThat(lastCycle).isEqualTo(firstPairs);
		this.plans.draw(county, second.id());
		List<DrawLine> secondLines = this.plans.lines(county, second.id(), PageQuery.of(1, 200)).items();
		assertThat(secondLines).isNotEmpty().allMatch(l -> !firstPairs.contains(l.inspectorA() + " " + l.creditCode())
				&& !firstPairs.contains(l.inspectorB() + " " + l.creditCode()));
	}

	@Test
	void refusesBadInputBesideTheFieldAndChangesNothing() {
		Actor county = supervisor("330105");
		long plansBefore = this.jdbc.sql("select count(*) from enforcement.plan").query(Long.class).single();
		assertThatThrownBy(() -> this.plans.create(county, new PlanCommand(" ", "320102", List.of("2x"),
				LocalDate.of(2027, 1, 1), LocalDate.of(2026, 1, 1), new BigDecimal("0.9"))))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.errors())
				.extracting(InvalidInputException.FieldError::field)
				.containsExactlyInAnyOrder("title", "regionCode", "industries[0]", "endsOn", "randomShare"));
		assertThat(this.jdbc.sql("select count(*) from enforcement.plan").query(Long.class).single()).isEqualTo(plansBefore);

		PlanView plan = draft(county, "拒绝测试");
		assertThatThrownBy(() -> this.plans.draw(county, plan.id())).isInstanceOf(InvalidInputException.class);
		assertThat(this.plans.find(county, plan.id()).status()).isEqualTo(PlanStatus.DRAFT);
		this.plans.commit(county, plan.id());
		String commitment = this.plans.find(county, plan.id()).commitment();
		assertThatThrownBy(() -> this.plans.commit(county, plan.id())).isInstanceOf(InvalidInputException.class);
		assertThat(this.plans.find(county, plan.id()).commitment()).isEqualTo(commitment);
		assertThatThrownBy(() -> this.plans.declareConflict(county, plan.id(), this.inspectors.get(1), null, null))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.errors())
				.extracting(InvalidInputException.FieldError::field)
				.contains("status", "employerId", "reason"));
	}

	@Test
	void aSupervisorOfAnotherCountyNeitherSeesNorDrawsThePlanNorLinksItsOwnEmployersToIt() {
		Actor county = supervisor("330105");
		Actor other = supervisor("330106");
		PlanView plan = draft(county, "辖区测试");

		assertThatThrownBy(() -> this.plans.find(other, plan.id())).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.plans.commit(other, plan.id())).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.plans.draw(other, plan.id())).isInstanceOf(NotFoundException.class);
		assertThat(this.plans.search(other, PlanFilter.none(), PageQuery.of(1, 200)).items()).extracting(PlanView::id)
			.doesNotContain(plan.id());
		// asking for the other county's region is narrowed to one's own: nothing of 330105
		assertThat(this.plans.search(other, new PlanFilter(null, "330105", null, null), PageQuery.of(1, 200)).items())
			.noneMatch(p -> p.regionCode().startsWith("330105"));
		assertThatThrownBy(() -> this.plans.create(other, new PlanCommand("越权", this.township, List.of(),
				LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31), null)))
			.isInstanceOf(InvalidInputException.class);
		// an employer outside the plan's township (another county's) cannot be linked to the plan
		Long foreignEmployer = this.jdbc.sql("select id from registry.employer where region_code not like :t || '%' order by id limit 1")
			.param("t", this.township)
			.query(Long.class)
			.single();
		assertThatThrownBy(() -> this.plans.declareConflict(county, plan.id(), this.inspectors.get(0), foreignEmployer, "理由"))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.errors())
				.extracting(InvalidInputException.FieldError::field)
				.containsExactly("employerId"));
		List<StaffMember> pool = this.plans.pool(county, plan.id());
		assertThat(pool).extracting(StaffMember::userId).containsExactlyInAnyOrderElementsOf(this.inspectors);
		assertThat(Arm.values()).hasSize(3);
	}

}
