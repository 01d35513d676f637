package org.ohsonline.monitoring.web;

import org.ohsonline.shared.web.MenuItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class MonitoringMenu {

	@Bean
	MenuItem monitoringMenuItem() {
		return new MenuItem(40, "nav.monitoring", "/monitoring", "monitoring:reading:read");
	}

	@Bean
	MenuItem monitoringAlertsMenuItem() {
		return new MenuItem(41, "nav.monitoringAlerts", "/monitoring/alerts", "monitoring:alert:read");
	}

	@Bean
	MenuItem devicesMenuItem() {
		return new MenuItem(42, "nav.devices", "/monitoring/devices", "monitoring:device:read");
	}

}
