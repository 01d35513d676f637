package org.ohsonline.diagnosis.internal;

import java.util.Optional;
import java.util.Set;

import org.ohsonline.registry.WorkerView;
import org.ohsonline.registry.Workers;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.Scope;

import org.springframework.stereotype.Component;

/**
 * Resolves an actor's {@link DiagnosisScope}. A worker's scope names their identity number's blind
 * index, which only the register can match: it answers with the worker's registry id.
 */
@Component
class Scopes {

	private static final String WORKER_READ = "registry:worker:read";

	private final Workers workers;

	Scopes(Workers workers) {
		this.workers = workers;
	}

	DiagnosisScope of(Actor actor) {
		return DiagnosisScope.of(actor, ownWorkerId(actor));
	}

	/**
	 * The worker a PERSON scope stands for. Knowing who one is needs no permission on the register: a
	 * token that carries only {@code diagnosis:case:read} still finds its owner's cases. The lookup
	 * runs as the same person with only the read permission, so it can return no one else.
	 */
	Optional<Long> ownWorkerId(Actor actor) {
		if (actor.scope().kind() != Scope.Kind.PERSON) {
			return Optional.empty();
		}
		Actor self = new Actor(actor.userId(), actor.username(), actor.displayName(), actor.regionCode(), actor.scope(),
				Set.of(WORKER_READ), actor.sourceAddress(), actor.channel());
		return this.workers.own(self).map(WorkerView::id);
	}

}
