package org.ohsonline.diagnosis.internal;

import java.util.Optional;

import org.ohsonline.shared.ScopeFilter;
import org.ohsonline.registry.Workers;
import org.ohsonline.shared.Actor;

import org.springframework.stereotype.Component;

/**
 * Resolves an actor's {@link ScopeFilter}. A worker's scope names their identity number's blind
 * index, which only the register can match: it answers with the worker's registry id.
 */
@Component
class Scopes {

	private final Workers workers;

	Scopes(Workers workers) {
		this.workers = workers;
	}

	ScopeFilter of(Actor actor) {
		return ScopeFilter.of(actor, ownWorkerId(actor));
	}

	/** The worker a PERSON scope stands for; identity needs no permission on the register. */
	Optional<Long> ownWorkerId(Actor actor) {
		return this.workers.ownId(actor);
	}

}
