package org.ohsonline.promotion.consultation.web;

import java.util.Set;

import org.ohsonline.promotion.consultation.Consultations;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.Scope;
import org.ohsonline.shared.web.HomeCard;
import org.ohsonline.shared.web.HomeCard.Line;
import org.ohsonline.shared.web.HomeCard.Urgency;
import org.ohsonline.shared.web.HomeCard.View;
import org.ohsonline.shared.web.MenuItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * 线上问诊 among the user's own entries (order 103: the promotion module has no menu group yet), the expert
 * team for supervisors, and a home card: an expert's unanswered requests, a supervisor's late or unrouted ones.
 */
@Configuration(proxyBeanMethods = false)
class ConsultationMenu {

	private final Consultations consultations;

	ConsultationMenu(Consultations consultations) {
		this.consultations = consultations;
	}

	@Bean
	MenuItem consultationsMenuItem() {
		return new MenuItem(103, "consultation.menu.requests", "/consultations", "consultation:request:read");
	}

	@Bean
	MenuItem consultationExpertsMenuItem() {
		return new MenuItem(104, "consultation.menu.experts", "/consultations/experts", "consultation:expert:write",
				Scope.Kind.REGION);
	}

	@Bean
	HomeCard consultationCard() {
		return HomeCard.of("consultation", "consultation.home.title", 60, "consultation:request:read",
				Set.of(Scope.Kind.REGION), this::view);
	}

	private View view(Actor actor) {
		if (!actor.can("consultation:request:answer") && !actor.can("consultation:request:supervise")) {
			return View.nothing();
		}
		long waiting = this.consultations.waiting(actor);
		boolean expert = actor.can("consultation:request:answer");
		return View.of(Line.count("consultation-waiting", expert ? "consultation.home.toAnswer" : "consultation.home.late",
				waiting, "/consultations", expert ? Urgency.TO_DO : Urgency.OVERDUE));
	}

}
