package org.ohsonline.declaration.internal;

import java.time.Clock;
import java.util.List;
import java.util.Set;

import org.ohsonline.registry.EmployerChanged;
import org.ohsonline.registry.EmployerView;
import org.ohsonline.registry.Employers;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.RegisterChangeQueue;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The register's changes that start declaration clocks ({@link RegistryEvents#on(EmployerChanged)}), acted on
 * {@value #BATCH} at a time in one transaction: a post with hazard factors added or the start of production entered
 * reconciles the initial declaration; a new name, legal representative, address or site starts the change
 * declaration's clock from the day of the change for an employer with a standing declaration (申报办法 Art. 8).
 */
@Component("declaration.registerChanges")
class RegisterChanges extends RegisterChangeQueue {

	static final int BATCH = 100;

	private final ClockService clocks;

	private final InitialDeclarations initial;

	private final DeclarationStore declarations;

	private final Employers employers;

	RegisterChanges(ClockService clocks, InitialDeclarations initial, DeclarationStore declarations,
			Employers employers, JdbcClient jdbc, PlatformTransactionManager transactionManager, Clock clock) {
		super("declaration.pending_register_change", "declaration-register-changes", BATCH, jdbc, transactionManager,
				clock);
		this.clocks = clocks;
		this.initial = initial;
		this.declarations = declarations;
		this.employers = employers;
	}

	@Override
	protected void handle(List<Change> changes) {
		changes.forEach(this::changed);
	}

	/** One change of the register, dated by the day it was made (not by when the queue got to it). */
	void changed(Change change) {
		Set<String> fields = change.fields();
		if (fields.contains(EmployerChanged.HAZARDS) || fields.contains("productionStartedOn")) {
			this.initial.reconcile(change.employerId());
		}
		Set<String> reasons = RegistryEvents.reasons(fields);
		if (reasons.isEmpty() || !RegistryEvents.standing(this.declarations, change.employerId())) {
			return;
		}
		Actor system = RegistryEvents.system();
		EmployerView employer = this.employers.find(system, change.employerId());
		for (String reason : reasons) {
			this.clocks.startFor(system, employer, reason, change.changedOn(), "registry.changed");
		}
	}

}
