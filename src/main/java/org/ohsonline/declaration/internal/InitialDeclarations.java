package org.ohsonline.declaration.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ohsonline.declaration.ClockState;
import org.ohsonline.registry.EmployerDuties;
import org.ohsonline.registry.EmployerStatus;
import org.ohsonline.registry.Employers;
import org.ohsonline.shared.Actor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The initial declaration is owed by every employer with a hazard factor at one of its posts
 * (职业病防治法 Art. 16, 申报办法 Art. 2) that has no standing declaration and has not closed. Its
 * clock ({@code INITIAL}) counts from the start of production, or from registration where the
 * register does not know that day, so an employer that never declared is overdue and says since
 * when — it is never simply absent from the overdue list.
 * <p>
 * Kept in step with the register per employer on its events ({@link RegistryEvents}) and for all
 * employers at start-up and before the daily reminder run: bulk-loaded registers (imports, synthetic
 * data, employers registered before this rule) publish no event per employer. An open clock started
 * by the register is re-dated when the register learns the start of production, and voided while the
 * employer has no hazard factor (older versions started one for every registered employer).
 */
@Component
@Order(41)
class InitialDeclarations implements ApplicationRunner {

	static final String REASON = RegistryEvents.INITIAL;

	/** Sources of the clocks this class starts: the duty counts from the start of production or registration. */
	static final String FROM_PRODUCTION = "registry.productionStart";

	static final String FROM_REGISTRATION = "registry.registered";

	static final String NO_HAZARDS = "registry.noHazards";

	private static final int BATCH = 500;

	private static final Actor SYSTEM = Actor.system("declaration");

	private static final Logger log = LoggerFactory.getLogger(InitialDeclarations.class);

	private final ClockService clocks;

	private final ClockStore store;

	private final DeclarationStore declarations;

	private final Employers employers;

	private final TransactionTemplate transactions;

	InitialDeclarations(ClockService clocks, ClockStore store, DeclarationStore declarations, Employers employers,
			TransactionTemplate transactions) {
		this.clocks = clocks;
		this.store = store;
		this.declarations = declarations;
		this.employers = employers;
		this.transactions = transactions;
	}

	/** What a reconciliation changed. */
	record Reconciled(int started, int redated, int voided) {

		Reconciled plus(Reconciled other) {
			return new Reconciled(this.started + other.started, this.redated + other.redated,
					this.voided + other.voided);
		}

	}

	/** One employer, after the register told of it. */
	@Transactional
	Reconciled reconcile(long employerId) {
		return reconcile(this.employers.duties(SYSTEM, employerId));
	}

	/** One employer, its declaration-side state read under the employer's lock. */
	private Reconciled reconcile(EmployerDuties duties) {
		this.store.lock(duties.id());
		return reconcile(duties, !this.declarations.standing(duties.id()).isEmpty(),
				this.store.running(REASON, duties.id()).getOrDefault(duties.id(), List.of()));
	}

	/** Every employer of the register, in batches of {@value #BATCH}, each batch in its own transaction. */
	Reconciled reconcileAll() {
		List<EmployerDuties> all = new ArrayList<>();
		this.employers.forEachDuties(SYSTEM, all::add);
		Set<Long> standing = this.declarations.standing(null);
		Map<Long, List<ClockStore.Running>> running = this.store.running(REASON, null);
		Reconciled total = new Reconciled(0, 0, 0);
		for (int from = 0; from < all.size(); from += BATCH) {
			List<EmployerDuties> batch = all.subList(from, Math.min(all.size(), from + BATCH));
			Reconciled done = this.transactions.execute(tx -> {
				Reconciled sum = new Reconciled(0, 0, 0);
				for (EmployerDuties duties : batch) {
					// Read in bulk first; only an employer that seems to need a change is read again under its lock.
					if (needsChange(duties, standing.contains(duties.id()), running.getOrDefault(duties.id(), List.of()))) {
						sum = sum.plus(reconcile(duties));
					}
				}
				return sum;
			});
			total = total.plus(done);
		}
		return total;
	}

	private static boolean needsChange(EmployerDuties duties, boolean standing, List<ClockStore.Running> running) {
		if (owed(duties, standing) && running.isEmpty()) {
			return true;
		}
		return running.stream().filter(InitialDeclarations::fromRegister).anyMatch(clock -> !duties.hazardous()
				|| owed(duties, standing) && !clock.startedOn().equals(duties.dutiesSince()));
	}

	private static boolean owed(EmployerDuties duties, boolean standing) {
		return duties.hazardous() && !standing && duties.status() != EmployerStatus.CLOSED;
	}

	/** An open clock the register started (not one a person or another module started by hand). */
	private static boolean fromRegister(ClockStore.Running clock) {
		return clock.state() == ClockState.OPEN && clock.source() != null && clock.source().startsWith("registry.");
	}

	/** The rule for one employer, given its standing declaration and its running initial clocks. */
	private Reconciled reconcile(EmployerDuties duties, boolean standing, List<ClockStore.Running> running) {
		boolean owed = owed(duties, standing);
		String source = duties.productionStartKnown() ? FROM_PRODUCTION : FROM_REGISTRATION;
		int started = 0;
		int redated = 0;
		int voided = 0;
		if (owed && running.isEmpty()) {
			started += this.clocks.startFor(SYSTEM, new ClockService.Holder(duties.id(), duties.creditCode(),
					duties.name(), duties.regionCode()), REASON, duties.dutiesSince(), source).isPresent() ? 1 : 0;
		}
		for (ClockStore.Running clock : running) {
			if (!fromRegister(clock)) {
				continue;
			}
			if (!duties.hazardous()) {
				this.clocks.voidOne(SYSTEM, clock, duties.regionCode(), NO_HAZARDS);
				voided++;
			}
			else if (owed && !clock.startedOn().equals(duties.dutiesSince())) {
				this.clocks.redate(SYSTEM, clock, duties.dutiesSince(), source);
				redated++;
			}
		}
		return new Reconciled(started, redated, voided);
	}

	@Override
	public void run(ApplicationArguments args) {
		if (args.containsOption("generate-synthetic")) {
			return;
		}
		Reconciled done = reconcileAll();
		log.info("Initial declarations reconciled at start-up: {} clock(s) started, {} re-dated, {} voided",
				done.started(), done.redated(), done.voided());
	}

}
