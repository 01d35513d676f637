package org.ohsonline.projects.web;

import org.ohsonline.shared.web.MenuItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** 建设项目 in the menu bar (orders 81–83, the projects group): the projects, the verification rounds and the quarterly tracking. */
@Configuration(proxyBeanMethods = false)
class ProjectsMenu {

	@Bean
	MenuItem projectsMenuItem() {
		return new MenuItem(81, "projects.menu.projects", "/projects", "projects:project:read");
	}

	@Bean
	MenuItem projectVerificationsMenuItem() {
		return new MenuItem(82, "projects.menu.verifications", "/projects/verifications", "projects:verification:draw");
	}

	@Bean
	MenuItem projectInspectorVerificationsMenuItem() {
		return new MenuItem(82, "projects.menu.verifications", "/projects/verifications", "projects:verification:write");
	}

	@Bean
	MenuItem projectTrackingMenuItem() {
		return new MenuItem(83, "projects.menu.tracking", "/projects/tracking", "projects:project:read");
	}

}
