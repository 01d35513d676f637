package org.ohsonline.registry.web;

import org.ohsonline.shared.Scope;
import org.ohsonline.shared.web.MenuItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class RegistryMenu {

	@Bean
	MenuItem employersMenuItem() {
		return new MenuItem(10, "nav.employers", "/employers", "registry:employer:read");
	}

	/** 本单位: an employer's own staff go straight to their employer's case. */
	@Bean
	MenuItem ownEmployerMenuItem() {
		return new MenuItem(11, "nav.ownEmployer", "/employers/mine", "registry:employer:read", Scope.Kind.EMPLOYER);
	}

	/** 我的档案: a worker's own record (一人一档). */
	@Bean
	MenuItem ownRecordMenuItem() {
		return new MenuItem(9, "nav.ownRecord", "/workers/mine", "registry:worker:read", Scope.Kind.PERSON);
	}

	@Bean
	MenuItem workersMenuItem() {
		// Finding a worker by identity number is for those who work with others' records; a worker has 我的档案.
		return new MenuItem(12, "nav.workers", "/workers", "registry:worker:read")
			.when(actor -> actor.scope().kind() != Scope.Kind.PERSON);
	}

	@Bean
	MenuItem importsMenuItem() {
		return new MenuItem(13, "nav.imports", "/imports", "registry:import:write");
	}

	/** What the recomputations of severity changed: for the administrators who load the risk directory. */
	@Bean
	MenuItem severityRunsMenuItem() {
		return new MenuItem(14, "nav.severityRuns", "/catalogs/industry-severity/recomputations", "reference:catalog:write");
	}

	/** 数据交换: employers in the national exchange XML, out and in. */
	@Bean
	MenuItem enterpriseExchangeMenuItem() {
		return new MenuItem(15, "nav.enterpriseExchange", "/exchange/enterprise-info", "registry:exchange:export");
	}

}
