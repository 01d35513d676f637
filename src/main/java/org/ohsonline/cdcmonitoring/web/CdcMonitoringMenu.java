package org.ohsonline.cdcmonitoring.web;

import org.ohsonline.shared.web.MenuItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** 疾控监测 in the menu bar (order 84, its own group): the monitoring projects and the survey tasks. */
@Configuration(proxyBeanMethods = false)
class CdcMonitoringMenu {

	@Bean
	MenuItem monitoringProjectsMenuItem() {
		return new MenuItem(84, "cdcmonitoring.menu.projects", "/cdc/monitoring-projects", "cdcmonitoring:project:read");
	}

	@Bean
	MenuItem monitoringTasksMenuItem() {
		return new MenuItem(84, "cdcmonitoring.menu.tasks", "/cdc/monitoring-tasks", "cdcmonitoring:survey:write");
	}

}
