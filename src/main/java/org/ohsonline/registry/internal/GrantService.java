package org.ohsonline.registry.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.ohsonline.audit.AuditTarget;
import org.ohsonline.audit.AuditTrail;
import org.ohsonline.registry.AccessGrants;
import org.ohsonline.registry.EmployerGrant;
import org.ohsonline.registry.GrantReason;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.NotFoundException;
import org.ohsonline.shared.Scope;
import org.ohsonline.shared.ScopeFilter;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class GrantService implements AccessGrants {

	private final GrantStore store;

	private final EmployerStore employers;

	private final WorkerStore workers;

	private final AuditTrail audit;

	private final Clock clock;

	GrantService(GrantStore store, EmployerStore employers, WorkerStore workers, AuditTrail audit, Clock clock) {
		this.store = store;
		this.employers = employers;
		this.workers = workers;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void grantEmployer(Actor actor, long employerId, Scope grantee, GrantReason reason, String reference,
			LocalDate validUntil) {
		requireOrganisation(grantee, true);
		// The actor who made the relation must hold the employer in their own scope: its manager
		// accepting, a supervisor, or the platform; a grant never opens a record to its grantor.
		EmployerStore.Row employer = this.employers.find(ScopeFilter.of(actor), employerId)
			.orElseThrow(() -> new NotFoundException("employer", employerId));
		long id = this.store.insert(grantee, employerId, null, reason, reference, validUntil, Instant.now(this.clock));
		this.audit.record(actor, "registry.grant.added", AuditTarget.of("employer", employerId, employer.regionCode()),
				null, snapshot(id, grantee, reason, reference, validUntil));
	}

	@Override
	@Transactional
	public void grantWorker(Actor actor, long workerId, Scope grantee, GrantReason reason, String reference,
			LocalDate validUntil) {
		this.workers.find(ScopeFilter.of(actor), workerId).orElseThrow(() -> new NotFoundException("worker", workerId));
		add(actor, workerId, grantee, reason, reference, validUntil);
	}

	/**
	 * Records a grant of a worker's record, audited as the actor's; the caller has established the
	 * relation (the register itself, for an identification in person).
	 */
	void add(Actor actor, long workerId, Scope grantee, GrantReason reason, String reference, LocalDate validUntil) {
		requireOrganisation(grantee, false);
		long id = this.store.insert(grantee, null, workerId, reason, reference, validUntil, Instant.now(this.clock));
		this.audit.record(actor, "registry.grant.added",
				AuditTarget.of("worker", workerId, actor.scope().regionPrefix().orElse(actor.regionCode())), null,
				snapshot(id, grantee, reason, reference, validUntil));
	}

	@Override
	@Transactional
	public void ensureEmployerGrants(Actor actor, java.util.Collection<EmployerGrant> grants) {
		if (actor.channel() != Actor.Channel.SYSTEM) {
			throw new org.ohsonline.shared.AccessDeniedException("registry:grant:reconcile");
		}
		grants.forEach(g -> requireOrganisation(g.grantee(), true));
		int added = this.store.insertMissing(java.util.List.copyOf(grants), Instant.now(this.clock));
		if (added > 0) {
			this.audit.record(actor, "registry.grant.reconciled", AuditTarget.of("access-grant", null, ""), null,
					Map.of("checked", grants.size(), "added", added));
		}
	}

	@Override
	@Transactional
	public void revoke(Actor actor, GrantReason reason, String reference) {
		for (GrantStore.Row grant : this.store.inForce(reason, reference)) {
			this.store.revoke(grant.id(), Instant.now(this.clock));
			String region = grant.employerId() == null ? actor.scope().regionPrefix().orElse(actor.regionCode())
					: this.employers.regionOf(grant.employerId());
			Scope grantee = new Scope(Scope.Kind.valueOf(grant.granteeKind()), grant.granteeCode());
			this.audit.record(actor, "registry.grant.revoked",
					AuditTarget.of(grant.employerId() == null ? "worker" : "employer",
							grant.employerId() == null ? grant.workerId() : grant.employerId(), region),
					snapshot(grant.id(), grantee, reason, reference, grant.validUntil()), null);
		}
	}

	private static void requireOrganisation(Scope grantee, boolean agencies) {
		boolean institution = grantee.kind() == Scope.Kind.INSTITUTION;
		if (!institution && !(agencies && grantee.kind() == Scope.Kind.AGENCY)) {
			throw new IllegalArgumentException("Register records are granted to agencies or institutions, not " + grantee);
		}
	}

	private static Map<String, Object> snapshot(long id, Scope grantee, GrantReason reason, String reference,
			LocalDate validUntil) {
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("grant", id);
		state.put("grantee", grantee.toString());
		state.put("reason", reason.name());
		state.put("reference", reference);
		state.put("validUntil", validUntil == null ? null : validUntil.toString());
		return state;
	}

}
