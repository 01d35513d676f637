package org.ohsonline.agency.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

import org.ohsonline.agency.AgencyRated;
import org.ohsonline.agency.CreditRatings;
import org.ohsonline.agency.RatingAdjustment;
import org.ohsonline.agency.RatingFilter;
import org.ohsonline.agency.RatingStatus;
import org.ohsonline.agency.RatingView;
import org.ohsonline.audit.AuditTarget;
import org.ohsonline.audit.AuditTrail;
import org.ohsonline.reference.CatalogVersion;
import org.ohsonline.reference.Catalogs;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.InvalidInputException;
import org.ohsonline.shared.InvalidInputException.FieldError;
import org.ohsonline.shared.NotFoundException;
import org.ohsonline.shared.Page;
import org.ohsonline.shared.PageQuery;
import org.ohsonline.shared.Scope;
import org.ohsonline.shared.ScopeFilter;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Computes, stores and explains credit ratings. A computation with the same outcome as the current rating only
 * marks it checked; another outcome becomes the current rating (the previous one stays as history), is audited
 * and published as {@link AgencyRated}. An adjustment belongs to the rating it was made on: a later rating
 * with another outcome stands without it.
 */
@Service
class RatingService implements CreditRatings {

	static final Actor RATER = Actor.system("agency-ratings");

	private static final java.time.ZoneId CHINA = java.time.ZoneId.of("Asia/Shanghai");

	private final RatingStore store;

	private final RatingFacts facts;

	private final AgencyStore agencies;

