package org.ohsonline.promotion.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.ohsonline.promotion.ApplicationFilter;
import org.ohsonline.promotion.ApplicationStatus;
import org.ohsonline.promotion.HealthyApplicationSummary;
import org.ohsonline.promotion.HealthyEnterprises;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.PageQuery;
import org.ohsonline.shared.Scope;
import org.ohsonline.promotion.ChampionSummary;
import org.ohsonline.promotion.Champions;
import org.ohsonline.promotion.NominationStatus;
import org.ohsonline.shared.web.HomeCard;
import org.ohsonline.shared.web.HomeCard.Label;
import org.ohsonline.shared.web.HomeCard.Line;
import org.ohsonline.shared.web.HomeCard.Urgency;
import org.ohsonline.shared.web.HomeCard.View;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Healthy enterprises and health champions on the home pages: an employer sees where its applications and its
 * nominations stand; a supervisor the applications reviewed and the nominations waiting for a decision; the expert
 * panel the applications submitted and the reviewers the nominations waiting for their scores — counted as the lists
 * count them.
 */
@Configuration(proxyBeanMethods = false)
class PromotionHomeCards {

	private final HealthyEnterprises healthy;

	private final Champions champions;

	PromotionHomeCards(HealthyEnterprises healthy, Champions champions) {
		this.healthy = healthy;
		this.champions = champions;
	}

	@Bean
	HomeCard championEmployerCard() {
		return HomeCard.of("promotion-champions-mine", "promotion.home.championsMine", 73, "promotion:champion:nominate",
				Set.of(Scope.Kind.EMPLOYER), this::nominations);
	}

	@Bean
	HomeCard championReviewCard() {
		return HomeCard.of("promotion-champions-review", "promotion.home.championsReview", 73, "promotion:champion:review",
				Set.of(Scope.Kind.REGION), actor -> nominated(actor, "promotion.home.championsToScore"));
	}

	@Bean
	HomeCard championDecideCard() {
		return HomeCard.of("promotion-champions-decide", "promotion.home.championsDecide", 73, "promotion:champion:decide",
				Set.of(Scope.Kind.REGION), actor -> nominated(actor, "promotion.home.championsToDecide"));
	}

	private View nominations(Actor actor) {
		List<ChampionSummary> mine = this.champions.search(actor, null, null, null, PageQuery.of(1, 3)).items();
		if (mine.isEmpty()) {
			return View.of(Line.item("promotion-nominate", Urgency.INFO, "promotion.home.nominate", "/promotion/champions"));
		}
		List<Line> lines = new ArrayList<>();
		for (ChampionSummary c : mine) {
			lines.add(Line.item("promotion-nomination-" + c.id(), Urgency.INFO, "promotion.home.nomination",
					"/promotion/champions/" + c.id(), Label.text(c.nomineeName()), c.year(),
					Label.key("promotion.nomination." + c.status())));
		}
		return View.of(lines.toArray(Line[]::new));
	}

	/** Nominations still open in scope: what reviewers score and supervisors decide (the list's own count). */
	private View nominated(Actor actor, String labelKey) {
		long count = this.champions.search(actor, null, null, NominationStatus.NOMINATED, PageQuery.of(1, 1)).total();
		return View.of(Line.count("promotion-champions-nominated", labelKey, count,
				"/promotion/champions?status=" + NominationStatus.NOMINATED.name(), count > 0 ? Urgency.TO_DO : Urgency.INFO));
	}

	@Bean
	HomeCard promotionEmployerCard() {
		return HomeCard.of("promotion-healthy-mine", "promotion.home.mine", 72, "promotion:healthy:apply",
				Set.of(Scope.Kind.EMPLOYER), this::employer);
	}

	@Bean
	HomeCard promotionDecideCard() {
		return HomeCard.of("promotion-healthy-decide", "promotion.home.decide", 72, "promotion:healthy:decide",
				Set.of(Scope.Kind.REGION), actor -> waiting(actor, ApplicationStatus.REVIEWED, "promotion.home.toDecide"));
	}

	@Bean
	HomeCard promotionReviewCard() {
		return HomeCard.of("promotion-healthy-review", "promotion.home.review", 72, "promotion:healthy:review",
				Set.of(Scope.Kind.REGION), actor -> waiting(actor, ApplicationStatus.SUBMITTED, "promotion.home.toReview"));
	}

	private View employer(Actor actor) {
		List<HealthyApplicationSummary> mine = this.healthy.search(actor, ApplicationFilter.none(), PageQuery.of(1, 3)).items();
		if (mine.isEmpty()) {
			return View.of(Line.item("promotion-apply", Urgency.INFO, "promotion.home.apply", "/promotion/healthy"));
		}
		List<Line> lines = new ArrayList<>();
		for (HealthyApplicationSummary a : mine) {
			lines.add(Line.item("promotion-application-" + a.id(),
					a.status() == ApplicationStatus.DRAFT ? Urgency.TO_DO : Urgency.INFO, "promotion.home.application",
					"/promotion/healthy/" + a.id(), a.year(), Label.key("promotion.status." + a.status())));
		}
		return View.of(lines.toArray(Line[]::new));
	}

	private View waiting(Actor actor, ApplicationStatus status, String labelKey) {
		long count = this.healthy.count(actor, new ApplicationFilter(null, null, status, null));
		return View.of(Line.count("promotion-" + status.name().toLowerCase(), labelKey, count,
				"/promotion/healthy?status=" + status.name(), count > 0 ? Urgency.TO_DO : Urgency.INFO));
	}

}
