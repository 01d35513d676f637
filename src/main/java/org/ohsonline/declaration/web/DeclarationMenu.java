package org.ohsonline.declaration.web;

import org.ohsonline.shared.web.MenuItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class DeclarationMenu {

	@Bean
	MenuItem declarationsMenuItem() {
		return new MenuItem(20, "nav.declarations", "/declarations", "declaration:declaration:read");
	}

	@Bean
	MenuItem declarationClocksMenuItem() {
		return new MenuItem(21, "nav.declarationClocks", "/declarations/clocks", "declaration:declaration:read");
	}

}
