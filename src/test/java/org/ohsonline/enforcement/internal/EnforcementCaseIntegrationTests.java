package org.ohsonline.enforcement.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ohsonline.IntegrationTest;
import org.ohsonline.TestUsers;
import org.ohsonline.enforcement.ActionCode;
import org.ohsonline.enforcement.Band;
import org.ohsonline.enforcement.CaseStep;
import org.ohsonline.enforcement.CaseView;
import org.ohsonline.enforcement.Cases;
import org.ohsonline.enforcement.Circumstances;
import org.ohsonline.enforcement.DrawLine;
import org.ohsonline.enforcement.EnforcementDashboard;
import org.ohsonline.enforcement.InspectionPlans;
import org.ohsonline.enforcement.InspectionView;
import org.ohsonline.enforcement.Inspections;
import org.ohsonline.enforcement.Outcome;
import org.ohsonline.enforcement.PlanCommand;
import org.ohsonline.enforcement.PlanView;
import org.ohsonline.enforcement.PublicCases;
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
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Cases opened from recorded violations: the action code, the order of steps, the decision's clock and its
 * extension, the discretion benchmark's band and the deviation reason, 首违不罚 and its repeat, the hash chain
 * detecting an edited step, jurisdiction and the public page.
 */
@IntegrationTest
class EnforcementCaseIntegrationTests {

	static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	@Autowired
	InspectionPlans plans;

	@Autowired
	Inspections inspections;

	@Autowired
	Cases cases;

	@Autowired
	PublicCases publicCases;

	@Autowired
	org.ohsonline.enforcement.EnforcementDashboard dashboard;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserAdministration administration;

	@Autowired
	UserDetailsService details;

	String township;

	List<DrawLine> lines;

	@BeforeEach
	void drawnLines() {
		this.township = this.jdbc.sql("""
				select region_code from registry.employer where region_code like '330105%' and status = 'IN_PRODUCTION'
				group by region_code order by count(*) desc, region_code limit 1 offset 2""")
			.query(String.class)
			.single();
		TestUsers users = new TestUsers(this.administration, this.details);
		// four: each test draws a new plan, which excludes the last plan's pair from each employer
		for (int i = 1; i <= 4; i++) {
			users.ensure("enf-case-inspector-" + i, "INSPECTOR", this.township, null);
		}
		Actor county = EnforcementPlanIntegrationTests.supervisor("330105");
		PlanView plan = this.plans.create(county, new PlanCommand("立案测试", this.township, List.of(),
				LocalDate.of(2026, 12, 1), LocalDate.of(2027, 3, 31), new BigDecimal("0.5")));
		this.plans.commit(county, plan.id());
		this.plans.draw(county, plan.id());
		this.lines = this.plans.lines(county, plan.id(), PageQuery.of(1, 50)).items().stream().filter(DrawLine::assigned).toList();
		assertThat(this.lines).hasSizeGreaterThanOrEqualTo(2);
	}

	Actor inspector(long userId) {
		return inspector(userId, this.township);
	}

	Actor inspector(long userId, String township) {
		return new Actor(userId, "enf-case-inspector", "办案员", township, Scope.region(township),
				Set.of("enforcement:inspection:read", "enforcement:inspection:write", "enforcement:case:read",
						"enforcement:case:write", "risk:rectification:read", "risk:rectification:review",
						"risk:portrait:read"),
				"127.0.0.1", Actor.Channel.UI);
	}

	/** A recorded inspection of a line with violations of the given items. */
	InspectionView recorded(DrawLine line, String... violations) {
		Actor actor = inspector(line.inspectorA(), line.regionCode());
		InspectionView inspection = this.inspections.start(actor, line.planId(), line.seq());
		List<Inspections.AnswerInput> answers = new ArrayList<>();
		for (InspectionView.Item item : inspection.items()) {
			boolean violated = List.of(violations).contains(item.code());
			answers.add(new Inspections.AnswerInput(item.code(), violated ? Outcome.VIOLATION : Outcome.COMPLIANT,
					violated ? "现场发现：" + item.name() : null));
		}
		this.inspections.save(actor, inspection.id(), answers, null);
		return this.inspections.record(actor, inspection.id());
	}

	LocalDate today() {
		return LocalDate.now(ZONE);
	}

