package org.ohsonline.testing.web;

import org.ohsonline.shared.web.MenuItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class TestingMenu {

	@Bean
	MenuItem testingJobsMenuItem() {
		return new MenuItem(30, "nav.testingJobs", "/testing/jobs", "testing:job:read");
	}

}
