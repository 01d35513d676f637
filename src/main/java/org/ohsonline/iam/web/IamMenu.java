package org.ohsonline.iam.web;

import org.ohsonline.shared.web.MenuItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class IamMenu {

	@Bean
	MenuItem usersMenuItem() {
		return new MenuItem(85, "nav.users", "/users", "iam:user:read");
	}

	@Bean
	MenuItem rolesMenuItem() {
		return new MenuItem(86, "nav.roles", "/roles", "iam:role:read");
	}

}
