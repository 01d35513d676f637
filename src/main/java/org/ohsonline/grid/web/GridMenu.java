package org.ohsonline.grid.web;

import org.ohsonline.shared.Actor;
import org.ohsonline.shared.web.MenuItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * 网格化监管 in the 统计 group (order 89): the grids and the quarterly appraisal sheets, for whoever reads grids — of the
 * jurisdiction ({@code grid:grid:read}) or only their own ({@code grid:assigned:read}, a grid assistant).
 */
@Configuration(proxyBeanMethods = false)
class GridMenu {

	static boolean readsGrids(Actor actor) {
		return actor.can("grid:grid:read") || actor.can("grid:assigned:read");
	}

	@Bean
	MenuItem gridsMenuItem() {
		return new MenuItem(89, "grid.menu.grids", "/grids", null).when(GridMenu::readsGrids);
	}

	@Bean
	MenuItem gridAppraisalsMenuItem() {
		return new MenuItem(89, "grid.menu.appraisals", "/grids/appraisals", null).when(GridMenu::readsGrids);
	}

}
