package org.ohsonline.training.web;

import org.ohsonline.shared.Scope;
import org.ohsonline.shared.web.MenuItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * 培训 in the menu bar (orders 95–99, the training group): courses for everyone, training records and rates
 * for readers (an employer's own rates), and 我的学习 among the user's own entries.
 */
@Configuration(proxyBeanMethods = false)
class TrainingMenu {

	@Bean
	MenuItem trainingCoursesMenuItem() {
		return new MenuItem(95, "training.menu.courses", "/training/courses", "training:course:read");
	}

	@Bean
	MenuItem trainingEnrolmentsMenuItem() {
		return new MenuItem(96, "training.menu.enrolments", "/training/enrolments", "training:enrolment:read");
	}

	@Bean
	MenuItem trainingRatesMenuItem() {
		return new MenuItem(97, "training.menu.rates", "/training/rates", "training:rate:read", Scope.Kind.REGION);
	}

	@Bean
	MenuItem trainingOwnRatesMenuItem() {
		return new MenuItem(97, "training.menu.ownRates", "/training/rates/mine", "training:rate:read", Scope.Kind.EMPLOYER);
	}

	@Bean
	MenuItem trainingManagersMenuItem() {
		return new MenuItem(98, "training.menu.managers", "/training/managers", "training:enrolment:read", Scope.Kind.REGION);
	}

	@Bean
	MenuItem trainingNoticesMenuItem() {
		return new MenuItem(98, "training.menu.notices", "/training/notices", "training:notice:write", Scope.Kind.REGION);
	}

	@Bean
	MenuItem trainingQuestionsMenuItem() {
		return new MenuItem(99, "training.menu.questions", "/training/questions", "training:question:read");
	}

	@Bean
	MenuItem trainingKnowledgeMenuItem() {
		return new MenuItem(99, "training.menu.knowledge", "/training/knowledge", "training:question:read");
	}

	/** The managers' inbox among the user's own entries (a learner who holds no manager certificate finds it empty). */
	@Bean
	MenuItem trainingInboxMenuItem() {
		return new MenuItem(102, "training.menu.inbox", "/training/inbox", "training:notice:read");
	}

	@Bean
	MenuItem trainingMineMenuItem() {
		return new MenuItem(101, "training.menu.mine", "/training/mine", "training:course:learn");
	}

}
