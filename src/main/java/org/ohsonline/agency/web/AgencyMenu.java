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

	/** 服务委托: an employer's manager answers the engagements agencies and institutions propose. */
	@Bean
	MenuItem engagementsMenuItem() {
		return new MenuItem(71, "nav.engagements", "/engagements", "agency:engagement:accept", Scope.Kind.EMPLOYER);
	}

	@Bean
	MenuItem ownInstitutionMenuItem() {
		return new MenuItem(70, "nav.ownAgency", "/agencies/mine", "agency:agency:read", Scope.Kind.INSTITUTION);
	}

	/** 信誉评级: supervisors read the ratings of their region. */
	@Bean
	MenuItem ratingsMenuItem() {
		return new MenuItem(72, "nav.agencyRatings", "/agencies/ratings", "agency:rating:read", Scope.Kind.REGION);
	}

	/** 服务评价: an employer's manager rates what agencies and institutions delivered. */
	@Bean
	MenuItem evaluationsMenuItem() {
		return new MenuItem(72, "nav.evaluations", "/evaluations", "agency:evaluation:write", Scope.Kind.EMPLOYER);
	}

	/** 报告抽查: supervisors draw and review samples of their region's reports. */
	@Bean
	MenuItem qualityMenuItem() {
		return new MenuItem(73, "nav.agencyQuality", "/agencies/quality", "agency:quality:read", Scope.Kind.REGION);
	}

	/** 报告抽查: an organisation reads the findings on its sampled reports and answers them. */
	@Bean
	MenuItem agencyQualityMenuItem() {
		return new MenuItem(73, "nav.agencyQuality", "/agencies/quality", "agency:quality:answer", Scope.Kind.AGENCY);
	}

	@Bean
	MenuItem institutionQualityMenuItem() {
		return new MenuItem(73, "nav.agencyQuality", "/agencies/quality", "agency:quality:answer", Scope.Kind.INSTITUTION);
	}

	/** 黑名单: supervisors keep the blacklist of their region. */
	@Bean
	MenuItem blacklistMenuItem() {
		return new MenuItem(73, "nav.blacklist", "/blacklist", "agency:blacklist:read", Scope.Kind.REGION);
	}

}
