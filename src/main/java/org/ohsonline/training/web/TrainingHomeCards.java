package org.ohsonline.training.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.ohsonline.registry.Employers;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.Scope;
import org.ohsonline.shared.web.HomeCard;
import org.ohsonline.shared.web.HomeCard.Label;
import org.ohsonline.shared.web.HomeCard.Line;
import org.ohsonline.shared.web.HomeCard.Urgency;
import org.ohsonline.shared.web.HomeCard.View;
import org.ohsonline.training.EnrolmentView;
import org.ohsonline.training.Learning;
import org.ohsonline.training.RateLine;
import org.ohsonline.training.TrainingRates;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Training on the home pages: the learner's own courses in progress and certificates (the user's own card),
 * and an employer's training rates with how many are missing, counted as the rates page counts them.
 */
@Configuration(proxyBeanMethods = false)
class TrainingHomeCards {

	private final Learning learning;

	private final TrainingRates rates;

	private final Employers employers;

	private final org.ohsonline.training.ManagerNotices notices;

	TrainingHomeCards(Learning learning, TrainingRates rates, Employers employers,
			org.ohsonline.training.ManagerNotices notices) {
		this.notices = notices;
		this.learning = learning;
		this.rates = rates;
		this.employers = employers;
	}

	@Bean
	HomeCard trainingMineCard() {
		return HomeCard.of("training-mine", "training.home.mine", 105, "training:course:learn", Set.of(), this::mine);
	}

	@Bean
	HomeCard trainingEmployerCard() {
		return HomeCard.of("training-rates", "training.home.rates", 70, "training:rate:read", Set.of(Scope.Kind.EMPLOYER),
				this::employerRates);
	}

	/** A certified manager's notices: how many are not opened yet; no card for who has never received one. */
	@Bean
	HomeCard trainingNoticesCard() {
		return HomeCard.of("training-notices", "training.home.notices", 104, "training:notice:read", Set.of(),
				this::notices);
	}

	private View notices(Actor actor) {
		long unread = this.notices.unreadCount(actor);
		if (unread == 0 && this.notices.inbox(actor, new org.ohsonline.shared.PageQuery(1, 1)).total() == 0) {
			return View.nothing();
		}
		return View.of(Line.count("training-notices-unread", "training.home.noticesUnread", unread, "/training/inbox",
				Urgency.TO_DO));
	}

	private View mine(Actor actor) {
		List<EnrolmentView> mine = this.learning.mine(actor);
		if (mine.isEmpty()) {
			return View.nothing();
		}
		long inProgress = mine.stream().filter(e -> e.certificate() == null).count();
		long certificates = mine.size() - inProgress;
		return View.of(Line.count("training-in-progress", "training.home.inProgress", inProgress, "/training/mine",
				inProgress > 0 ? Urgency.TO_DO : Urgency.INFO),
				Line.figure("training-certificates", "training.home.certificates", certificates, "/training/mine"));
	}

	private View employerRates(Actor actor) {
		return this.employers.byCreditCode(actor.scope().value()).map(employer -> {
			List<Line> lines = new ArrayList<>();
			for (RateLine line : this.rates.ofEmployer(actor, employer.id()).lines()) {
				lines.add(Line.item("training-rate-" + line.audience().name(),
						line.missing().isEmpty() ? Urgency.INFO : Urgency.TO_DO, "training.home.rateLine",
						"/training/rates/employers/" + employer.id(), Label.key("training.audience." + line.audience()),
						line.numerator(), line.denominator()));
			}
			return View.of(lines);
		}).orElse(View.nothing());
	}

}
