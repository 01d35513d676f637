package org.ohsonline.authorization;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.ohsonline.TestUsers;
import org.ohsonline.enforcement.InspectionPlans;
import org.ohsonline.enforcement.PlanCommand;
import org.ohsonline.enforcement.PlanView;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.Scope;

/**
 * The enforcement side of a world: a draft random inspection plan of the county (its title carries the side's
 * label), and on the home side a second plan committed and drawn, whose public code the public pages take (the
 * foreign side's plan stays a draft: a published plan is public by design, like an issued document).
 */
final class EnforcementBuilder {

	private final InspectionPlans plans;

	private final TestUsers users;

	EnforcementBuilder(InspectionPlans plans, TestUsers users) {
		this.plans = plans;
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
		}
	}

}