	private final Catalogs catalogs;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	RatingService(RatingStore store, RatingFacts facts, AgencyStore agencies, Catalogs catalogs, AuditTrail audit,
			ApplicationEventPublisher events, Clock clock) {
		this.store = store;
		this.facts = facts;
		this.agencies = agencies;
		this.catalogs = catalogs;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<RatingView> current(Actor actor, long agencyId) {
		actor.require(AgencyPermissions.RATING_READ);
		visible(actor, agencyId);
		return this.store.current(agencyId);
	}

	@Override
	@Transactional(readOnly = true)
	public List<RatingView> history(Actor actor, long agencyId) {
		actor.require(AgencyPermissions.RATING_READ);
		visible(actor, agencyId);
		return this.store.history(agencyId);
	}

	@Override
	@Transactional(readOnly = true)
	public Page<RatingView> search(Actor actor, RatingFilter filter, PageQuery page) {
		actor.require(AgencyPermissions.RATING_READ);
		RatingFilter f = filter == null ? RatingFilter.none() : filter;
		Optional<String> region = ScopeFilter.narrowRegion(actor, f.region());
		if (region.isEmpty()) {
			return Page.of(List.of(), 0, page);
		}
		ScopeFilter scope = ScopeFilter.of(actor);
		return Page.of(this.store.page(scope, region.get(), f, page), this.store.count(scope, region.get(), f), page);
	}

	@Override
	@Transactional(readOnly = true)
	public void forEach(Actor actor, RatingFilter filter, Consumer<RatingView> consumer) {
		actor.require(AgencyPermissions.RATING_READ);
		RatingFilter f = filter == null ? RatingFilter.none() : filter;
		ScopeFilter.narrowRegion(actor, f.region())
			.ifPresent(region -> this.store.forEach(ScopeFilter.of(actor), region, f, consumer));
	}

	@Override
	@Transactional
	public RatingView recompute(Actor actor, long agencyId) {
		actor.require(AgencyPermissions.RATING_ADJUST);
		AgencyStore.Row agency = supervised(actor, agencyId);
		return compute(actor, agency, "MANUAL");
	}

	@Override
	@Transactional
	public RatingView adjust(Actor actor, long agencyId, RatingAdjustment adjustment) {
		actor.require(AgencyPermissions.RATING_ADJUST);
		AgencyStore.Row agency = supervised(actor, agencyId);
		RatingView current = this.store.current(agencyId)
			.orElseThrow(() -> InvalidInputException.of("level", "agency.rating.notComputed"));
		List<FieldError> errors = new java.util.ArrayList<>();
		if (current.status() != RatingStatus.RATED) {
			// Adjusting a rating without its data would invent a score: "not rated yet" stays so.
			errors.add(FieldError.of("level", "agency.rating.adjustNotRated"));
		}
		if (adjustment == null || adjustment.level() == null) {
			errors.add(FieldError.of("level", "agency.rating.levelRequired"));
		}
		if (adjustment == null || adjustment.stars() == null || adjustment.stars() < 1 || adjustment.stars() > 5) {
			errors.add(FieldError.of("stars", "agency.rating.starsInvalid"));
		}
		String reason = adjustment == null || adjustment.reason() == null ? "" : adjustment.reason().trim();
		if (reason.isEmpty()) {
			errors.add(FieldError.of("reason", "agency.rating.reasonRequired"));
		}
		else if (reason.length() > 2000) {
			errors.add(FieldError.of("reason", "agency.rating.reasonTooLong"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		this.store.adjust(current.id(), adjustment.level(), adjustment.stars(), reason, actor.username(),
				Instant.now(this.clock));
		RatingView after = this.store.current(agencyId).orElseThrow();
		this.audit.record(actor, "agency.rating.adjusted", target(agency), snapshot(current), snapshot(after));
		this.events.publishEvent(new AgencyRated(agencyId, after.status(), after.level(), after.stars(), after.ratedOn()));
		return after;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<RatingView> published(long agencyId) {
		return this.store.current(agencyId);
	}

	/** Computes an organisation's rating by the platform's own run (schedule, events). */
	@Transactional
	public Optional<RatingView> refresh(long agencyId, String trigger) {
		return this.agencies.find(agencyId).map(agency -> compute(RATER, agency, trigger));
	}

	/** The ids of every organisation, for the daily run. */
	@Transactional(readOnly = true)
	public List<Long> everyAgency() {
		return this.agencies.ids();
	}

	private RatingView compute(Actor actor, AgencyStore.Row agency, String trigger) {
		this.agencies.lock(agency.id());
		LocalDate day = LocalDate.now(this.clock.withZone(CHINA));
		RatingRules rules = rules(day);
		RatingCalculator.Outcome outcome = RatingCalculator.rate(rules, agency.kind(),
				this.facts.measure(agency, rules, day));
		Instant now = Instant.now(this.clock);
		Optional<RatingView> current = this.store.current(agency.id());
		if (current.isPresent() && same(current.get(), rules, outcome)) {
			this.store.checked(current.get().id(), now);
			return current.get();
		}
		this.store.insert(agency.id(), day, now, trigger, rules, outcome);
		RatingView after = this.store.current(agency.id()).orElseThrow();
		// A supervisor's recomputation is audited; the platform's own (schedule, events) is kept with the rating
		// itself (trigger, computed at), as a derived record.
		if (!actor.username().equals(RATER.username())) {
			this.audit.record(actor, "agency.rating.computed", target(agency),
					current.map(RatingService::snapshot).orElse(null), snapshot(after));
		}
		this.events.publishEvent(new AgencyRated(agency.id(), after.status(), after.level(), after.stars(), day));
		return after;
	}

	private static boolean same(RatingView current, RatingRules rules, RatingCalculator.Outcome outcome) {
		return current.ruleVersionId() == rules.versionId() && current.status() == outcome.status()
				&& Objects.equals(current.computedLevel(), outcome.level())
				&& Objects.equals(current.computedStars(), outcome.stars())
				&& equal(current.score(), outcome.score()) && current.indicators().equals(outcome.indicators());
	}

	private static boolean equal(BigDecimal a, BigDecimal b) {
		return a == null ? b == null : b != null && a.compareTo(b) == 0;
	}

	RatingRules rules(LocalDate day) {
		CatalogVersion version = this.catalogs.versionInForce(RatingRules.CATALOG, day)
			.orElseThrow(() -> new IllegalStateException("No version of " + RatingRules.CATALOG + " is in force on " + day));
		return RatingRules.of(version.id(), version.edition(), this.catalogs.allEntries(version.id(), ""));
	}

	private AgencyStore.Row visible(Actor actor, long agencyId) {
		return this.agencies.find(ScopeFilter.of(actor), agencyId)
			.orElseThrow(() -> new NotFoundException("agency", agencyId));
	}

	/** An organisation of the supervisor's region: an organisation's own staff never rate themselves. */
	private AgencyStore.Row supervised(Actor actor, long agencyId) {
		AgencyStore.Row agency = visible(actor, agencyId);
		if (actor.scope().kind() != Scope.Kind.REGION || !actor.scope().coversRegion(agency.regionCode())) {
			throw new org.ohsonline.shared.AccessDeniedException(AgencyPermissions.RATING_ADJUST);
		}
		return agency;
	}

	static AuditTarget target(AgencyStore.Row agency) {
		return AuditTarget.of("agency", agency.id(), agency.regionCode());
	}

	private static Map<String, Object> snapshot(RatingView view) {
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("ratingId", view.id());
		state.put("status", view.status().name());
		state.put("score", view.score() == null ? null : view.score().toPlainString());
		state.put("level", view.level() == null ? null : view.level().name());
		state.put("stars", view.stars());
		state.put("ruleEdition", view.ruleEdition());
		state.put("ratedOn", view.ratedOn().toString());
		state.put("trigger", view.trigger());
		if (view.adjustment() != null) {
			state.put("adjustmentReason", view.adjustment().reason());
		}
		return state;
	}

}
