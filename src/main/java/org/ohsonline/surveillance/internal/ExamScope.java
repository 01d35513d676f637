package org.ohsonline.surveillance.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.ohsonline.shared.Actor;
import org.ohsonline.shared.Scope;

/**
 * An actor's scope as the parameters every exam query binds: a region prefix (supervisors), an
 * employer's credit code (its manager), an institution's credit code (its staff: only the exams it
 * recorded) or a worker's register id (the worker themself). Exactly one is set.
 */
record ExamScope(String prefix, String creditCode, String institutionCredit, Long workerId) {

	/** Exams and tasks visible to the scope ({@code t} has region_code, credit_code, institution_credit, worker_id). */
	static final String PREDICATE = """
			((cast(:scopePrefix as text) is not null and t.region_code like cast(:scopePrefix as text) || '%')
			 or (cast(:scopeCredit as text) is not null and t.credit_code = cast(:scopeCredit as text))
			 or (cast(:scopeInstitution as text) is not null and t.institution_credit = cast(:scopeInstitution as text))
			 or (cast(:scopeWorker as bigint) is not null and t.worker_id = cast(:scopeWorker as bigint)))""";

	/** Schedule items visible to the scope (institutions see none: due lists are the employer's duty). */
	static final String SCHEDULE_PREDICATE = """
			((cast(:scopePrefix as text) is not null and t.region_code like cast(:scopePrefix as text) || '%')
			 or (cast(:scopeCredit as text) is not null and t.credit_code = cast(:scopeCredit as text))
			 or (cast(:scopeWorker as bigint) is not null and t.worker_id = cast(:scopeWorker as bigint)))""";

	/**
	 * The scope of an actor.
	 * @param ownWorkerId the register id of a person-scoped actor, if the register has them
	 */
	static ExamScope of(Actor actor, Optional<Long> ownWorkerId) {
		Scope scope = actor.scope();
		return switch (scope.kind()) {
			case REGION -> new ExamScope(scope.value(), null, null, null);
			case EMPLOYER -> new ExamScope(null, scope.value(), null, null);
			case INSTITUTION -> new ExamScope(null, null, scope.value(), null);
			// A person the register does not know sees nothing: -1 is no worker's id.
			case PERSON -> new ExamScope(null, null, null, ownWorkerId.orElse(-1L));
			case AGENCY -> new ExamScope(null, null, null, -1L);
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
		parameters.put("scopeCredit", this.creditCode);
		parameters.put("scopeInstitution", this.institutionCredit);
		parameters.put("scopeWorker", this.workerId);
		return parameters;
	}

}
