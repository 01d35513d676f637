package org.ohsonline.declaration.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.ohsonline.declaration.DeclarationKind;
import org.ohsonline.registry.EmployerChanged;
import org.ohsonline.registry.EmployerRegistered;
import org.ohsonline.registry.EmployerStatus;
import org.ohsonline.registry.EmployerStatusChanged;
import org.ohsonline.registry.EmployerView;
import org.ohsonline.registry.Employers;
import org.ohsonline.shared.Actor;

import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Starts declaration clocks from the register's events (申报办法 Arts. 8–9):
 * <ul>
 * <li>{@link EmployerRegistered}, and a post with hazard factors added ({@code hazards}) or the start of
 * production entered ({@code productionStartedOn}): the initial declaration ({@code INITIAL}) when the
 * employer has a hazard factor and no standing declaration, counted from the start of production or
 * registration ({@link InitialDeclarations}; the 办法 says "及时" and names no period, so the period is
 * the catalog's, 30 days by default, configurable);</li>
 * <li>{@link EmployerChanged}: field {@code name} → {@code NAME_CHANGE}, {@code legalRepresentative}
 * → {@code LEGAL_REPRESENTATIVE_CHANGE}, {@code address} and {@code sites} →
 * {@code WORKPLACE_CHANGE} (15 days each). {@code industryCode} starts nothing: a change of
 * industry code is not itself a reason of Art. 8; a process or material change is started as
 * {@code PROCESS_CHANGE} through {@link org.ohsonline.declaration.DeclarationClocks}. Change clocks
 * start only for an employer with a standing declaration — one that never declared owes the
 * initial declaration instead;</li>
 * <li>{@link EmployerStatusChanged} to closed: open initial and change clocks become moot, and an
 * employer with a standing declaration must cancel it within 15 days ({@code CLOSURE}); back from
 * closed: an open cancellation clock becomes moot.</li>
 * </ul>
 */
@Component
class RegistryEvents {

	static final String INITIAL = "INITIAL";

	static final String NAME_CHANGE = "NAME_CHANGE";

	static final String LEGAL_REPRESENTATIVE_CHANGE = "LEGAL_REPRESENTATIVE_CHANGE";

	static final String WORKPLACE_CHANGE = "WORKPLACE_CHANGE";

	static final String CLOSURE = "CLOSURE";

	private final ClockService clocks;

	private final InitialDeclarations initial;

	private final DeclarationStore declarations;

	private final Employers employers;

	private final RegisterChanges changes;

	RegistryEvents(ClockService clocks, InitialDeclarations initial, DeclarationStore declarations,
			Employers employers, RegisterChanges changes) {
		this.changes = changes;
		this.clocks = clocks;
		this.initial = initial;
		this.declarations = declarations;
		this.employers = employers;
	}

	@ApplicationModuleListener
	void on(EmployerRegistered event) {
		this.initial.reconcile(event.employerId());
	}

	/**
	 * Called only for the fields it acts on: a change of industry or class alone starts no clock. Queued in the
	 * publisher's transaction and acted on in batches ({@link RegisterChanges#changed}, decision 0043).
	 */
	@EventListener(condition = "#event.changedAny('hazards', 'productionStartedOn', 'name', "
			+ "'legalRepresentative', 'address', 'sites')")
	void on(EmployerChanged event) {
		this.changes.queue(event.employerId(), event.fields(), event.changedOn());
	}

	@ApplicationModuleListener
	void on(EmployerStatusChanged event) {
		Actor system = system();
		if (event.to() == EmployerStatus.CLOSED) {
			EmployerView employer = this.employers.find(system, event.employerId());
			this.clocks.voidOpen(system, employer, List.of(DeclarationKind.INITIAL, DeclarationKind.CHANGE),
					"registry.closed");
			if (standing(this.declarations, employer.id())) {
				this.clocks.startFor(system, employer, CLOSURE, event.changedOn(), "registry.closed");
			}
		}
		else if (event.from() == EmployerStatus.CLOSED) {
			EmployerView employer = this.employers.find(system, event.employerId());
			this.clocks.voidOpen(system, employer, List.of(DeclarationKind.CANCELLATION), "registry.reopened");
			this.initial.reconcile(event.employerId());
		}
	}

	/** The register's field names (see {@link EmployerChanged}) mapped to reasons of Art. 8(三). */
	static Set<String> reasons(Set<String> fields) {
		Set<String> reasons = new LinkedHashSet<>();
		for (String field : fields) {
			switch (field) {
				case "name" -> reasons.add(NAME_CHANGE);
				case "legalRepresentative" -> reasons.add(LEGAL_REPRESENTATIVE_CHANGE);
				case "address", "sites" -> reasons.add(WORKPLACE_CHANGE);
				default -> {
					// industryCode and fields added later: not a reason of Art. 8 by themselves.
				}
			}
		}
		return reasons;
	}

	/** Whether the employer's latest accepted declaration stands (is not a cancellation). */
	static boolean standing(DeclarationStore declarations, long employerId) {
		return declarations.lastAccepted(employerId).filter(d -> d.kind() != DeclarationKind.CANCELLATION).isPresent();
	}

	static Actor system() {
		return Actor.system("declaration");
	}

}
