package org.ohsonline.radiation.internal;

import java.util.Map;

import org.ohsonline.registry.Workers;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.Scope;
import org.ohsonline.shared.ScopeColumns;
import org.ohsonline.shared.ScopeFilter;

import org.springframework.stereotype.Component;

/**
 * The caller's jurisdiction over the radiation tables: every table carries the region, the employer's and the
 * dosimetry service's credit codes and the worker's register id, so one column mapping per alias serves all.
 * A person-scoped caller (a worker) is resolved to their register id here, never to anyone else's.
 */
@Component
class RadiationScope {

	private final Workers workers;

	RadiationScope(Workers workers) {
		this.workers = workers;
	}

	static ScopeColumns on(String alias) {
		return ScopeColumns.on(alias).region("region_code").employer("employer_credit_code")
			.agency("agency_credit_code").worker("worker_id");
	}

	ScopeFilter filter(Actor actor) {
		if (actor.scope().kind() == Scope.Kind.PERSON) {
			return ScopeFilter.of(actor, this.workers.ownId(actor));
		}
		return ScopeFilter.of(actor);
	}

	Map<String, Object> parameters(Actor actor) {
		return filter(actor).parameters();
	}

}
