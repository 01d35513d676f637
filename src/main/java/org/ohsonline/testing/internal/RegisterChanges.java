package org.ohsonline.testing.internal;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;

import org.ohsonline.shared.RegisterChangeQueue;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The register's changes the validity clocks follow
 * ({@link ValidityClockJobs#on(org.ohsonline.registry.EmployerChanged)}), tracked {@value #BATCH} employers at a time:
 * one read of each employer's duties and one write of their clocks per batch, where each change had an event
 * publication and three transactions of its own.
 */
@Component("testing.registerChanges")
class RegisterChanges extends RegisterChangeQueue {

	static final int BATCH = 200;

	private final ValidityClockService clocks;

	RegisterChanges(ValidityClockService clocks, JdbcClient jdbc, PlatformTransactionManager transactionManager,
			Clock clock) {
		super("testing.pending_register_change", "testing-register-changes", BATCH, jdbc, transactionManager, clock);
		this.clocks = clocks;
	}

	@Override
	protected void handle(List<Change> changes) {
		this.clocks.track(new LinkedHashSet<>(changes.stream().map(Change::employerId).toList()));
	}

}
