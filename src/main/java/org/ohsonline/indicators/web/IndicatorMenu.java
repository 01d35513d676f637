package org.ohsonline.indicators.web;

import org.ohsonline.shared.web.MenuItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** 统计 in the menu bar (orders 87–88 of the group): the dashboard, the quarterly snapshots and the administration (targets, imports, rebuild). */
@Configuration(proxyBeanMethods = false)
class IndicatorMenu {

	@Bean
	MenuItem indicatorsMenuItem() {
		return new MenuItem(87, "indicators.menu.dashboard", "/indicators", "indicators:figure:read");
	}

	@Bean
	MenuItem indicatorTargetsMenuItem() {
		return new MenuItem(88, "indicators.menu.targets", "/indicators/targets", "indicators:target:write");
	}

	@Bean
	MenuItem indicatorSnapshotsMenuItem() {
		return new MenuItem(88, "indicators.menu.snapshots", "/indicators/snapshots", "indicators:figure:read");
	}

}
