package org.ohsonline.authorization;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ohsonline.TestUsers;
import org.ohsonline.enforcement.CaseReviews;
import org.ohsonline.enforcement.CaseStep;
import org.ohsonline.enforcement.CaseView;
import org.ohsonline.enforcement.Circumstances;
import org.ohsonline.enforcement.Cases;
import org.ohsonline.enforcement.DrawLine;
import org.ohsonline.enforcement.InspectionPlans;
import org.ohsonline.enforcement.InspectionView;
import org.ohsonline.enforcement.Inspections;
import org.ohsonline.enforcement.Outcome;
import org.ohsonline.enforcement.PlanCommand;
import org.ohsonline.enforcement.PlanView;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.PageQuery;
import org.ohsonline.shared.Scope;

/**
 * The enforcement side of a world: a draft random inspection plan of the county (its title carries the side's
 * label), and on the home side a second plan committed and drawn, whose public code the public pages take (the
 * foreign side's plan stays a draft: a published plan is public by design, like an issued document); on the home side
 * also the inspection of the first line drawn, recorded by its inspector with two violations, the case opened for one, the other case run
 * to its end, and a review round sampling the county's cases closed today.
 */
final class EnforcementBuilder {

	private final InspectionPlans plans;

	private final Inspections inspections;

	private final Cases cases;

	private final CaseReviews reviews;

	private final TestUsers users;

	EnforcementBuilder(InspectionPlans plans, Inspections inspections, Cases cases, CaseReviews reviews, TestUsers users) {
		this.plans = plans;
		this.inspections = inspections;
		this.cases = cases;
		this.reviews = reviews;
		this.users = users;
	}

	void build(SideBuilder.Spec spec, Map<String, String> v, boolean home) {
		Actor supervisor = SideBuilder.actor("enforcement", Scope.region(spec.county()), spec.county(),
				"enforcement:plan:read", "enforcement:plan:write", "risk:portrait:read", "registry:employer:read");
		PlanView draft = this.plans.create(supervisor, new PlanCommand(spec.label() + "双随机抽查计划", spec.county(), List.of(),
				LocalDate.now(), LocalDate.now().plusMonths(3), null));
		v.put("enforcement.plan", SideBuilder.id(draft.id()));
		if (home) {
			// a pool of at least two inspectors in the county, whatever else the context holds
			this.users.ensure("mx-pool-inspector", "INSPECTOR", spec.county(), null);
			this.users.ensure("mx-pool-inspector-2", "INSPECTOR", spec.county(), null);
			PlanView published = this.plans.create(supervisor, new PlanCommand(spec.label() + "已抽取计划", spec.county(),
					List.of(), LocalDate.now(), LocalDate.now().plusMonths(3), null));
			this.plans.commit(supervisor, published.id());
			this.plans.draw(supervisor, published.id());
			v.put("enforcement.planCode", published.publicCode());
			v.put("enforcement.publishedPlan", SideBuilder.id(published.id()));
			// the first line's inspection, recorded with one violation, and the case opened for it
			DrawLine line = this.plans.lines(supervisor, published.id(), PageQuery.of(1, 50))
				.items()
				.stream()
				.filter(DrawLine::assigned)
				.findFirst()
				.orElseThrow();
			v.put("enforcement.seq", String.valueOf(line.seq()));
			Actor inspector = new Actor(line.inspectorA(), "matrix-drawn-inspector", "矩阵执法员", spec.county(),
					Scope.region(spec.county()), Set.of("enforcement:inspection:read", "enforcement:inspection:write",
							"enforcement:case:read", "enforcement:case:write", "risk:rectification:review", "risk:portrait:read"),
					"127.0.0.1", Actor.Channel.UI);
			InspectionView inspection = this.inspections.start(inspector, published.id(), line.seq());
			List<Inspections.AnswerInput> answers = new ArrayList<>();
			Set<String> violated = Set.of("B2", "A1");
			inspection.items().forEach(i -> answers.add(new Inspections.AnswerInput(i.code(),
					violated.contains(i.code()) ? Outcome.VIOLATION : Outcome.COMPLIANT,
					violated.contains(i.code()) ? spec.label() + "现场发现 " + i.code() : null)));
			this.inspections.save(inspector, inspection.id(), answers, null);
			// an evidence file (a PNG by its signature) for the violation, before the record closes the inspection
			byte[] png = { (byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0 };
			v.put("enforcement.file",
					SideBuilder.id(this.inspections.attach(inspector, inspection.id(), "B2", "现场照片.png", png).id()));
			this.inspections.record(inspector, inspection.id());
			v.put("enforcement.inspection", SideBuilder.id(inspection.id()));
			CaseView kase = this.cases.open(inspector, inspection.id(), "B2", spec.label() + "未配发防护用品", null);
			v.put("enforcement.case", SideBuilder.id(kase.id()));
			v.put("enforcement.caseCode", kase.actionCode());
			// a second case run to its end, and a review round sampling every case closed today in the county
			CaseView closed = this.cases.open(inspector, inspection.id(), "A1", spec.label() + "未申报", null);
			java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
			this.cases.step(inspector, closed.id(), CaseStep.INVESTIGATION, today, null, null, null);
			this.cases.step(inspector, closed.id(), CaseStep.PRIOR_NOTICE, today, null, null, null);
			this.cases.decide(inspector, closed.id(), new Circumstances(true, true, false, false, false), 0L, null, false, today);
			this.cases.step(inspector, closed.id(), CaseStep.SERVICE, today, null, null, null);
			this.cases.step(inspector, closed.id(), CaseStep.CLOSED, today, null, null, null);
			Actor reviewer = SideBuilder.actor("enforcement-review", Scope.region(spec.county()), spec.county(),
					"enforcement:review:read", "enforcement:review:write");
			v.put("enforcement.review", SideBuilder.id(this.reviews.draw(reviewer, spec.county(), today, today, 500).id()));
			v.put("enforcement.closedCase", SideBuilder.id(closed.id()));
		}
	}

}
