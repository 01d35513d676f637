package org.ohsonline.radiation.web;

import org.ohsonline.shared.Scope;
import org.ohsonline.shared.web.MenuItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** 放射卫生 in the menu bar (orders 55–59, the radiation group). */
@Configuration(proxyBeanMethods = false)
class RadiationMenu {

	@Bean
	MenuItem radiationWorkersMenuItem() {
		return new MenuItem(55, "radiation.menu.workers", "/radiation/workers", "radiation:worker:read");
	}

	@Bean
	MenuItem radiationEmployerMenuItem() {
		return new MenuItem(55, "radiation.menu.employer", "/radiation/employer", "radiation:worker:write", Scope.Kind.EMPLOYER);
	}

	@Bean
	MenuItem radiationDosesMenuItem() {
		return new MenuItem(56, "radiation.menu.doses", "/radiation/doses", "radiation:dose:read");
	}

	@Bean
	MenuItem radiationUploadMenuItem() {
		return new MenuItem(56, "radiation.menu.upload", "/radiation/doses/upload", "radiation:dose:write", Scope.Kind.AGENCY);
	}

	@Bean
	MenuItem radiationInvestigationsMenuItem() {
		return new MenuItem(57, "radiation.menu.investigations", "/radiation/investigations", "radiation:dose:read");
	}

	@Bean
	MenuItem radiationAlertsMenuItem() {
		return new MenuItem(57, "radiation.menu.alerts", "/radiation/alerts", "radiation:dose:read");
	}

	@Bean
	MenuItem radiationGapsMenuItem() {
		return new MenuItem(58, "radiation.menu.gaps", "/radiation/gaps", "radiation:dose:read");
	}

	@Bean
	MenuItem radiationRatesMenuItem() {
		return new MenuItem(59, "radiation.menu.rates", "/radiation/rates", "radiation:rate:read", Scope.Kind.REGION);
	}

}
