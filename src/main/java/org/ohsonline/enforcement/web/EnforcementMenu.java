package org.ohsonline.enforcement.web;

import org.ohsonline.shared.Scope;
import org.ohsonline.shared.web.MenuItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** 监督执法 in the menu bar (orders 78–79): the random inspection plans and the inspector's own draws. */
@Configuration(proxyBeanMethods = false)
class EnforcementMenu {

	@Bean
	MenuItem enforcementPlansMenuItem() {
		return new MenuItem(78, "enforcement.menu.plans", "/enforcement/plans", "enforcement:plan:read", Scope.Kind.REGION);
	}

	@Bean
	MenuItem enforcementMineMenuItem() {
		return new MenuItem(79, "enforcement.menu.mine", "/enforcement/mine", "enforcement:inspection:write",
				Scope.Kind.REGION);
	}

	@Bean
	MenuItem enforcementCasesMenuItem() {
		return new MenuItem(79, "enforcement.menu.cases", "/enforcement/cases", "enforcement:case:read", Scope.Kind.REGION);
	}

	@Bean
	MenuItem enforcementCandidatesMenuItem() {
		return new MenuItem(79, "enforcement.menu.candidates", "/enforcement/candidates", "enforcement:case:write",
				Scope.Kind.REGION);
	}

	@Bean
	MenuItem enforcementDashboardMenuItem() {
		return new MenuItem(79, "enforcement.menu.dashboard", "/enforcement/dashboard", "enforcement:plan:read",
				Scope.Kind.REGION);
	}

	@Bean
	MenuItem enforcementReviewsMenuItem() {
		return new MenuItem(79, "enforcement.menu.reviews", "/enforcement/reviews", "enforcement:review:read",
				Scope.Kind.REGION);
	}

}
