package org.ohsonline.agency.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.ohsonline.agency.AgencyKind;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.Scope;

/**
 * An actor's scope as the parameters every agency query binds: a region prefix (supervisors), or
 * an organisation's credit code with the kinds its staff act for (an {@code AGENCY} user is the
 * service agency, an {@code INSTITUTION} user the exam or diagnosis institution of that code).
 * Employers and workers see no agencies here.
 */
record AgencyScope(String prefix, String creditCode, AgencyKind kindA, AgencyKind kindB) {

	/** Agencies visible to the scope ({@code a} is the agency alias). */
	static final String PREDICATE = """
			((cast(:scopePrefix as text) is not null and a.region_code like cast(:scopePrefix as text) || '%')
			 or (cast(:scopeCredit as text) is not null and a.credit_code = cast(:scopeCredit as text)
			     and a.kind in (cast(:scopeKindA as text), cast(:scopeKindB as text))))""";

	static AgencyScope of(Actor actor) {
		Scope scope = actor.scope();
		return switch (scope.kind()) {
			case REGION -> new AgencyScope(scope.value(), null, null, null);
			case AGENCY -> new AgencyScope(null, scope.value(), AgencyKind.SERVICE_AGENCY, AgencyKind.SERVICE_AGENCY);
			case INSTITUTION -> new AgencyScope(null, scope.value(), AgencyKind.EXAM_INSTITUTION,
					AgencyKind.DIAGNOSIS_INSTITUTION);
			case EMPLOYER, PERSON -> new AgencyScope(null, null, null, null);
		};
	}

	/** The region prefix to query for a requested region, narrowed to a regional scope. */
	static Optional<String> narrow(Actor actor, String requested) {
		if (actor.scope().kind() != Scope.Kind.REGION) {
			return Optional.of(requested == null ? "" : requested.trim());
		}
		return actor.scope().narrowRegion(requested);
	}

	Map<String, Object> parameters() {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("scopePrefix", this.prefix);
		parameters.put("scopeCredit", this.creditCode);
		parameters.put("scopeKindA", this.kindA == null ? null : this.kindA.name());
		parameters.put("scopeKindB", this.kindB == null ? null : this.kindB.name());
		return parameters;
	}

}
