package org.ohsonline.training.internal;

import org.ohsonline.registry.Workers;
import org.ohsonline.shared.Actor;

import org.springframework.stereotype.Component;

/** Who the actor is as a learner: a worker who logs in is the register's worker, anyone else their user. */
@Component
class Learners {

	private final Workers workers;

	Learners(Workers workers) {
		this.workers = workers;
	}

	EnrolmentStore.Learner of(Actor actor) {
		return new EnrolmentStore.Learner(this.workers.ownId(actor).orElse(null), actor.userId());
	}

}
