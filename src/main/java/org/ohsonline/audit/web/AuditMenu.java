package org.ohsonline.audit.web;

import org.ohsonline.shared.web.MenuItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class AuditMenu {

	@Bean
	MenuItem auditMenuItem() {
		return new MenuItem(90, "nav.audit", "/audit", "audit:entry:read");
	}

}
