package org.ohsonline.registry.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.ohsonline.audit.AuditTarget;
import org.ohsonline.audit.AuditTrail;
import org.ohsonline.registry.DispatchStatus;
import org.ohsonline.registry.EmploymentView;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.InvalidInputException;
import org.ohsonline.shared.NotFoundException;
import org.ohsonline.shared.ScopeFilter;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The host employer's side of a dispatched hire (劳务派遣): the dispatches waiting for its answer, and the
 * answer, which only the host in the caller's scope can give, once, while the employment lasts.
 */
@Service
class DispatchAnswers {

	private final WorkerStore store;

	private final EmployerStore employers;

	private final HistoryStore history;

	private final AuditTrail audit;

	private final Clock clock;

	DispatchAnswers(WorkerStore store, EmployerStore employers, HistoryStore history, AuditTrail audit, Clock clock) {
		this.store = store;
		this.employers = employers;
		this.history = history;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	List<EmploymentView> pending(Actor actor, long hostEmployerId) {
		actor.require(RegistryPermissions.WORKER_READ);
		this.employers.find(ScopeFilter.of(actor), hostEmployerId)
			.orElseThrow(() -> new NotFoundException("employer", hostEmployerId));
		return this.store.pendingDispatches(hostEmployerId);
	}

	@Transactional
	EmploymentView answer(Actor actor, long employmentId, Boolean confirm) {
		actor.require(RegistryPermissions.WORKER_WRITE);
		EmploymentView employment = this.store.employment(employmentId)
			.filter(e -> e.hostEmployerId() != null)
			.orElseThrow(() -> new NotFoundException("employment", employmentId));
		EmployerStore.Row host = this.employers.find(ScopeFilter.of(actor), employment.hostEmployerId())
			.orElseThrow(() -> new NotFoundException("employment", employmentId));
		if (confirm == null) {
			throw InvalidInputException.of("confirm", "registry.dispatch.answerRequired");
		}
		if (employment.hostStatus() != DispatchStatus.PENDING || !employment.current()) {
			throw InvalidInputException.of("confirm", "registry.employment.dispatchAnswered");
		}
		DispatchStatus answer = confirm ? DispatchStatus.CONFIRMED : DispatchStatus.DECLINED;
		Instant now = Instant.now(this.clock);
		this.store.answerDispatch(employmentId, answer, now);
		EmploymentView after = this.store.employment(employmentId).orElseThrow();
		this.audit.record(actor, "registry.dispatch." + answer.name().toLowerCase(Locale.ROOT),
				AuditTarget.of("employment", employmentId, host.regionCode()), EmploymentSnapshot.of(employment),
				EmploymentSnapshot.of(after));
		this.history.record(host.id(), confirm ? after.workerId() : null, now, "DISPATCH_" + answer.name(),
				after.workerName(), after.employerName());
		return after;
	}

}
