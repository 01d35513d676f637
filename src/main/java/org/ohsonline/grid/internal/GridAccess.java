package org.ohsonline.grid.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import org.ohsonline.shared.AccessDeniedException;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.ScopeFilter;

import org.springframework.stereotype.Component;

/**
 * Who sees which grids: a holder of {@code grid:grid:read} every grid of their scope; a holder of only
 * {@code grid:assigned:read} (a grid assistant) the grids assigned to them today; nobody else any.
 */
@Component
class GridAccess {

	static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private final Clock clock;

	GridAccess(Clock clock) {
		this.clock = clock;
	}

	LocalDate today() {
		return LocalDate.now(this.clock.withZone(ZONE));
	}

	/** The reader for the actor; refused for an actor holding neither read permission. */
	GridStore.Reader reader(Actor actor) {
		if (actor.can(GridPermissions.READ)) {
			return new GridStore.Reader(ScopeFilter.of(actor), null, today());
		}
		if (actor.can(GridPermissions.ASSIGNED_READ)) {
			return new GridStore.Reader(ScopeFilter.of(actor), actor.userId(), today());
		}
		throw new AccessDeniedException(GridPermissions.READ);
	}

}
