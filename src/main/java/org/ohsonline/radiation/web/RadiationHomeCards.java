package org.ohsonline.radiation.web;

import java.util.Set;

import org.ohsonline.radiation.DoseRecords;
import org.ohsonline.radiation.RadiationFilter;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.PageQuery;
import org.ohsonline.shared.Scope;
import org.ohsonline.shared.web.HomeCard;
import org.ohsonline.shared.web.HomeCard.Line;
import org.ohsonline.shared.web.HomeCard.Urgency;
import org.ohsonline.shared.web.HomeCard.View;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Radiation on the home pages, counted as the lists count them: a dosimetry service's periods to enter (the gaps of
 * the workers it monitors), an employer's investigations to answer, and for supervisors and CDC staff the gaps and
 * alerts of their jurisdiction.
 */
@Configuration(proxyBeanMethods = false)
class RadiationHomeCards {

	private final DoseRecords doses;

	RadiationHomeCards(DoseRecords doses) {
		this.doses = doses;
	}

	@Bean
	HomeCard radiationAgencyCard() {
		return HomeCard.of("radiation-to-enter", "radiation.home.agency", 56, "radiation:dose:write", Set.of(Scope.Kind.AGENCY),
				this::toEnter);
	}

	@Bean
	HomeCard radiationEmployerCard() {
		return HomeCard.of("radiation-investigations", "radiation.home.employer", 56, "radiation:investigation:answer",
				Set.of(Scope.Kind.EMPLOYER), this::toAnswer);
	}

	@Bean
	HomeCard radiationRegionCard() {
		return HomeCard.of("radiation-gaps", "radiation.home.region", 56, "radiation:rate:read", Set.of(Scope.Kind.REGION),
				this::region);
	}

	private View toEnter(Actor actor) {
		long gaps = this.doses.gapCount(actor);
		return View.of(Line.count("radiation-periods-to-enter", "radiation.home.toEnter", gaps, "/radiation/gaps",
				gaps > 0 ? Urgency.OVERDUE : Urgency.INFO));
	}

	private View toAnswer(Actor actor) {
		long open = this.doses.openInvestigations(actor);
		if (open == 0 && this.doses.investigations(actor, RadiationFilter.none(), new PageQuery(1, 1)).total() == 0) {
			return View.nothing();
		}
		return View.of(Line.count("radiation-investigations-open", "radiation.home.toAnswer", open,
				"/radiation/investigations?status=OPEN", open > 0 ? Urgency.TO_DO : Urgency.INFO));
	}

	private View region(Actor actor) {
		long gaps = this.doses.gapCount(actor);
		long alerts = this.doses.alerts(actor, RadiationFilter.none(), new PageQuery(1, 1)).total();
		long open = this.doses.openInvestigations(actor);
		return View.of(
				Line.count("radiation-gaps", "radiation.home.gaps", gaps, "/radiation/gaps", gaps > 0 ? Urgency.OVERDUE : Urgency.INFO),
				Line.count("radiation-open-investigations", "radiation.home.openInvestigations", open,
						"/radiation/investigations?status=OPEN", open > 0 ? Urgency.TO_DO : Urgency.INFO),
				Line.count("radiation-alerts", "radiation.home.alerts", alerts, "/radiation/alerts", alerts > 0 ? Urgency.OVERDUE : Urgency.INFO));
	}

}
