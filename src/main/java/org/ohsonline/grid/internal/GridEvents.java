package org.ohsonline.grid.internal;

import org.ohsonline.registry.EmployerRegistered;
import org.ohsonline.shared.Actor;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Keeps township-drawn grids whole: an employer registered in a township a grid holds joins that grid. */
@Component
class GridEvents {

	private static final Actor SYSTEM = Actor.system("grid-membership");

	private final GridService grids;

	GridEvents(GridService grids) {
		this.grids = grids;
	}

	@ApplicationModuleListener
	void on(EmployerRegistered event) {
		this.grids.joinByTownship(SYSTEM, event.employerId(), event.regionCode());
	}

}
