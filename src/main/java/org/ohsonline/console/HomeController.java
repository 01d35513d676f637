package org.ohsonline.console;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import org.ohsonline.audit.AuditQueries;
import org.ohsonline.iam.UserDirectory;
import org.ohsonline.reference.Catalogs;
import org.ohsonline.reference.Divisions;
import org.ohsonline.registry.EmployerFilter;
import org.ohsonline.registry.EmployerSummary;
import org.ohsonline.registry.Employers;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.PageQuery;
import org.ohsonline.shared.Scope;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The landing page per role (UI.md): administrators see the platform's accounts and catalogs,
 * supervisors their jurisdiction, everyone else their own account. Every figure is a query.
 */
@Controller
class HomeController {

	static final String HOME = "console/home";

	private final UserDirectory users;

	private final AuditQueries audit;

	private final Divisions divisions;

	private final Catalogs catalogs;

	private final Employers employers;

	private final Clock clock;

	HomeController(UserDirectory users, AuditQueries audit, Divisions divisions, Catalogs catalogs, Employers employers,
			Clock clock) {
		this.employers = employers;
		this.users = users;
		this.audit = audit;
		this.divisions = divisions;
		this.catalogs = catalogs;
		this.clock = clock;
	}

	/** Which home page a user gets. */
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
		Kind kind = kindOf(actor);
		model.addAttribute("kind", kind.name());
		model.addAttribute("account", this.users.account(actor));
		model.addAttribute("activity", this.audit.ownActivity(actor, PageQuery.of(1, 8)).items());
		model.addAttribute("today", LocalDate.now(this.clock));
		actor.scope().regionPrefix().ifPresent(prefix -> {
			model.addAttribute("jurisdiction", prefix.isEmpty() ? "" : this.divisions.fullName(prefix));
			model.addAttribute("divisionCounts", this.divisions.countWithin(prefix));
		});
		if (kind == Kind.ADMINISTRATOR || kind == Kind.SUPERVISOR) {
			model.addAttribute("userStatistics", this.users.statistics(actor));
			model.addAttribute("auditWeek",
					this.audit.countSince(actor, Instant.now(this.clock).minus(Duration.ofDays(7))));
		}
		if (actor.can("registry:employer:read")) {
			model.addAttribute("register", registerFigures(actor));
		}
		if (kind == Kind.ADMINISTRATOR) {
			model.addAttribute("catalogs", this.catalogs.catalogs()
				.stream()
				.map(c -> new CatalogLine(c.code(), c.nameZh(), c.nameEn(),
						this.catalogs.versionInForce(c.code(), LocalDate.now(this.clock)).orElse(null)))
				.toList());
		}
		return HOME;
	}

	/**
	 * The employers the actor may see: how many, how many in serious-hazard industries, how many
	 * in production; for an employer's manager, their own employer.
	 */
	record RegisterFigures(boolean regional, long employers, long serious, long general, long inProduction,
			EmployerSummary own) {
	}

	private RegisterFigures registerFigures(Actor actor) {
		PageQuery one = PageQuery.of(1, 1);
		var all = this.employers.search(actor, EmployerFilter.none(), one);
		return new RegisterFigures(actor.scope().kind() == Scope.Kind.REGION, all.total(), countWith(actor, "SERIOUS", null), countWith(actor, "GENERAL", null),
				countWith(actor, null, "IN_PRODUCTION"),
				actor.scope().kind() == Scope.Kind.EMPLOYER && !all.items().isEmpty() ? all.items().get(0) : null);
	}

	private long countWith(Actor actor, String severity, String status) {
		return this.employers.search(actor, new EmployerFilter(null, null, null, null, severity, status, null),
				PageQuery.of(1, 1)).total();
	}

	/** A catalog and its version in force, for the administrator's home. */
	record CatalogLine(String code, String nameZh, String nameEn, org.ohsonline.reference.CatalogVersion inForce) {
	}

}
