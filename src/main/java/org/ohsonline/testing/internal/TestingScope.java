package org.ohsonline.testing.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.ohsonline.shared.Actor;
import org.ohsonline.shared.Scope;

/**
 * An actor's scope as the parameters every job query binds: a region prefix (supervisors), an
 * employer's credit code (its manager) or an agency's credit code (its staff). Exactly one is set;
 * institutions and workers see no jobs.
 */
record TestingScope(String prefix, String employerCode, String agencyCode) {

	/** Jobs visible to the scope ({@code j} is the job alias). */
	static final String PREDICATE = """
			((cast(:scopePrefix as text) is not null and j.region_code like cast(:scopePrefix as text) || '%')
			 or (cast(:scopeEmployer as text) is not null and j.credit_code = cast(:scopeEmployer as text))
			 or (cast(:scopeAgency as text) is not null and j.agency_credit_code = cast(:scopeAgency as text)))""";

	static TestingScope of(Actor actor) {
		Scope scope = actor.scope();
		return switch (scope.kind()) {
			case REGION -> new TestingScope(scope.value(), null, null);
			case EMPLOYER -> new TestingScope(null, scope.value(), null);
			case AGENCY -> new TestingScope(null, null, scope.value());
			case INSTITUTION, PERSON -> new TestingScope(null, null, null);
		};
	}

	/** The region prefix to query for a requested region, narrowed to a regional scope; empty when outside. */
	static Optional<String> narrow(Actor actor, String requested) {
		if (actor.scope().kind() != Scope.Kind.REGION) {
			return Optional.of(requested == null ? "" : requested.trim());
		}
		return actor.scope().narrowRegion(requested);
	}

	Map<String, Object> parameters() {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("scopePrefix", this.prefix);
		parameters.put("scopeEmployer", this.employerCode);
		parameters.put("scopeAgency", this.agencyCode);
		return parameters;
	}

}
