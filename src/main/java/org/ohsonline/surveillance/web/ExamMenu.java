package org.ohsonline.surveillance.web;

import org.ohsonline.agency.AgencyKind;
import org.ohsonline.agency.OwnOrganisations;
import org.ohsonline.shared.Scope;
import org.ohsonline.shared.web.MenuItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Exams for everyone who reads them, but of the institutions' staff only for exam institutions'
 * (a diagnosis institution's staff hold the same role). Exams due are kept per employer and worker,
 * so an institution has none to list.
 */
@Configuration(proxyBeanMethods = false)
class ExamMenu {

	private final OwnOrganisations organisations;

	ExamMenu(OwnOrganisations organisations) {
		this.organisations = organisations;
	}

	@Bean
	MenuItem examsMenuItem() {
		return new MenuItem(52, "nav.exams", "/surveillance/exams", "surveillance:exam:read")
			.when(actor -> this.organisations.actsAs(actor, AgencyKind.EXAM_INSTITUTION));
	}

	@Bean
	MenuItem examsDueMenuItem() {
		return new MenuItem(53, "nav.examsDue", "/surveillance/due", "surveillance:exam:read")
			.when(actor -> actor.scope().kind() != Scope.Kind.INSTITUTION);
	}

	@Bean
	MenuItem examTasksMenuItem() {
		return new MenuItem(54, "nav.examTasks", "/surveillance/tasks", "surveillance:exam:read")
			.when(actor -> this.organisations.actsAs(actor, AgencyKind.EXAM_INSTITUTION));
	}

}
