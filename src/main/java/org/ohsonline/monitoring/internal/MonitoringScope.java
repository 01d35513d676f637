package org.ohsonline.monitoring.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.ohsonline.shared.Actor;
import org.ohsonline.shared.Scope;

/**
 * An actor's scope as the two parameters every monitoring query binds: a region prefix or an
 * employer's credit code; exactly one is set. Other scopes (agencies, institutions, persons) see
 * nothing here, which the predicate gives by leaving both null.
 */
record MonitoringScope(String prefix, String creditCode) {

	/** Rows visible to the scope; {@code x} is the alias of a table with region_code and employer_credit_code. */
	static String predicate(String alias) {
		return "((cast(:scopePrefix as text) is not null and " + alias
				+ ".region_code like cast(:scopePrefix as text) || '%') or (cast(:scopeCredit as text) is not null and "
				+ alias + ".employer_credit_code = cast(:scopeCredit as text)))";
	}

	static MonitoringScope of(Actor actor) {
		Scope scope = actor.scope();
		return switch (scope.kind()) {
			case REGION -> new MonitoringScope(scope.value(), null);
			case EMPLOYER -> new MonitoringScope(null, scope.value());
			case AGENCY, INSTITUTION, PERSON -> new MonitoringScope(null, null);
		};
	}

	/** The region prefix to query for a requested region, narrowed to the scope; empty when outside. */
	static Optional<String> narrow(Actor actor, String requested) {
		if (actor.scope().kind() != Scope.Kind.REGION) {
			return Optional.of("");
		}
		return actor.scope().narrowRegion(requested);
	}

	boolean covers(String regionCode, String employerCreditCode) {
		return (this.prefix != null && regionCode.startsWith(this.prefix))
				|| (this.creditCode != null && this.creditCode.equals(employerCreditCode));
	}

	Map<String, Object> parameters() {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("scopePrefix", this.prefix);
		parameters.put("scopeCredit", this.creditCode);
		return parameters;
	}

}
