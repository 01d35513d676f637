package org.ohsonline.agency.internal;

import org.ohsonline.agency.Engagements;
import org.ohsonline.shared.Actor;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * At start, after the demo agencies are seeded (order 21), makes the register's grants match the
 * accepted engagements in force: engagements recorded before grants existed, or written in bulk by
 * the synthetic generator, open their employers like any accepted engagement. Adds only what is
 * missing, so later starts add nothing.
 */
@Component
@Order(22)
class EngagementGrantsAtStart implements ApplicationRunner {

	private final Engagements engagements;

	EngagementGrantsAtStart(Engagements engagements) {
		this.engagements = engagements;
	}

	@Override
	public void run(ApplicationArguments args) {
		this.engagements.reconcileGrants(Actor.system("agency-engagements"));
	}

}
