package org.ohsonline.diagnosis.internal;

import java.util.Optional;

import org.ohsonline.registry.WorkerView;
import org.ohsonline.registry.Workers;
import org.ohsonline.shared.AccessDeniedException;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.Scope;

import org.springframework.stereotype.Component;

/**
 * Resolves an actor's {@link DiagnosisScope}. A worker's scope names their identity number's blind
 * index, which only the register can match: it answers with the worker's registry id.
 */
@Component
class Scopes {

	private final Workers workers;

	Scopes(Workers workers) {
		this.workers = workers;
	}

	DiagnosisScope of(Actor actor) {
		return DiagnosisScope.of(actor, ownWorkerId(actor));
	}

	Optional<Long> ownWorkerId(Actor actor) {
		if (actor.scope().kind() != Scope.Kind.PERSON) {
			return Optional.empty();
		}
		try {
			return this.workers.own(actor).map(WorkerView::id);
		}
		catch (AccessDeniedException ex) {
			return Optional.empty();
		}
	}

}
