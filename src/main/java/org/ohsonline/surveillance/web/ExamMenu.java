package org.ohsonline.surveillance.web;

import org.ohsonline.shared.web.MenuItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ExamMenu {

	@Bean
	MenuItem examsMenuItem() {
		return new MenuItem(52, "nav.exams", "/surveillance/exams", "surveillance:exam:read");
	}

	@Bean
	MenuItem examsDueMenuItem() {
		return new MenuItem(53, "nav.examsDue", "/surveillance/due", "surveillance:exam:read");
	}

	@Bean
	MenuItem examTasksMenuItem() {
		return new MenuItem(54, "nav.examTasks", "/surveillance/tasks", "surveillance:exam:read");
	}

}
