package org.ohsonline.testing.web;

import org.ohsonline.shared.web.MenuItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ValidityClockMenu {

	@Bean
	MenuItem testingClocksMenuItem() {
		return new MenuItem(31, "nav.testingClocks", "/testing/clocks", "testing:clock:read");
	}

}