	@Test
	void runsTheChainInOrderUnderOneActionCodeAndDecidesInsideTheBandOrWithAReason() throws Exception {
		DrawLine line = this.lines.get(0);
		Actor actor = inspector(line.inspectorA());
		InspectionView inspection = recorded(line, "B1", "A1");
		CaseView opened = this.cases.open(actor, inspection.id(), "B1", "超标作业：打磨岗位粉尘浓度超过 PC-TWA", null);

		ActionCode code = ActionCode.parse(opened.actionCode()).orElseThrow();
		assertThat(code.region()).isEqualTo(this.township.substring(0, 6));
		assertThat(code.year()).isEqualTo(today().getYear());
		assertThat(code.kind()).isEqualTo(ActionCode.Kind.PENALTY);
		assertThat(opened.violation().text()).isEqualTo("职业病防治法（2018年修正）第七十二条第一项");
		// the decision is due 90 days after filing (case-deadlines catalog)
		assertThat(opened.decisionDue()).isEqualTo(opened.filedOn().plusDays(90));
		assertThat(opened.steps()).extracting(CaseView.StepView::step).containsExactly(CaseStep.FILED);
		// the next case of the county and year gets the next sequence number
		CaseView second = this.cases.open(actor, inspection.id(), "A1", "未申报", null);
		assertThat(ActionCode.parse(second.actionCode()).orElseThrow().sequence()).isEqualTo(code.sequence() + 1);
		assertThatThrownBy(() -> this.cases.open(actor, inspection.id(), "B1", "again", null))
			.isInstanceOfSatisfying(InvalidInputException.class,
					ex -> assertThat(ex.errors().get(0).code()).isEqualTo("enforcement.case.openedAlready"));
		assertThatThrownBy(() -> this.cases.open(actor, inspection.id(), "C1", "合规项", null))
			.isInstanceOfSatisfying(InvalidInputException.class,
					ex -> assertThat(ex.errors().get(0).code()).isEqualTo("enforcement.case.notAViolation"));

		// out of order: a decision straight after filing, executing before serving
		assertThatThrownBy(() -> this.cases.decide(actor, opened.id(), new Circumstances(false, false, false, false, false),
				100_000L, null, false, today()))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.errors().get(0).code())
				.isEqualTo("enforcement.case.outOfOrder"));
		assertThatThrownBy(() -> this.cases.step(actor, opened.id(), CaseStep.EXECUTION, today(), null, null, null))
			.isInstanceOf(InvalidInputException.class);
		assertThat(this.cases.find(actor, opened.id()).steps()).hasSize(1);

		this.cases.step(actor, opened.id(), CaseStep.INVESTIGATION, today(), "现场采样 3 份", null, null);
		this.cases.step(actor, opened.id(), CaseStep.PRIOR_NOTICE, today(), "告知拟罚款并告知陈述申辩、听证权利", null, null);
		// Art. 72 with a repeat: 较重 ¥95,000–155,000, recommended 125,000
		Circumstances repeat = new Circumstances(false, false, false, true, false);
		assertThat(this.cases.recommend(actor, opened.id(), repeat).amount()).isEqualTo(125_000);
		// outside the band without a reason: refused, nothing recorded
		assertThatThrownBy(() -> this.cases.decide(actor, opened.id(), repeat, 180_000L, " ", false, today()))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.errors())
				.extracting(InvalidInputException.FieldError::field)
				.containsExactly("reason"));
		// outside the statute: refused even with a reason
		assertThatThrownBy(() -> this.cases.decide(actor, opened.id(), repeat, 250_000L, "情节特别严重", false, today()))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.errors())
				.extracting(InvalidInputException.FieldError::field)
				.containsExactly("amount"));
		// a case not on the no-penalty list cannot end without a fine
		assertThatThrownBy(() -> this.cases.decide(actor, opened.id(), repeat, null, null, true, today()))
			.isInstanceOf(InvalidInputException.class);
		assertThat(this.cases.find(actor, opened.id()).step()).isEqualTo(CaseStep.PRIOR_NOTICE);

		CaseView decided = this.cases.decide(actor, opened.id(), repeat, 180_000L, "两次复查仍超标且涉及 12 名劳动者", false, today());
		assertThat(decided.band()).isEqualTo(Band.SERIOUS);
		assertThat(decided.amount()).isEqualTo(180_000L);
		assertThat(decided.recommended()).isEqualTo(125_000L);
		assertThat(decided.deviated()).isTrue();
		// the list's "deviated" filter finds it, flagged for the case-file review
		assertThat(this.cases.search(actor, new org.ohsonline.enforcement.CaseFilter(null, null, "deviated"), PageQuery.of(1, 200))
			.items()).extracting(CaseView::id).contains(opened.id());
		assertThat(this.cases.search(actor, new org.ohsonline.enforcement.CaseFilter(opened.actionCode().substring(0, 14), null, "open"),
				PageQuery.of(1, 200)).items()).extracting(CaseView::id).contains(opened.id());
		this.cases.step(actor, opened.id(), CaseStep.SERVICE, today(), null, null, null);
		this.cases.step(actor, opened.id(), CaseStep.EXECUTION, today(), "已缴纳罚款", null, null);
		CaseView closed = this.cases.step(actor, opened.id(), CaseStep.CLOSED, today(), null, null, null);
		assertThat(closed.steps()).extracting(CaseView.StepView::step)
			.containsExactly(CaseStep.FILED, CaseStep.INVESTIGATION, CaseStep.PRIOR_NOTICE, CaseStep.DECISION,
					CaseStep.SERVICE, CaseStep.EXECUTION, CaseStep.CLOSED);
		assertThat(closed.chainIntact()).isTrue();
		assertThat(this.jdbc.sql("select count(*) from audit.entry where target_type = 'case' and target_id = :id")
			.param("id", String.valueOf(opened.id()))
			.query(Long.class)
			.single()).isEqualTo(7);

		// the public page: steps and dates, no recorder's name
		String page = this.mvc.perform(get("/verify/cases/" + closed.actionCode()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains(closed.actionCode()).contains("data-testid=\"public-case-steps\"").doesNotContain("办案员");
		this.mvc.perform(get("/verify/cases/330105-2026-02-999999-0")).andExpect(status().isNotFound());

		// another county's supervisor sees nothing of it
		assertThatThrownBy(() -> this.cases.find(EnforcementPlanIntegrationTests.supervisor("330106"), opened.id()))
			.isInstanceOf(NotFoundException.class);

		// the dashboard counts the inspection, its two violations and the fine, and the arms add up to their totals
		EnforcementDashboard.Figures figures = this.dashboard.figures(EnforcementPlanIntegrationTests.supervisor("330105"),
				this.township, today().minusDays(1), today());
		assertThat(figures.penalties()).anySatisfy(p -> {
			assertThat(p.violation().article()).isEqualTo(72);
			assertThat(p.violation().item()).isEqualTo(1);
			assertThat(p.amount()).isGreaterThanOrEqualTo(180_000);
			assertThat(p.deviations()).isGreaterThanOrEqualTo(1);
		});
		long inspected = figures.arms().stream().filter(a -> a.riskClass().equals("ALL")).mapToLong(EnforcementDashboard.ArmRow::inspected).sum();
		long violations = figures.arms().stream().filter(a -> a.riskClass().equals("ALL")).mapToLong(EnforcementDashboard.ArmRow::violations).sum();
		assertThat(inspected).isGreaterThanOrEqualTo(1);
		assertThat(violations).isGreaterThanOrEqualTo(2);
		for (EnforcementDashboard.ArmRow total : figures.arms().stream().filter(a -> a.riskClass().equals("ALL")).toList()) {
			assertThat(figures.arms().stream().filter(a -> a.arm() == total.arm() && !a.riskClass().equals("ALL"))
				.mapToLong(EnforcementDashboard.ArmRow::drawn).sum()).isEqualTo(total.drawn());
		}
		assertThat(figures.regions()).allMatch(r -> r.done() <= r.planned());
		assertThat(figures.regions().stream().mapToLong(EnforcementDashboard.RegionRow::violations).sum()).isEqualTo(violations);
		// another county's supervisor asking for this township gets its own county's figures, none of these
		assertThat(this.dashboard.figures(EnforcementPlanIntegrationTests.supervisor("330106"), this.township, null, null)
			.regions()).noneMatch(r -> r.regionCode().startsWith("330105"));
	}

	@Test
	void everySupervisoryActGetsItsActionCodeWhenItStartsAndItsPublicPage() throws Exception {
		String county = this.township.substring(0, 6);
		// an inspection gets kind 01 when it starts; the next inspection of the county and year the next number
		DrawLine first = this.lines.get(0);
		InspectionView started = this.inspections.start(inspector(first.inspectorA()), first.planId(), first.seq());
		ActionCode inspectionCode = ActionCode.parse(started.actionCode()).orElseThrow();
		assertThat(inspectionCode.kind()).isEqualTo(ActionCode.Kind.INSPECTION);
		assertThat(inspectionCode.region()).isEqualTo(county);
		assertThat(inspectionCode.year()).isEqualTo(today().getYear());
		// starting it again is the same inspection under the same code
		assertThat(this.inspections.start(inspector(first.inspectorA()), first.planId(), first.seq()).actionCode())
			.isEqualTo(started.actionCode());
		DrawLine other = this.lines.get(1);
		InspectionView recorded = recorded(other, "B1");
		assertThat(ActionCode.parse(recorded.actionCode()).orElseThrow().sequence()).isEqualTo(inspectionCode.sequence() + 1);
		assertThat(this.jdbc.sql("select after_state from audit.entry where action = 'enforcement.inspection.started' and target_id = :id")
			.param("id", String.valueOf(started.id()))
			.query(String.class)
			.single()).contains(started.actionCode());

		// its public page: in progress, the employer, no inspector's name
		String inProgress = this.mvc.perform(get("/verify/cases/" + started.actionCode()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(inProgress).contains(started.actionCode())
			.contains(started.employerName())
			.contains("检查进行中")
			.doesNotContain(started.inspectorAName())
			.doesNotContain(started.inspectorBName());

		// a case opened from the recorded inspection is listed on the inspection's page; coercion gets kind 03
		Actor actor = inspector(other.inspectorA());
		CaseView opened = this.cases.open(actor, recorded.id(), "B1", "超标作业", null);
		String afterRecord = this.mvc.perform(get("/verify/cases/" + recorded.actionCode()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(afterRecord).contains(opened.actionCode()).doesNotContain("检查进行中");
		this.cases.step(actor, opened.id(), CaseStep.INVESTIGATION, today(), "采样", null, null);
		this.cases.step(actor, opened.id(), CaseStep.PRIOR_NOTICE, today(), "告知", null, null);
		Circumstances plain = new Circumstances(false, false, false, false, false);
		this.cases.decide(actor, opened.id(), plain, this.cases.recommend(actor, opened.id(), plain).amount(), null, false,
				today());
		this.cases.step(actor, opened.id(), CaseStep.SERVICE, today(), null, null, null);
		this.cases.step(actor, opened.id(), CaseStep.EXECUTION, today(), "逾期未缴纳", null, null);
		CaseView coerced = this.cases.step(actor, opened.id(), CaseStep.COERCION, today(), "申请法院强制执行", null, null);
		CaseView.StepView coercion = coerced.steps().get(coerced.steps().size() - 1);
		ActionCode coercionCode = ActionCode.parse(coercion.actionCode()).orElseThrow();
		assertThat(coercionCode.kind()).isEqualTo(ActionCode.Kind.COERCION);
		assertThat(coercionCode.region()).isEqualTo(county);
		// the code is in the chained step's data, so rewriting it breaks the chain
		assertThat(coercion.data()).contains(coercion.actionCode());
		assertThat(coerced.chainIntact()).isTrue();
		assertThat(coerced.steps()).filteredOn(s -> s.step() != CaseStep.COERCION)
			.allMatch(s -> s.actionCode() == null);

		// scanning the coercion code opens the case that took the measure
		PublicCases.PublicCase scanned = this.publicCases.find(coercion.actionCode()).orElseThrow();
		assertThat(scanned.actionCode()).isEqualTo(opened.actionCode());
		assertThat(scanned.scanned()).isEqualTo(coercion.actionCode());
		assertThat(scanned.steps()).extracting(PublicCases.PublicStep::actionCode).contains(coercion.actionCode());
		String coercionPage = this.mvc.perform(get("/verify/cases/" + coercion.actionCode()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(coercionPage).contains(opened.actionCode()).contains(coercion.actionCode()).doesNotContain("办案员");
		// a code of one kind does not open an act of another, and a wrong check character opens nothing
		assertThat(this.publicCases.find(recorded.actionCode())).isEmpty();
		assertThat(this.publicCases.inspection(opened.actionCode())).isEmpty();
		String digits = inspectionCode.digits();
		char wrong = inspectionCode.check() == '0' ? '1' : '0';
		this.mvc.perform(get("/verify/cases/" + digits + wrong)).andExpect(status().isNotFound());
	}

	@Test
	void aDeadlinePassedWithoutAnExtensionIsRefusedAndAnApprovedExtensionMovesIt() {
		DrawLine line = this.lines.get(0);
		Actor actor = inspector(line.inspectorA());
		CaseView opened = this.cases.open(actor, recorded(line, "C2").id(), "C2", "未定期检测", null);
		// the 90 days ran out yesterday
		this.jdbc.sql("update enforcement.enf_case set decision_due = :due where id = :id")
			.param("due", today().minusDays(1))
			.param("id", opened.id())
			.update();
		assertThatThrownBy(() -> this.cases.step(actor, opened.id(), CaseStep.INVESTIGATION, today(), null, null, null))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.errors().get(0).code())
				.isEqualTo("enforcement.case.deadlinePassed"));
		assertThatThrownBy(() -> this.cases.step(actor, opened.id(), CaseStep.EXTENSION, today(), "案情复杂", 30, "局长"))
			.as("too late to extend").isInstanceOf(InvalidInputException.class);

		this.jdbc.sql("update enforcement.enf_case set decision_due = :due where id = :id")
			.param("due", today())
			.param("id", opened.id())
			.update();
		assertThatThrownBy(() -> this.cases.step(actor, opened.id(), CaseStep.EXTENSION, today(), "案情复杂", 30, " "))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.errors())
				.extracting(InvalidInputException.FieldError::field)
				.containsExactly("approvedBy"));
		CaseView extended = this.cases.step(actor, opened.id(), CaseStep.EXTENSION, today(), "案情复杂，需补充检测", 30, "局长");
		assertThat(extended.decisionDue()).isEqualTo(today().plusDays(30));
		assertThat(extended.step()).as("an extension leaves the order where it was").isEqualTo(CaseStep.FILED);
		assertThat(this.cases.step(actor, opened.id(), CaseStep.INVESTIGATION, today(), null, null, null).step())
			.isEqualTo(CaseStep.INVESTIGATION);
	}

	@Test
	void aFirstMinorOffenceOnTheListEndsWithACommitmentButASecondOneWithinTheYearIsFined() {
		// Art. 70(1): testing results not filed, reported or published (C3), on the no-penalty list
		DrawLine line = this.lines.get(0);
		Actor actor = inspector(line.inspectorA());
		InspectionView first = recorded(line, "C3");
		CaseView c = this.cases.open(actor, first.id(), "C3", "检测结果未公布", null);
		this.cases.step(actor, c.id(), CaseStep.INVESTIGATION, today(), null, null, null);
		this.cases.step(actor, c.id(), CaseStep.PRIOR_NOTICE, today(), null, null, null);
		Circumstances minor = new Circumstances(true, true, false, false, false);
		assertThat(this.cases.recommend(actor, c.id(), minor).noPenaltyEligible()).isTrue();
		CaseView decided = this.cases.decide(actor, c.id(), minor, null, null, true, today());
		assertThat(decided.noPenalty()).isTrue();
		assertThat(decided.amount()).isZero();
		assertThat(decided.steps().get(decided.steps().size() - 1).note()).isEqualTo("correction-commitment");

		// another employer fined for the same item four months ago: its first offence here is not its first
		DrawLine other = this.lines.get(1);
		this.jdbc.sql("""
				insert into enforcement.enf_case (action_code, region_code, employer_id, credit_code, employer_name, law,
				  article, item, facts, step, filed_on, decision_due, head_hash, opened_by, opened_at)
				values (:code, :region, :employer, :credit, :name, '职业病防治法（2018年修正）', 70, 1, '检测结果未公布', 'CLOSED',
				  :filed, :filed, :genesis, '办案员', now())""")
			.param("code", new ActionCode(other.regionCode().substring(0, 6), today().getYear() - 1, ActionCode.Kind.PENALTY, 990_000 + (int) (other.employerId() % 9_999)).toString())
			.param("region", other.regionCode())
			.param("employer", other.employerId())
			.param("credit", other.creditCode())
			.param("name", other.employerName())
			.param("filed", today().minusMonths(4))
			.param("genesis", CaseChain.GENESIS)
			.update();
		Actor second = inspector(other.inspectorA());
		CaseView c2 = this.cases.open(second, recorded(other, "C3").id(), "C3", "检测结果仍未公布", null);
		this.cases.step(second, c2.id(), CaseStep.INVESTIGATION, today(), null, null, null);
		this.cases.step(second, c2.id(), CaseStep.PRIOR_NOTICE, today(), null, null, null);
		assertThat(this.cases.recommend(second, c2.id(), minor).noPenaltyEligible()).isFalse();
		assertThatThrownBy(() -> this.cases.decide(second, c2.id(), minor, null, null, true, today()))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.errors())
				.extracting(InvalidInputException.FieldError::field)
				.contains("noPenalty"));
		// fined instead, in the 轻微 band of Art. 70: ¥1,000–10,000
		assertThat(this.cases.decide(second, c2.id(), minor, 5_000L, null, false, today()).band()).isEqualTo(Band.MINOR);
	}

	@Test
	void theChainShowsAStepEditedInTheDatabase() throws Exception {
		DrawLine line = this.lines.get(0);
		Actor actor = inspector(line.inspectorA());
		CaseView c = this.cases.open(actor, recorded(line, "D1").id(), "D1", "未组织在岗期间职业健康检查", null);
		this.cases.step(actor, c.id(), CaseStep.INVESTIGATION, today(), "调取体检档案", null, null);
		assertThat(this.cases.find(actor, c.id()).chainIntact()).isTrue();
		// the table refuses updates; someone with the database's owner rights gets round it
		this.transactions.executeWithoutResult(t -> {
			this.jdbc.sql("set local session_replication_role = replica").update();
			this.jdbc.sql("update enforcement.case_step set note = '未调取' where case_id = :id and seq = 2")
				.param("id", c.id())
				.update();
		});
		assertThat(this.cases.find(actor, c.id()).chainIntact()).isFalse();
		assertThat(this.publicCases.find(c.actionCode()).orElseThrow().chainIntact()).isFalse();
		assertThatThrownBy(() -> this.transactions.executeWithoutResult(t -> this.jdbc
			.sql("delete from enforcement.case_step where case_id = :id")
			.param("id", c.id())
			.update())).hasMessageContaining("append-only");
	}


	@org.junit.jupiter.api.io.TempDir
	java.nio.file.Path temp;

	@Autowired
	org.ohsonline.portal.IssuedDocuments issuedDocuments;

	@Test
	void everyStepIssuesItsSignedDocumentWithTheActionCodesPublicPage() throws Exception {
		DrawLine line = this.lines.get(0);
		Actor actor = inspector(line.inspectorA());
		InspectionView inspection = recorded(line, "B2");
		CaseView opened = this.cases.open(actor, inspection.id(), "B2", "未配发防护用品", null);
		this.cases.step(actor, opened.id(), CaseStep.INVESTIGATION, today(), "调取发放台账", null, null);
		this.cases.step(actor, opened.id(), CaseStep.EXTENSION, today(), "需补充检测", 30, "分管局长");
		CaseView kase = this.cases.find(actor, opened.id());
		assertThat(kase.steps()).extracting(CaseView.StepView::documentCode).doesNotContainNull().doesNotHaveDuplicates();
		// the register knows each document; its public page names the type and the employer, no person
		for (CaseView.StepView s : kase.steps()) {
			assertThat(this.issuedDocuments.verify(s.documentCode())).isPresent();
		}
		byte[] filing = this.cases.stepDocument(actor, opened.id(), 1);
		String text = org.ohsonline.PdfReading.text(filing, this.temp);
		assertThat(text).contains("立案审批表").contains(opened.actionCode()).contains("职业病防治法（2018年修正）第七十二条第二项")
			.contains("/verify/cases/" + opened.actionCode());
		assertThat(org.ohsonline.PdfReading.signatures(filing, this.temp)).contains("Signature is Valid");
		assertThat(this.issuedDocuments.matches(kase.steps().get(0).documentCode(), filing)).contains(true);
		String extension = org.ohsonline.PdfReading.text(this.cases.stepDocument(actor, opened.id(), 3), this.temp);
		assertThat(extension).contains("延期审批表").contains("延期天数").contains("30").contains("分管局长");
		// another county's reader does not find the case's documents
		Actor xihu = new Actor(9403, "enf-xihu-reader", "西湖区", "330106", Scope.region("330106"),
				Set.of("enforcement:case:read"), "127.0.0.1", Actor.Channel.UI);
		assertThatThrownBy(() -> this.cases.stepDocument(xihu, opened.id(), 1)).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.cases.stepDocument(actor, opened.id(), 9)).isInstanceOf(NotFoundException.class);
	}

	/**
	 * The cases of several employers read at once are each one's cases with their steps, as one case reads: two cases
	 * of one drawn employer (one with an investigation after filing), one of another; an unknown id is absent, and
	 * another county's supervisor reads none. Drawn in a township of its own (the fourth largest), so that the
	 * employers inspected here leave the other tests' townships uninspected.
	 */
	@Test
	void readsTheCasesOfSeveralEmployersAtOnceWithTheirSteps() {
		String township = this.jdbc.sql("""
				select region_code from registry.employer where region_code like '330105%' and status = 'IN_PRODUCTION'
				group by region_code order by count(*) desc, region_code limit 1 offset 3""")
			.query(String.class)
			.single();
		TestUsers users = new TestUsers(this.administration, this.details);
		for (int i = 1; i <= 4; i++) {
			users.ensure("enf-batch-inspector-" + i, "INSPECTOR", township, null);
		}
		Actor county = EnforcementPlanIntegrationTests.supervisor("330105");
		PlanView plan = this.plans.create(county, new PlanCommand("批量读取案件测试", township, List.of(),
				LocalDate.of(2026, 12, 1), LocalDate.of(2027, 3, 31), new BigDecimal("0.5")));
		this.plans.commit(county, plan.id());
		this.plans.draw(county, plan.id());
		List<DrawLine> drawn = this.plans.lines(county, plan.id(), PageQuery.of(1, 50))
			.items()
			.stream()
			.filter(DrawLine::assigned)
			.toList();
		assertThat(drawn).hasSizeGreaterThanOrEqualTo(2);
		DrawLine firstLine = drawn.get(0);
		DrawLine secondLine = drawn.get(1);
		Actor actor = inspector(firstLine.inspectorA(), township);
		InspectionView inspection = recorded(firstLine, "B1", "C2");
		CaseView exceeded = this.cases.open(actor, inspection.id(), "B1", "超标作业", null);
		CaseView untested = this.cases.open(actor, inspection.id(), "C2", "未定期检测", null);
		this.cases.step(actor, untested.id(), CaseStep.INVESTIGATION, today(), null, null, null);
		CaseView other = this.cases.open(inspector(secondLine.inspectorA(), township), recorded(secondLine, "C3").id(),
				"C3", "检测结果未公布", null);
		List<Long> ids = List.of(firstLine.employerId(), secondLine.employerId(), -1L);

		java.util.Map<Long, List<CaseView>> batch = this.cases.ofEmployers(county, ids);
		assertThat(batch).containsOnlyKeys(firstLine.employerId(), secondLine.employerId());
		assertThat(batch.get(firstLine.employerId())).extracting(CaseView::id).contains(exceeded.id(), untested.id());
		assertThat(batch.get(firstLine.employerId())).filteredOn(c -> c.id() == untested.id())
			.singleElement()
			.satisfies(c -> {
				assertThat(c.steps()).extracting(CaseView.StepView::step)
					.containsExactly(CaseStep.FILED, CaseStep.INVESTIGATION);
				assertThat(c.chainIntact()).isTrue();
			});
		assertThat(batch.get(secondLine.employerId())).extracting(CaseView::id).contains(other.id());
		batch.values().forEach(cases -> assertThat(cases).allSatisfy(
				c -> assertThat(c).as("case %d", c.id()).isEqualTo(this.cases.find(county, c.id()))));
		ids.forEach(id -> assertThat(batch.getOrDefault(id, List.of())).isEqualTo(this.cases.ofEmployer(county, id)));
		assertThat(this.cases.ofEmployers(EnforcementPlanIntegrationTests.supervisor("330106"), ids)).isEmpty();
	}

}
