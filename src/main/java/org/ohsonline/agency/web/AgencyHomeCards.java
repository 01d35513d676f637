package org.ohsonline.agency.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.ohsonline.agency.AgencyFilter;
import org.ohsonline.agency.AgencyRef;
import org.ohsonline.agency.Agencies;
import org.ohsonline.agency.Blacklist;
import org.ohsonline.agency.BlacklistStatus;
import org.ohsonline.agency.EngagementStatus;
import org.ohsonline.agency.EngagementView;
import org.ohsonline.agency.Engagements;
import org.ohsonline.agency.OwnOrganisations;
import org.ohsonline.agency.QualificationState;
import org.ohsonline.agency.QualitySampleFilter;
import org.ohsonline.agency.ReportQuality;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.Deadline;
import org.ohsonline.shared.PageQuery;
import org.ohsonline.shared.Scope;
import org.ohsonline.shared.web.HomeCard;
import org.ohsonline.shared.web.HomeCard.Label;
import org.ohsonline.shared.web.HomeCard.Line;
import org.ohsonline.shared.web.HomeCard.Urgency;
import org.ohsonline.shared.web.HomeCard.View;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Agencies and institutions on the home pages: engagements proposed to an employer and awaiting
 * its answer; an organisation's own qualification clock and its proposals still unanswered; the
 * qualifications expiring in a commission's region.
 */
@Configuration(proxyBeanMethods = false)
class AgencyHomeCards {

	private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	/** A qualification takes months to renew: from this many days before its end it is work to do. */
	static final int RENEWAL_DAYS = 90;

	private final Engagements engagements;

	private final OwnOrganisations organisations;

	private final Agencies agencies;

	private final Clock clock;

	private final Blacklist blacklist;

	private final ReportQuality quality;

	AgencyHomeCards(Engagements engagements, OwnOrganisations organisations, Agencies agencies, Clock clock,
			Blacklist blacklist, ReportQuality quality) {
		this.quality = quality;
		this.blacklist = blacklist;
		this.engagements = engagements;
		this.organisations = organisations;
		this.agencies = agencies;
		this.clock = clock;
	}

	@Bean
	HomeCard employerEngagementsCard() {
		return HomeCard.of("engagements-employer", "agency.home.employer", 70, "agency:engagement:accept",
				Set.of(Scope.Kind.EMPLOYER), actor -> {
					List<EngagementView> proposed = this.engagements.list(actor, EngagementStatus.PROPOSED);
					Line line = Line.count("engagements-proposed", "agency.home.proposedToYou", proposed.size(),
							"/engagements?status=PROPOSED", Urgency.TO_DO);
					return View.of(proposed.isEmpty() ? line
							: line.withDetail("agency.home.proposedBy", proposed.get(0).agencyName(),
									Label.key("agency.service." + proposed.get(0).serviceType().name())));
				});
	}

	@Bean
	HomeCard ownOrganisationCard() {
		return HomeCard.of("organisation-own", "agency.home.own", 70, "agency:agency:read",
				Set.of(Scope.Kind.AGENCY, Scope.Kind.INSTITUTION), this::own);
	}

	@Bean
	HomeCard regionQualificationsCard() {
		return HomeCard.of("qualifications-region", "agency.home.region", 70, "agency:agency:write",
				Set.of(Scope.Kind.REGION), actor -> View.of(
						Line.count("qualifications-expired", "agency.home.expired",
								count(actor, QualificationState.EXPIRED), "/agencies?status=ACTIVE&qualification=EXPIRED",
								Urgency.OVERDUE),
						Line.count("qualifications-expiring", "agency.home.expiring",
								count(actor, QualificationState.EXPIRING),
								"/agencies?status=ACTIVE&qualification=EXPIRING", Urgency.DUE_SOON)));
	}

	/** 黑名单: proposals (by supervisors or triggers) waiting for a decision, and entries in force, in the region. */
	@Bean
	HomeCard regionBlacklistCard() {
		return HomeCard.of("blacklist-region", "agency.home.blacklist", 73, "agency:blacklist:write",
				Set.of(Scope.Kind.REGION), actor -> View.of(
						Line.count("blacklist-proposed", "agency.home.blacklistProposed",
								countEntries(actor, BlacklistStatus.PROPOSED), "/blacklist?status=PROPOSED", Urgency.TO_DO),
						Line.count("blacklist-in-force", "agency.home.blacklistInForce",
								countEntries(actor, BlacklistStatus.IN_FORCE), "/blacklist?status=IN_FORCE", Urgency.INFO)));
	}

	/** 报告抽查: sampled reports awaiting review, and those whose answered findings await closing, in the region. */
	@Bean
	HomeCard regionQualityCard() {
		return HomeCard.of("quality-review", "agency.home.quality", 74, "agency:quality:review",
				Set.of(Scope.Kind.REGION), actor -> View.of(
						Line.count("quality-awaiting-review", "agency.home.qualityAwaitingReview",
								this.quality.awaitingReview(actor), "/agencies/quality?status=DRAWN", Urgency.TO_DO),
						Line.count("quality-answered", "agency.home.qualityAnswered",
								this.quality.samples(actor, new QualitySampleFilter(null, null, null, null, null, "ANSWERED", null),
										PageQuery.of(1, 1)).total(),
								"/agencies/quality?findings=ANSWERED", Urgency.TO_DO)));
	}

	/** 报告抽查: an organisation's sampled reports with findings awaiting its answer. */
	@Bean
	HomeCard ownQualityCard() {
		return HomeCard.of("quality-own", "agency.home.qualityOwn", 71, "agency:quality:answer",
				Set.of(Scope.Kind.AGENCY, Scope.Kind.INSTITUTION), actor -> View.of(
						Line.count("quality-awaiting-answer", "agency.home.qualityAwaitingAnswer",
								this.quality.awaitingAnswer(actor), "/agencies/quality?findings=OPEN", Urgency.TO_DO)));
	}

	/** Every entry counted (not a capped list). */
	private long countEntries(Actor actor, BlacklistStatus status) {
		long[] count = { 0 };
		this.blacklist.forEach(actor, status, null, entry -> count[0]++);
		return count[0];
	}

	private View own(Actor actor) {
		LocalDate today = LocalDate.now(this.clock.withZone(ZONE));
		List<Line> lines = new ArrayList<>();
		for (AgencyRef organisation : this.organisations.own(actor)) {
			Deadline deadline = Deadline.of(organisation.validTo(), today);
			Urgency urgency = deadline.daysLeft() <= RENEWAL_DAYS ? Urgency.of(deadline) : Urgency.INFO;
			lines.add(Line.item("qualification-" + organisation.kind().name(), urgency, "agency.home.qualification",
					"/agencies/" + organisation.id(), Label.key("agency.kind." + organisation.kind().name()))
				.withDeadline(deadline)
				.withDetail("agency.home.status", Label.key("agency.status." + organisation.status().name())));
		}
		long proposed = this.engagements.list(actor, EngagementStatus.PROPOSED).size();
		lines.add(Line.count("engagements-awaiting", "agency.home.awaitingEmployers", proposed,
				"/engagements?status=PROPOSED", Urgency.INFO));
		return View.of(lines).withNote("agency.home.renewalNote", RENEWAL_DAYS);
	}

	private long count(Actor actor, QualificationState state) {
		return this.agencies.search(actor, new AgencyFilter(null, null, null, "ACTIVE", state.name(), null, null),
				PageQuery.of(1, 1)).total();
	}

}
