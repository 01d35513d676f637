package org.ohsonline.surveillance.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.ohsonline.shared.Actor;
import org.ohsonline.shared.Scope;

/**
 * An actor's scope as the parameters every booking query binds: a region prefix (supervisors, by
 * the employer's region), an employer's credit code (its manager) or an institution's credit code
 * (its staff). Exactly one is set; agencies and workers see no bookings.
 */
record BookingScope(String prefix, String employerCredit, String institutionCredit) {

	/** Bookings visible to the scope ({@code b} is the booking alias). */
	static final String PREDICATE = """
			((cast(:scopePrefix as text) is not null and b.region_code like cast(:scopePrefix as text) || '%')
			 or (cast(:scopeEmployer as text) is not null and b.employer_credit_code = cast(:scopeEmployer as text))
			 or (cast(:scopeInstitution as text) is not null
			     and b.institution_credit_code = cast(:scopeInstitution as text)))""";

	static BookingScope of(Actor actor) {
		Scope scope = actor.scope();
		return switch (scope.kind()) {
			case REGION -> new BookingScope(scope.value(), null, null);
			case EMPLOYER -> new BookingScope(null, scope.value(), null);
			case INSTITUTION -> new BookingScope(null, null, scope.value());
			case AGENCY, PERSON -> new BookingScope(null, null, null);
		};
	}

	/** The region prefix to query for a requested region, narrowed to the scope; empty when outside it. */
	static Optional<String> narrow(Actor actor, String requested) {
		if (actor.scope().kind() != Scope.Kind.REGION) {
			return Optional.of(requested == null ? "" : requested.trim());
		}
		return actor.scope().narrowRegion(requested);
	}

	Map<String, Object> parameters() {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("scopePrefix", this.prefix);
		parameters.put("scopeEmployer", this.employerCredit);
		parameters.put("scopeInstitution", this.institutionCredit);
		return parameters;
	}

}
