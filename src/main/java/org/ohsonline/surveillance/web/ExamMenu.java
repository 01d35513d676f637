package org.ohsonline.surveillance.web;

import org.ohsonline.shared.web.MenuItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ExamMenu {

	@Bean
	MenuItem examsMenuItem() {
		return new MenuItem(40, "nav.exams", "/surveillance/exams", "surveillance:exam:read");
	}

	@Bean
	MenuItem examsDueMenuItem() {
		return new MenuItem(41, "nav.examsDue", "/surveillance/due", "surveillance:exam:read");
	}

	@Bean
	MenuItem examTasksMenuItem() {
		return new MenuItem(42, "nav.examTasks", "/surveillance/tasks", "surveillance:exam:read");
	}

}
