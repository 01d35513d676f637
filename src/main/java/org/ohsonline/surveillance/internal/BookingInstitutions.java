package org.ohsonline.surveillance.internal;

import org.ohsonline.agency.AgencyKind;
import org.ohsonline.agency.AgencyRef;
import org.ohsonline.agency.Agencies;
import org.ohsonline.registry.Employers;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.NotFoundException;
import org.ohsonline.shared.Scope;

import org.springframework.stereotype.Component;

/**
 * The exam institution a calendar is about, as the actor may name it: an institution's staff only
 * their own (the first exam institution of their credit code when none is named); an employer's
 * manager or a supervisor names one; agencies and workers none.
 */
@Component
class BookingInstitutions {

	private final Agencies agencies;

	private final Employers employers;

	BookingInstitutions(Agencies agencies, Employers employers) {
		this.agencies = agencies;
		this.employers = employers;
	}

	AgencyRef resolve(Actor actor, Long institutionId) {
		if (actor.scope().kind() == Scope.Kind.INSTITUTION) {
			return this.agencies.ownedBy(actor.scope())
				.stream()
				.filter(a -> a.kind() == AgencyKind.EXAM_INSTITUTION)
				.filter(a -> institutionId == null || a.id() == institutionId)
				.findFirst()
				.orElseThrow(() -> new NotFoundException("institution", institutionId));
		}
		if (institutionId == null || actor.scope().kind() == Scope.Kind.AGENCY
				|| actor.scope().kind() == Scope.Kind.PERSON) {
			throw new NotFoundException("institution", institutionId);
		}
		return this.agencies.reference(institutionId)
			.filter(a -> a.kind() == AgencyKind.EXAM_INSTITUTION)
			.filter(a -> mayBook(actor, a))
			.orElseThrow(() -> new NotFoundException("institution", institutionId));
	}

	/**
	 * Whether the institution's calendar is the actor's business: a supervisor's for institutions of
	 * their region, an employer's for those of its city (where the booking form offers them).
	 */
	private boolean mayBook(Actor actor, AgencyRef institution) {
		if (actor.channel() == Actor.Channel.SYSTEM || actor.scope().coversRegion(institution.regionCode())) {
			return true;
		}
		return actor.scope().kind() == Scope.Kind.EMPLOYER && this.employers.byCreditCode(actor.scope().value())
			.map(e -> institution.regionCode().startsWith(e.regionCode().substring(0, Math.min(4, e.regionCode().length()))))
			.orElse(false);
	}

	/**
	 * Whether the actor may change the institution's calendar: its own staff, or a regional actor whose
	 * region covers the institution's.
	 */
	static boolean keeps(Actor actor, AgencyRef institution) {
		return switch (actor.scope().kind()) {
			case INSTITUTION -> institution.creditCode().equals(actor.scope().value());
			case REGION -> actor.scope().coversRegion(institution.regionCode());
			default -> actor.channel() == Actor.Channel.SYSTEM;
		};
	}

}
