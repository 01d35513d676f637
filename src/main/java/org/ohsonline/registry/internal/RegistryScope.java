package org.ohsonline.registry.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.ohsonline.shared.Actor;
import org.ohsonline.shared.Scope;

/**
 * An actor's scope as the three parameters every register query binds: a region prefix, an
 * employer's credit code, or a person's blind index — exactly one is set, the others are null, so
 * one parameterised predicate serves every kind of scope.
 */
record RegistryScope(String prefix, String creditCode, String person) {

	/** Employers visible to the scope ({@code e} is the employer alias). */
	static final String EMPLOYER_PREDICATE = """
			((cast(:scopePrefix as text) is not null and e.region_code like cast(:scopePrefix as text) || '%')
			 or (cast(:scopeCredit as text) is not null and e.credit_code = cast(:scopeCredit as text)))""";

	/** Workers visible to the scope ({@code w} is the worker alias). */
	static final String WORKER_PREDICATE = """
			((cast(:scopePerson as text) is not null and w.id_number_index = cast(:scopePerson as text))
			 or exists (select 1 from registry.employment sm
			            join registry.employer se on se.id = sm.employer_id
			            left join registry.employer sh on sh.id = sm.host_employer_id
			            where sm.worker_id = w.id and (
			              (cast(:scopePrefix as text) is not null
			                and (sm.region_code like cast(:scopePrefix as text) || '%'
			                     or sh.region_code like cast(:scopePrefix as text) || '%'))
			              or (cast(:scopeCredit as text) is not null
			                and (se.credit_code = cast(:scopeCredit as text) or sh.credit_code = cast(:scopeCredit as text))))))""";

	static RegistryScope of(Actor actor) {
		Scope scope = actor.scope();
		return switch (scope.kind()) {
			case REGION -> new RegistryScope(scope.value(), null, null);
			case EMPLOYER -> new RegistryScope(null, scope.value(), null);
			case PERSON -> new RegistryScope(null, null, scope.value());
			// Agencies and institutions see employers through engagements (later modules), not here.
			case AGENCY, INSTITUTION -> new RegistryScope(null, null, null);
		};
	}

	/** The region prefix to query for a requested region, narrowed to the scope. */
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
		parameters.put("scopePerson", this.person);
		return parameters;
	}

}
