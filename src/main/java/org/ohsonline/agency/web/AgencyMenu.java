package org.ohsonline.agency.web;

import org.ohsonline.shared.Scope;
import org.ohsonline.shared.web.MenuItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class AgencyMenu {

	/** 机构: supervisors browse the agencies and institutions of their region. */
	@Bean
	MenuItem agenciesMenuItem() {
		return new MenuItem(70, "nav.agencies", "/agencies", "agency:agency:read", Scope.Kind.REGION);
	}

	/** 本机构: agency staff go straight to their own organisation. */
	@Bean
	MenuItem ownAgencyMenuItem() {
		return new MenuItem(70, "nav.ownAgency", "/agencies/mine", "agency:agency:read", Scope.Kind.AGENCY);
	}

	@Bean
	MenuItem ownInstitutionMenuItem() {
		return new MenuItem(70, "nav.ownAgency", "/agencies/mine", "agency:agency:read", Scope.Kind.INSTITUTION);
	}

}
