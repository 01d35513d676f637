package org.ohsonline.registry.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.ohsonline.shared.ScopeFilter;
import org.ohsonline.audit.AuditTarget;
import org.ohsonline.audit.AuditTrail;
import org.ohsonline.reference.HazardFactor;
import org.ohsonline.reference.HazardFactors;
import org.ohsonline.registry.EmploymentView;
import org.ohsonline.registry.EmployerHazards;
import org.ohsonline.registry.ExposedWorkforce;
import org.ohsonline.registry.GrantReason;
import org.ohsonline.registry.ExposureView;
import org.ohsonline.registry.HireCommand;
import org.ohsonline.registry.WorkerView;
import org.ohsonline.registry.Workers;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.IdNumber;
import org.ohsonline.shared.InvalidInputException;
import org.ohsonline.shared.InvalidInputException.FieldError;
import org.ohsonline.shared.Masking;
import org.ohsonline.shared.NotFoundException;
import org.ohsonline.shared.Page;
import org.ohsonline.shared.PageQuery;
import org.ohsonline.shared.PiiCipher;
import org.ohsonline.shared.Scope;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class WorkerService implements Workers {

	private final WorkerStore store;

	private final ExposureStore exposures;

	private final EmployerStore employers;

	private final StructureStore structure;

	private final HazardFactors hazards;

	private final PiiCipher cipher;

	private final AuditTrail audit;

	private final Clock clock;

	private final GrantService grants;

	private final RegistrySettings settings;

	private final DispatchAnswers dispatches;

	private final HistoryConsents consents;

	private final EmploymentChanges employments;

	WorkerService(WorkerStore store, ExposureStore exposures, EmployerStore employers, StructureStore structure,
			HazardFactors hazards, PiiCipher cipher, AuditTrail audit, Clock clock, GrantService grants, RegistrySettings settings,
			DispatchAnswers dispatches, HistoryConsents consents, EmploymentChanges employments) {
		this.store = store;
		this.exposures = exposures;
		this.employers = employers;
		this.structure = structure;
		this.hazards = hazards;
		this.cipher = cipher;
		this.audit = audit;
		this.clock = clock;
		this.grants = grants;
		this.settings = settings;
		this.dispatches = dispatches;
		this.consents = consents;
		this.employments = employments;
	}

	@Override
	@Transactional(readOnly = true)
	public WorkerView find(Actor actor, long id) {
		actor.require(RegistryPermissions.WORKER_READ);
		return view(visible(actor, id));
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<WorkerView> inScope(Actor actor, long id) {
		return this.store.find(ScopeFilter.of(actor), id).map(this::view);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<WorkerView> own(Actor actor) {
		actor.require(RegistryPermissions.WORKER_READ);
		if (actor.scope().kind() != Scope.Kind.PERSON) {
			return Optional.empty();
		}
		// A worker's scope is the blind index of their own identity number.
		return this.store.findByIndex(actor.scope().value()).map(this::view);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Long> ownId(Actor actor) {
		if (actor.scope().kind() != Scope.Kind.PERSON) {
			return Optional.empty();
		}
		return this.store.findByIndex(actor.scope().value()).map(WorkerStore.Row::id);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<WorkerView> findByIdNumber(Actor actor, String idNumber) {
		actor.require(RegistryPermissions.WORKER_READ);
		String normalised = idNumber == null ? null : idNumber.trim().toUpperCase();
		Optional<FieldError> problem = IdNumber.check("idNumber", normalised);
		if (problem.isPresent()) {
			throw new InvalidInputException(List.of(problem.get()));
		}
		return this.store.findByIndexes(this.cipher.blindIndexes(normalised))
			.flatMap(row -> this.store.find(ScopeFilter.of(actor), row.id()))
			.map(this::view);
	}

	@Override
	@Transactional
	public Optional<WorkerView> identify(Actor actor, String idNumber, String name) {
		actor.require(RegistryPermissions.WORKER_READ);
		if (actor.scope().kind() != Scope.Kind.INSTITUTION) {
			return findByIdNumber(actor, idNumber).filter(w -> name == null || name.isBlank() || w.name().equals(name.trim()));
		}
		String normalised = idNumber == null ? null : idNumber.trim().toUpperCase();
		IdNumber.check("idNumber", normalised).ifPresent(problem -> {
			throw new InvalidInputException(java.util.List.of(problem));
		});
		if (name == null || name.isBlank()) {
			throw InvalidInputException.of("name", "registry.field.required", 50);
		}
		Optional<WorkerStore.Row> row = this.store.findByIndexes(this.cipher.blindIndexes(normalised))
			.filter(r -> r.name().equals(name.trim()));
		if (row.isEmpty()) {
			return Optional.empty();
		}
		if (this.store.find(ScopeFilter.of(actor), row.get().id()).isEmpty()) {
			this.grants.add(actor, row.get().id(), actor.scope(), GrantReason.IN_PERSON, "in-person:" + actor.username() + ":" + LocalDate.now(this.clock),
					LocalDate.now(this.clock).plusDays(this.settings.inPersonDays()));
		}
		return row.map(this::view);
	}

	@Override
	@Transactional
	public String revealIdNumber(Actor actor, long id) {
		actor.require(RegistryPermissions.WORKER_REVEAL);
		WorkerStore.Row row = visible(actor, id);
		this.audit.record(actor, "registry.worker.id-revealed",
				AuditTarget.of("worker", id, actor.scope().regionPrefix().orElse(actor.regionCode())), null,
				Map.of("worker", id, "idNumber", row.idNumberMasked()));
		return this.cipher.decrypt(row.idNumberCipher());
	}

	@Override
	@Transactional
	public Map<Long, ExchangeWorker> forExchange(Actor actor, java.util.Collection<Long> ids) {
		actor.require(RegistryPermissions.WORKER_READ);
		actor.require(RegistryPermissions.WORKER_REVEAL);
		List<WorkerStore.Row> rows = this.store.findAll(ScopeFilter.of(actor), ids);
		if (rows.isEmpty()) {
			return Map.of();
		}
		Map<Long, List<EmploymentView>> employments = this.store
			.employmentsOf(rows.stream().map(WorkerStore.Row::id).toList());
		Map<Long, ExchangeWorker> found = new LinkedHashMap<>();
		for (WorkerStore.Row row : rows) {
			found.put(row.id(), new ExchangeWorker(view(row), this.cipher.decrypt(row.idNumberCipher()),
					employments.getOrDefault(row.id(), List.of())));
		}
		List<Long> revealed = List.copyOf(found.keySet());
		this.audit.record(actor, "registry.worker.id-revealed",
				AuditTarget.of("worker", revealed.get(0), actor.scope().regionPrefix().orElse(actor.regionCode())), null,
				Map.of("workers", revealed.size() <= 500 ? revealed.toString() : revealed.subList(0, 500) + "…",
						"count", revealed.size(), "purpose", "exchange"));
		return found;
	}

	@Override
	@Transactional(readOnly = true)
	public ExposedWorkforce exposed(Actor actor, long employerId) {
		actor.require(RegistryPermissions.EMPLOYER_READ);
		this.employers.find(ScopeFilter.of(actor), employerId).orElseThrow(() -> new NotFoundException("employer", employerId));
		return this.store.exposed(employerId);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<org.ohsonline.registry.EmployerExposure> exposure(Actor actor, long employerId) {
		return Optional.ofNullable(exposureOf(actor, List.of(employerId)).get(employerId));
	}

	@Override
	@Transactional(readOnly = true)
	public Map<Long, org.ohsonline.registry.EmployerExposure> exposureOf(Actor actor,
			java.util.Collection<Long> employerIds) {
		actor.require(RegistryPermissions.EMPLOYER_READ);
		return this.exposures.exposures(this.employers.profiles(ScopeFilter.of(actor), employerIds));
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<org.ohsonline.registry.EmployerProfile> profile(Actor actor, long employerId) {
		actor.require(RegistryPermissions.EMPLOYER_READ);
		return this.employers.profile(ScopeFilter.of(actor), employerId);
	}

	@Override
	@Transactional(readOnly = true)
	public Map<String, java.util.Set<Long>> exposedByCategory(Actor actor, long employerId) {
		return exposedByCategoryOf(actor, List.of(employerId)).getOrDefault(employerId, Map.of());
	}

	@Override
	@Transactional(readOnly = true)
	public Map<Long, Map<String, java.util.Set<Long>>> exposedByCategoryOf(Actor actor,
			java.util.Collection<Long> employerIds) {
		actor.require(RegistryPermissions.EMPLOYER_READ);
		return this.exposures.exposedByCategory(ScopeFilter.of(actor), employerIds);
	}

	@Override
	@Transactional(readOnly = true)
	public void forEachExposure(Actor actor, java.util.function.Consumer<EmployerHazards> consumer) {
		actor.require(RegistryPermissions.EMPLOYER_READ);
		this.exposures.forEach(ScopeFilter.of(actor), consumer);
	}

	@Override
	@Transactional(readOnly = true)
	public Map<Long, long[]> currentCounts(Actor actor, String regionPrefix, java.util.Set<Long> workerIds) {
		actor.require(RegistryPermissions.WORKER_READ);
		return this.store.currentCounts(ScopeFilter.of(actor), regionPrefix == null ? "" : regionPrefix, workerIds);
	}

	@Override
	@Transactional(readOnly = true)
	public void forEachCurrentOf(Actor actor, java.util.Collection<Long> employerIds,
			java.util.function.Consumer<org.ohsonline.registry.CurrentWorker> consumer) {
		actor.require(RegistryPermissions.WORKER_READ);
		if (!employerIds.isEmpty()) {
			this.store.forEachCurrentOf(ScopeFilter.of(actor), employerIds, consumer);
		}
	}

	@Override
	@Transactional(readOnly = true)
	public void forEachCurrent(Actor actor, String regionPrefix,
			java.util.function.Consumer<org.ohsonline.registry.CurrentWorker> consumer) {
		actor.require(RegistryPermissions.WORKER_READ);
		this.store.forEachCurrent(ScopeFilter.of(actor), regionPrefix == null ? "" : regionPrefix, consumer);
	}

	@Override
	@Transactional(readOnly = true)
	public Page<EmploymentView> workforce(Actor actor, long employerId, boolean current, String q, PageQuery page) {
		actor.require(RegistryPermissions.WORKER_READ);
		this.employers.find(ScopeFilter.of(actor), employerId).orElseThrow(() -> new NotFoundException("employer", employerId));
		String text = q == null || q.isBlank() ? null : q.trim();
		return Page.of(this.store.workforce(employerId, current, text, page),
				this.store.countWorkforce(employerId, current, text), page);
	}

	@Override
	public List<FieldError> check(Actor actor, HireCommand command) {
		return this.employments.check(actor, command);
	}

	@Override
	public EmploymentView hire(Actor actor, HireCommand command) {
		return this.employments.hire(actor, command);
	}

	@Override
	public List<EmploymentView> pendingDispatches(Actor actor, long hostEmployerId) {
		return this.dispatches.pending(actor, hostEmployerId);
	}

	@Override
	public EmploymentView answerDispatch(Actor actor, long employmentId, Boolean confirm) {
		return this.dispatches.answer(actor, employmentId, confirm);
	}

	@Override
	public EmploymentView leave(Actor actor, long employmentId, LocalDate leftOn) {
		return this.employments.leave(actor, employmentId, leftOn);
	}

	@Override
	public EmploymentView changePost(Actor actor, long employmentId, Long postId, LocalDate changedOn) {
		return this.employments.changePost(actor, employmentId, postId, changedOn);
	}

	@Override
	@Transactional(readOnly = true)
	public List<EmploymentView> employments(Actor actor, long workerId) {
		actor.require(RegistryPermissions.WORKER_READ);
		visible(actor, workerId);
		List<EmploymentView> all = this.store.employmentsOf(workerId);
		if (actor.scope().kind() != Scope.Kind.EMPLOYER) {
			return all;
		}
		// An employer learns the worker's history at other employers only with the worker's consent.
		long own = this.employers.byCreditCode(actor.scope().value()).map(EmployerStore.Row::id).orElse(-1L);
		return this.consents.shares(workerId, own) ? all : all.stream().filter(e -> e.worksFor(own)).toList();
	}

	@Override
	public void shareHistory(Actor actor, Long employerId, Boolean share) {
		this.consents.share(actor, own(actor).map(WorkerView::id), employerId, share);
	}

	@Override
	@Transactional(readOnly = true)
	public java.util.Set<Long> historySharedWith(Actor actor, long workerId) {
		actor.require(RegistryPermissions.WORKER_READ);
		visible(actor, workerId);
		return this.consents.sharedWith(workerId);
	}

	@Override
	@Transactional(readOnly = true)
	public List<ExposureView> exposures(Actor actor, long workerId) {
		List<ExposureView> exposures = new ArrayList<>();
		List<WorkerStore.PostChange> changes = this.store.postChangesOf(workerId);
		for (EmploymentView employment : employments(actor, workerId)) {
			// The posts held one after the other: before each change its old post, up to the day before it.
			LocalDate from = employment.hiredOn();
			for (WorkerStore.PostChange change : changes) {
				if (change.employmentId() != employment.id()) {
					continue;
				}
				LocalDate to = change.changedOn().minusDays(1);
				if (change.oldPostId() != null && !to.isBefore(from)) {
					addExposures(exposures, employment, change.oldPostId(),
							this.structure.post(change.oldPostId()).name(), from, to);
				}
				from = change.changedOn();
			}
			if (employment.postId() != null) {
				addExposures(exposures, employment, employment.postId(), employment.postName(), from, employment.leftOn());
			}
		}
		return exposures;
	}

	private void addExposures(List<ExposureView> exposures, EmploymentView employment, long postId, String postName,
			LocalDate from, LocalDate to) {
		for (String code : this.structure.hazardCodesOf(postId)) {
			exposures.add(new ExposureView(code, this.hazards.findFactor(code).map(HazardFactor::name).orElse(code),
					employment.employerId(), employment.employerName(), postName, from, to));
		}
	}

	private WorkerStore.Row visible(Actor actor, long id) {
		return this.store.find(ScopeFilter.of(actor), id).orElseThrow(() -> new NotFoundException("worker", id));
	}

	private WorkerView view(WorkerStore.Row row) {
		return view(row, this.cipher);
	}

	/** A worker as the facade shows it: identity number and mobile masked. */
	static WorkerView view(WorkerStore.Row row, PiiCipher cipher) {
		return new WorkerView(row.id(), row.idNumberMasked(), row.name(), row.gender(), row.birthDate(),
				Masking.mobile(cipher.decrypt(row.mobileCipher())), row.synthetic());
	}

	/** The audited state of a worker. */
	static Map<String, Object> snapshot(WorkerView worker) {
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("name", worker.name());
		state.put("idNumber", worker.idNumberMasked());
		state.put("gender", worker.gender());
		state.put("birthDate", worker.birthDate().toString());
		state.put("mobile", worker.mobileMasked());
		return state;
	}



}
