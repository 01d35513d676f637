package org.ohsonline.diagnosis.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.ohsonline.shared.Actor;
import org.ohsonline.shared.Scope;

/**
 * An actor's scope as the parameters every query binds — exactly one is set: a region prefix
 * (supervisors: cases of employers in their region), an employer's credit code (its manager), an
 * institution's credit code (its staff: cases at that institution; station staff: their station),
 * or a worker's registry id (a worker: their own cases). Agencies see nothing.
 */
record DiagnosisScope(String prefix, String creditCode, String institutionCode, Long workerId) {

	/** Cases visible to the scope ({@code c} is the case alias). */
	static final String CASE_PREDICATE = """
			((cast(:scopePrefix as text) is not null and c.region_code like cast(:scopePrefix as text) || '%')
			 or (cast(:scopeCredit as text) is not null and c.credit_code = cast(:scopeCredit as text))
			 or (cast(:scopeInstitution as text) is not null and c.institution_credit_code = cast(:scopeInstitution as text))
			 or (cast(:scopeWorker as bigint) is not null and c.worker_id = cast(:scopeWorker as bigint)))""";

	/** Referrals visible to the scope ({@code r} is the referral alias); institutions see none. */
	static final String REFERRAL_PREDICATE = """
			((cast(:scopePrefix as text) is not null and r.region_code like cast(:scopePrefix as text) || '%')
			 or (cast(:scopeCredit as text) is not null and r.credit_code = cast(:scopeCredit as text))
			 or (cast(:scopeWorker as bigint) is not null and r.worker_id = cast(:scopeWorker as bigint)))""";

	static final DiagnosisScope NONE = new DiagnosisScope(null, null, null, null);

	/** Built by {@link Scopes}, which resolves a worker's own registry id. */
	static DiagnosisScope of(Actor actor, Optional<Long> ownWorkerId) {
		Scope scope = actor.scope();
		return switch (scope.kind()) {
			case REGION -> new DiagnosisScope(scope.value(), null, null, null);
			case EMPLOYER -> new DiagnosisScope(null, scope.value(), null, null);
			case INSTITUTION -> new DiagnosisScope(null, null, scope.value(), null);
			case PERSON -> ownWorkerId.map(id -> new DiagnosisScope(null, null, null, id)).orElse(NONE);
			case AGENCY -> NONE;
		};
	}

	/** The region prefix to query for a requested region, narrowed to the scope; empty when outside it. */
	static Optional<String> narrow(Actor actor, String requested) {
		if (actor.scope().kind() != Scope.Kind.REGION) {
			return Optional.of("");
		}
		return actor.scope().narrowRegion(requested);
	}

	/** Whether a case with these keys is visible to the scope. */
	boolean covers(String regionCode, String creditCode, String institutionCode, long workerId) {
		return (this.prefix != null && regionCode.startsWith(this.prefix))
				|| (this.creditCode != null && this.creditCode.equals(creditCode))
				|| (this.institutionCode != null && this.institutionCode.equals(institutionCode))
				|| (this.workerId != null && this.workerId == workerId);
	}

	Map<String, Object> parameters() {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("scopePrefix", this.prefix);
		parameters.put("scopeCredit", this.creditCode);
		parameters.put("scopeInstitution", this.institutionCode);
		parameters.put("scopeWorker", this.workerId);
		return parameters;
	}

}
