package org.ohsonline.registry.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.ohsonline.audit.AuditTarget;
import org.ohsonline.audit.AuditTrail;
import org.ohsonline.registry.EmploymentView;
import org.ohsonline.shared.AccessDeniedException;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.InvalidInputException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A worker's consent that a current employer see their employments and exposures at other employers
 * (issue 12: an employer learns a hired person's history only with the person's consent). Given and
 * withdrawn by the worker alone, per employer, audited and written to the employer's history.
 */
@Service
class HistoryConsents {

	private final WorkerStore store;

	private final EmployerStore employers;

	private final HistoryStore history;

	private final AuditTrail audit;

	private final Clock clock;

	HistoryConsents(WorkerStore store, EmployerStore employers, HistoryStore history, AuditTrail audit, Clock clock) {
		this.store = store;
		this.employers = employers;
		this.history = history;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * @param self the calling worker's own record, empty when the caller is not a registered worker
	 */
	@Transactional
	void share(Actor actor, Optional<Long> self, Long employerId, Boolean share) {
		actor.require(RegistryPermissions.WORKER_READ);
		WorkerStore.Row worker = self.map(id -> this.store.findById(id).orElseThrow())
			.orElseThrow(() -> new AccessDeniedException("registry:worker:consent"));
		if (employerId == null || share == null) {
			throw InvalidInputException.of(employerId == null ? "employerId" : "share", "registry.consent.choiceRequired");
		}
		EmploymentView employment = this.store.employmentsOf(worker.id())
			.stream()
			.filter(e -> e.current() && e.worksFor(employerId.longValue()))
			.findFirst()
			.orElseThrow(() -> InvalidInputException.of("employerId", "registry.consent.notCurrentEmployer"));
		boolean shared = this.store.consents(worker.id(), employerId);
		if (shared == share) {
			return;
		}
		Instant now = Instant.now(this.clock);
		if (share) {
			this.store.grantConsent(worker.id(), employerId, now);
		}
		else {
			this.store.revokeConsent(worker.id(), employerId, now);
		}
		this.audit.record(actor, share ? "registry.consent.granted" : "registry.consent.revoked",
				AuditTarget.of("worker", worker.id(), this.employers.regionOf(employerId)), Map.of("shared", shared),
				Map.of("shared", share, "employer", employerId, "employment", employment.id()));
		this.history.record(employerId, worker.id(), now, share ? "HISTORY_SHARED" : "HISTORY_UNSHARED", worker.name());
	}

	/** Whether the worker lets that employer see their history elsewhere. */
	boolean shares(long workerId, long employerId) {
		return this.store.consents(workerId, employerId);
	}

	/** The employers the worker lets see their history elsewhere. */
	Set<Long> sharedWith(long workerId) {
		return Set.copyOf(this.store.consentedEmployers(workerId));
	}

}
