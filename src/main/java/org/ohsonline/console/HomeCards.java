package org.ohsonline.console;

import java.util.Comparator;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.ohsonline.shared.Actor;
import org.ohsonline.shared.web.HomeCard;

import org.springframework.stereotype.Component;

/**
 * The cards that modules contribute to the home page: those the actor may see, each with its view
 * read in the actor's scope, most urgent first. One card failing (a module's bug, a query timing
 * out) shows as unavailable instead of taking the whole home page, which everyone lands on, down.
 */
@Component
class HomeCards {

	private static final Logger log = LoggerFactory.getLogger(HomeCards.class);

	private final List<HomeCard> cards;

	HomeCards(List<HomeCard> cards) {
		this.cards = cards.stream().sorted(Comparator.comparingInt(HomeCard::order).thenComparing(HomeCard::key)).toList();
	}

	/**
	 * A card as shown: its view, or {@code null} with {@code failed} set when it could not be read.
	 */
	record Shown(HomeCard card, HomeCard.View view, boolean failed) {

		public String key() {
			return this.card.key();
		}

		public HomeCard.Urgency urgency() {
			return this.view == null ? HomeCard.Urgency.INFO : this.view.urgency();
		}

	}

	/** Cards from this order on are the administration's (80–99) and the user's own (100 and above). */
	static final int ADMINISTRATION = 80;

	/**
	 * The cards the actor sees, in order (visibility only; nothing is read). An administrator holds
	 * every permission but supervises nothing: they get the administration cards and their own.
	 */
	List<HomeCard> visible(Actor actor) {
		boolean administrator = HomeController.kindOf(actor) == HomeController.Kind.ADMINISTRATOR;
		return this.cards.stream()
			.filter(card -> !administrator || card.order() >= ADMINISTRATION)
			.filter(card -> card.visibleTo(actor))
			.toList();
	}

	/** The visible cards with their views, most urgent first, then in their order. */
	List<Shown> shown(Actor actor) {
		return visible(actor).stream()
			.map(card -> show(card, actor))
			.filter(shown -> shown.failed() || !shown.view().isNothing())
			.sorted(Comparator.comparing(Shown::urgency).thenComparingInt(s -> s.card().order()))
			.toList();
	}

	private static Shown show(HomeCard card, Actor actor) {
		try {
			return new Shown(card, card.view(actor), false);
		}
		catch (RuntimeException ex) {
			log.warn("Home card {} could not be read for {}", card.key(), actor.username(), ex);
			return new Shown(card, null, true);
		}
	}

}
