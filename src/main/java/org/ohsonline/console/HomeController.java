package org.ohsonline.console;

import java.time.Clock;
import java.time.LocalDate;

import org.ohsonline.audit.AuditQueries;
import org.ohsonline.iam.UserDirectory;
import org.ohsonline.reference.Divisions;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.PageQuery;
import org.ohsonline.shared.Scope;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The landing page per role (UI.md): the work queues and figures that modules contribute as
 * {@link org.ohsonline.shared.web.HomeCard}s, most urgent first, then the user's own account and
 * latest actions. The console knows no module's work; each card reads it in the user's scope.
 */
@Controller
class HomeController {

	static final String HOME = "console/home";

	private final HomeCards cards;

	private final UserDirectory users;

	private final AuditQueries audit;

	private final Divisions divisions;

	private final Clock clock;

	HomeController(HomeCards cards, UserDirectory users, AuditQueries audit, Divisions divisions, Clock clock) {
		this.cards = cards;
		this.users = users;
		this.audit = audit;
		this.divisions = divisions;
		this.clock = clock;
	}

	/** Which home page a user gets: the title above the cards. */
	enum Kind {

		ADMINISTRATOR, SUPERVISOR, REGIONAL, ACCOUNT

	}

	static Kind kindOf(Actor actor) {
		if (actor.can("iam:user:write")) {
			return Kind.ADMINISTRATOR;
		}
		if (actor.scope().kind() != Scope.Kind.REGION) {
			return Kind.ACCOUNT;
		}
		return actor.can("audit:entry:read") ? Kind.SUPERVISOR : Kind.REGIONAL;
	}

	@GetMapping("/")
	String home(Actor actor, Model model) {
		model.addAttribute("kind", kindOf(actor).name());
		model.addAttribute("account", this.users.account(actor));
		model.addAttribute("activity", this.audit.ownActivity(actor, PageQuery.of(1, 8)).items());
		model.addAttribute("today", LocalDate.now(this.clock));
		model.addAttribute("cards", this.cards.shown(actor));
		actor.scope()
			.regionPrefix()
			.ifPresent(prefix -> model.addAttribute("jurisdiction", prefix.isEmpty() ? "" : this.divisions.fullName(prefix)));
		return HOME;
	}

}
