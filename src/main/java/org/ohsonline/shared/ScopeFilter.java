package org.ohsonline.shared;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * An actor's jurisdiction (数据权限) as the values that a {@link ScopeColumns#predicate()} binds:
 * exactly one key is set — a region prefix, or the credit code of the employer, agency or institution
 * the actor acts for, or the person's identity (their register id where it is resolved, and the
 * blind index of their identity number). The only way queries are limited to a scope; the caller's
 * own actor is the only actor web and API code pass.
 *
 * @param region the region prefix of a region scope ({@code ""}: the whole country)
 * @param employer an employer's unified social credit code
 * @param agency a service agency's credit code
 * @param institution an exam or diagnosis institution's credit code
 * @param worker the register id of the worker a person scope stands for, when resolved
 * @param person the blind index of a person scope's identity number
 */
public record ScopeFilter(String region, String employer, String agency, String institution, Long worker,
		String person) {

	static final String REGION = "scopeRegion";

	static final String EMPLOYER = "scopeEmployer";

	static final String AGENCY = "scopeAgency";

	static final String INSTITUTION = "scopeInstitution";

	static final String WORKER = "scopeWorker";

	static final String PERSON = "scopePerson";

	/** A filter that sees nothing (every parameter null). */
	public static final ScopeFilter NONE = new ScopeFilter(null, null, null, null, null, null);

	/**
	 * The actor's filter. A person's rows keyed by a worker's register id stay invisible here: use
	 * {@link #of(Actor, Optional)} with the id the register resolves.
	 */
	public static ScopeFilter of(Actor actor) {
		return of(actor, Optional.empty());
	}

	/**
	 * The actor's filter, with the register id that a person scope stands for (empty when the
	 * register does not know the person, who then sees no rows keyed by worker).
	 */
	public static ScopeFilter of(Actor actor, Optional<Long> ownWorkerId) {
		Scope scope = actor.scope();
		return switch (scope.kind()) {
			case REGION -> new ScopeFilter(scope.value(), null, null, null, null, null);
			case EMPLOYER -> new ScopeFilter(null, scope.value(), null, null, null, null);
			case AGENCY -> new ScopeFilter(null, null, scope.value(), null, null, null);
			case INSTITUTION -> new ScopeFilter(null, null, null, scope.value(), null, null);
			case PERSON -> new ScopeFilter(null, null, null, null, ownWorkerId.orElse(null), scope.value());
		};
	}

	/**
	 * The region prefix to query when the actor asks for {@code requested}: for a region scope the
	 * requested region inside it (the scope itself when the request is wider or absent, nothing when
	 * it lies outside); for the other scopes, whose rows are limited by their key, the requested
	 * region as a plain filter ({@code ""} when absent).
	 */
	public static Optional<String> narrowRegion(Actor actor, String requested) {
		if (actor.scope().kind() == Scope.Kind.REGION) {
			return actor.scope().narrowRegion(requested);
		}
		return Optional.of(requested == null ? "" : requested.trim());
	}

	/** Whether a row with these keys is visible: the in-memory twin of {@link ScopeColumns#predicate()}. */
	public boolean covers(ScopeKeys keys) {
		return (this.region != null && keys.region() != null && keys.region().startsWith(this.region))
				|| (this.employer != null && this.employer.equals(keys.employer()))
				|| (this.agency != null && this.agency.equals(keys.agency()))
				|| (this.institution != null && this.institution.equals(keys.institution()))
				|| (this.worker != null && this.worker.equals(keys.worker()));
	}

	/** The named parameters of {@link ScopeColumns#predicate()}, every one present (unset ones null). */
	public Map<String, Object> parameters() {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put(REGION, this.region);
		parameters.put(EMPLOYER, this.employer);
		parameters.put(AGENCY, this.agency);
		parameters.put(INSTITUTION, this.institution);
		parameters.put(WORKER, this.worker);
		parameters.put(PERSON, this.person);
		return parameters;
	}

}
