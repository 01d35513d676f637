package org.ohsonline.declaration.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.ohsonline.shared.Actor;
import org.ohsonline.shared.Scope;

/**
 * An actor's scope as the parameters every query binds: a region prefix (supervisors) or an
 * employer's credit code (its manager); agencies, institutions and workers see no declarations.
 */
record DeclarationScope(String prefix, String creditCode) {

	/** Rows visible to the scope; {@code t} is the table alias (declaration or clock). */
	static final String PREDICATE = """
			((cast(:scopePrefix as text) is not null and t.region_code like cast(:scopePrefix as text) || '%')
			 or (cast(:scopeCredit as text) is not null and t.credit_code = cast(:scopeCredit as text)))""";

	static DeclarationScope of(Actor actor) {
		Scope scope = actor.scope();
		return switch (scope.kind()) {
			case REGION -> new DeclarationScope(scope.value(), null);
			case EMPLOYER -> new DeclarationScope(null, scope.value());
			case AGENCY, INSTITUTION, PERSON -> new DeclarationScope(null, null);
		};
	}

	/** The region prefix to query for a requested region, narrowed to the scope; empty when outside it. */
	static Optional<String> narrow(Actor actor, String requested) {
		if (actor.scope().kind() != Scope.Kind.REGION) {
			return Optional.of(requested == null ? "" : requested.trim());
		}
		return actor.scope().narrowRegion(requested);
	}

	boolean covers(String regionCode, String creditCode) {
		return (this.prefix != null && regionCode.startsWith(this.prefix))
				|| (this.creditCode != null && this.creditCode.equals(creditCode));
	}

	Map<String, Object> parameters() {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("scopePrefix", this.prefix);
		parameters.put("scopeCredit", this.creditCode);
		return parameters;
	}

}
