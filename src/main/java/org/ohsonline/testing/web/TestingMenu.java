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

	/** 数据交换: detection results in the national exchange XML, out of reviewed jobs and in from other systems. */
	@Bean
	MenuItem detectionExchangeMenuItem() {
		return new MenuItem(33, "nav.detectionExchange", "/exchange/detection-info", "testing:exchange:export");
	}

}
