package org.ohsonline.risk.web;

import org.ohsonline.shared.Scope;
import org.ohsonline.shared.web.MenuItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** 风险分类 in the menu bar (orders 75–79): classes and the dashboard for regions, the own portrait for employers. */
@Configuration(proxyBeanMethods = false)
class RiskMenu {

	@Bean
	MenuItem riskClassesMenuItem() {
		return new MenuItem(75, "risk.menu.classes", "/risk/classes", "risk:portrait:read", Scope.Kind.REGION);
	}

	@Bean
	MenuItem riskOwnMenuItem() {
		return new MenuItem(75, "risk.menu.own", "/risk/mine", "risk:portrait:read", Scope.Kind.EMPLOYER);
	}

	@Bean
	MenuItem riskRectificationsMenuItem() {
		return new MenuItem(76, "risk.menu.rectifications", "/risk/rectifications", "risk:rectification:read");
	}

	@Bean
	MenuItem riskDashboardMenuItem() {
		return new MenuItem(77, "risk.menu.dashboard", "/risk/dashboard", "risk:dashboard:read", Scope.Kind.REGION);
	}

}
