package org.ohsonline.registry.internal;

import static org.ohsonline.shared.Text.blankToNull;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

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
import org.ohsonline.registry.WorkerCommand;
import org.ohsonline.registry.WorkerHired;
import org.ohsonline.registry.WorkerLeft;
import org.ohsonline.registry.WorkerPostsChanged;
import org.ohsonline.registry.WorkerView;
import org.ohsonline.registry.Workers;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.CreditCode;
import org.ohsonline.shared.IdNumber;
import org.ohsonline.shared.InvalidInputException;
import org.ohsonline.shared.InvalidInputException.FieldError;
import org.ohsonline.shared.Limits;
import org.ohsonline.shared.Masking;
import org.ohsonline.shared.NotFoundException;
import org.ohsonline.shared.Page;
import org.ohsonline.shared.PageQuery;
import org.ohsonline.shared.PiiCipher;
import org.ohsonline.shared.Scope;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class WorkerService implements Workers {

	private static final Pattern MOBILE = Pattern.compile("1\\d{10}");

	private final WorkerStore store;

	private final ExposureStore exposures;

	private final EmployerStore employers;

	private final StructureStore structure;

	private final HazardFactors hazards;

	private final HistoryStore history;

	private final PiiCipher cipher;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final GrantService grants;

	private final RegistrySettings settings;

	private final DispatchAnswers dispatches;

	private final HistoryConsents consents;

	WorkerService(WorkerStore store, ExposureStore exposures, EmployerStore employers, StructureStore structure,
			HazardFactors hazards, HistoryStore history, PiiCipher cipher, AuditTrail audit, ApplicationEventPublisher events,
			Clock clock, GrantService grants, RegistrySettings settings, DispatchAnswers dispatches,
			HistoryConsents consents) {
		this.dispatches = dispatches;
		this.consents = consents;
		this.grants = grants;
		this.settings = settings;
		this.store = store;
		this.exposures = exposures;
		this.employers = employers;
		this.structure = structure;
		this.hazards = hazards;
		this.history = history;
		this.cipher = cipher;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	private List<FieldError> checkPerson(WorkerCommand command) {
		List<FieldError> errors = new ArrayList<>();
		String idNumber = command.idNumber() == null ? null : command.idNumber().trim().toUpperCase();
		IdNumber.check("idNumber", idNumber).ifPresent(errors::add);
		if (command.name() == null || command.name().isBlank() || command.name().trim().length() > 50) {
			errors.add(FieldError.of("name", "registry.field.required", 50));
		}
		else {
			Limits.check(errors, "name", command.name(), 50);
		}
		if (command.mobile() != null && !command.mobile().isBlank() && !MOBILE.matcher(command.mobile().trim()).matches()) {
			errors.add(FieldError.of("mobile", "registry.worker.mobileInvalid"));
		}
		return errors;
	}

	/** The person's record: the existing one for the identity number, or a new one. */
	private long registerOrFind(Actor actor, WorkerCommand command, String regionCode) {
		String idNumber = command.idNumber().trim().toUpperCase();
		String index = this.cipher.blindIndex(idNumber);
		Optional<WorkerStore.Row> existing = this.store.findByIndexes(this.cipher.blindIndexes(idNumber));
		if (existing.isPresent()) {
			// One record per person: the same identity number always leads to the same worker, and
			// only under the name it was registered with (checked before), so that hiring never
			// serves as a lookup of a stranger's name.
			return existing.get().id();
		}
		IdNumber parsed = new IdNumber(idNumber);
		String gender = (idNumber.charAt(16) - '0') % 2 == 1 ? "M" : "F";
		Instant now = Instant.now(this.clock);
		long id = this.store.insert(this.cipher.encrypt(idNumber), index, Masking.idNumber(idNumber),
				command.name().trim(), gender, parsed.birthDate(), this.cipher.encrypt(blankToNull(command.mobile())), now);
		WorkerView created = view(this.store.findByIndex(index).orElseThrow());
		this.audit.record(actor, "registry.worker.registered",
				AuditTarget.of("worker", id, regionCode), null, snapshot(created));
		this.history.record(null, id, now, "WORKER_REGISTERED", created.name());
		return id;
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
	@Transactional(readOnly = true)
	public List<FieldError> check(Actor actor, HireCommand command) {
		actor.require(RegistryPermissions.WORKER_WRITE);
		this.employers.find(ScopeFilter.of(actor), command.employerId())
			.orElseThrow(() -> new NotFoundException("employer", command.employerId()));
		List<FieldError> errors = checkHire(command);
		if (errors.isEmpty()) {
			// Only a valid number has a blind index to look up.
			this.store.findByIndexes(this.cipher.blindIndexes(command.worker().idNumber().trim().toUpperCase()))
				.filter(existing -> this.store.currentlyEmployed(existing.id(), command.employerId()))
				.ifPresent(existing -> errors.add(FieldError.of("idNumber", "registry.employment.alreadyEmployed")));
		}
		return errors;
	}

	private List<FieldError> checkHire(HireCommand command) {
		List<FieldError> errors = command.worker() == null
				? new ArrayList<>(List.of(FieldError.of("idNumber", "shared.idNumber.length")))
				: checkPerson(command.worker());
		if (errors.isEmpty()) {
			// An identity number already registered must come with the name it was registered under.
			this.store.findByIndexes(this.cipher.blindIndexes(command.worker().idNumber().trim().toUpperCase()))
				.filter(existing -> !existing.name().equals(command.worker().name().trim()))
				.ifPresent(existing -> errors.add(FieldError.of("name", "registry.worker.nameMismatch")));
		}
		if (command.postId() != null
				&& !this.structure.employerOfPost(command.postId()).map(e -> e == command.employerId()).orElse(false)) {
			errors.add(FieldError.of("postId", "registry.employment.postNotAtEmployer"));
		}
		LocalDate today = LocalDate.now(this.clock);
		if (command.hiredOn() == null || command.hiredOn().isAfter(today)) {
			errors.add(FieldError.of("hiredOn", "registry.employment.dateInvalid"));
		}
		// The host is another employer of the register in the employer's province (the platform's
		// jurisdiction); it confirms the dispatch before it sees the worker.
		String province = this.employers.regionOf(command.employerId()).substring(0, 2);
		if (command.dispatched() && host(command)
			.filter(h -> h.id() != command.employerId() && h.regionCode().startsWith(province))
			.isEmpty()) {
			errors.add(FieldError.of("hostCreditCode", "registry.employment.hostRequired"));
		}
		return errors;
	}

	/** The host employer named by its credit code, if the register has it. */
	private Optional<EmployerStore.Row> host(HireCommand command) {
		String code = command.hostCreditCode() == null ? null : command.hostCreditCode().trim().toUpperCase();
		return code == null || !CreditCode.isValid(code) ? Optional.empty() : this.employers.byCreditCode(code);
	}

	@Override
	@Transactional
	public EmploymentView hire(Actor actor, HireCommand command) {
		actor.require(RegistryPermissions.WORKER_WRITE);
		EmployerStore.Row employer = this.employers.find(ScopeFilter.of(actor), command.employerId())
			.orElseThrow(() -> new NotFoundException("employer", command.employerId()));
		List<FieldError> errors = checkHire(command);
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		long workerId = registerOrFind(actor, command.worker(), employer.regionCode());
		if (this.store.currentlyEmployed(workerId, command.employerId())) {
			throw InvalidInputException.of("idNumber", "registry.employment.alreadyEmployed");
		}
		Optional<EmployerStore.Row> host = command.dispatched() ? host(command) : Optional.empty();
		long id = this.store.insertEmployment(workerId, command.employerId(), employer.regionCode(),
				command.postId(), command.hiredOn(), command.dispatched(), host.map(EmployerStore.Row::id).orElse(null));
		EmploymentView hired = this.store.employment(id).orElseThrow();
		this.audit.record(actor, "registry.worker.hired", AuditTarget.of("employment", id, employer.regionCode()), null,
				EmploymentSnapshot.of(hired));
		this.history.record(command.employerId(), workerId, Instant.now(this.clock), "HIRED",
				hired.workerName(), hired.employerName(), String.valueOf(hired.postName()), hired.hiredOn().toString());
		List<String> hazardCodes = command.postId() == null ? List.of() : this.structure.hazardCodesOf(command.postId());
		this.events.publishEvent(new WorkerHired(id, workerId, command.employerId(), employer.regionCode(),
				command.postId(), hazardCodes, command.hiredOn()));
		host.ifPresent(h -> this.history.record(h.id(), null, Instant.now(this.clock), "DISPATCH_PROPOSED",
				hired.workerName(), hired.employerName()));
		return hired;
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
	@Transactional
	public EmploymentView leave(Actor actor, long employmentId, LocalDate leftOn) {
		actor.require(RegistryPermissions.WORKER_WRITE);
		EmploymentView employment = this.store.employment(employmentId)
			.orElseThrow(() -> new NotFoundException("employment", employmentId));
		this.employers.find(ScopeFilter.of(actor), employment.employerId())
			.orElseThrow(() -> new NotFoundException("employment", employmentId));
		if (!employment.current()) {
			throw InvalidInputException.of("leftOn", "registry.employment.alreadyLeft");
		}
		if (leftOn == null || leftOn.isBefore(employment.hiredOn()) || leftOn.isAfter(LocalDate.now(this.clock))) {
			throw InvalidInputException.of("leftOn", "registry.employment.leaveDateInvalid", employment.hiredOn().toString());
		}
		this.store.leave(employmentId, leftOn);
		EmploymentView left = this.store.employment(employmentId).orElseThrow();
		this.audit.record(actor, "registry.worker.left", AuditTarget.of("employment", employmentId, left.regionCode()),
				EmploymentSnapshot.of(employment), EmploymentSnapshot.of(left));
		this.history.record(left.employerId(), left.workerId(), Instant.now(this.clock), "LEFT", left.workerName(),
				left.employerName(), leftOn.toString());
		this.events.publishEvent(
				new WorkerLeft(employmentId, left.workerId(), left.employerId(), left.regionCode(), leftOn));
		return left;
	}

	@Override
	@Transactional
	public EmploymentView changePost(Actor actor, long employmentId, Long postId, LocalDate changedOn) {
		actor.require(RegistryPermissions.WORKER_WRITE);
		EmploymentView employment = this.store.employment(employmentId)
			.orElseThrow(() -> new NotFoundException("employment", employmentId));
		this.employers.find(ScopeFilter.of(actor), employment.employerId())
			.orElseThrow(() -> new NotFoundException("employment", employmentId));
		if (!employment.current()) {
			throw InvalidInputException.of("postId", "registry.employment.alreadyLeft");
		}
		if (postId != null && !this.structure.employerOfPost(postId).map(e -> e == employment.employerId()).orElse(false)) {
			throw InvalidInputException.of("postId", "registry.employment.postNotAtEmployer");
		}
		if (java.util.Objects.equals(postId, employment.postId())) {
			throw InvalidInputException.of("postId", "registry.employment.postUnchanged");
		}
		LocalDate since = this.store.postChangesOf(employment.workerId())
			.stream()
			.filter(c -> c.employmentId() == employmentId)
			.map(WorkerStore.PostChange::changedOn)
			.reduce(employment.hiredOn(), (a, b) -> b.isAfter(a) ? b : a);
		if (changedOn == null || changedOn.isBefore(since) || changedOn.isAfter(LocalDate.now(this.clock))) {
			throw InvalidInputException.of("changedOn", "registry.employment.postChangeDateInvalid", since.toString());
		}
		List<String> oldHazards = employment.postId() == null ? List.of() : this.structure.hazardCodesOf(employment.postId());
		List<String> newHazards = postId == null ? List.of() : this.structure.hazardCodesOf(postId);
		this.store.insertPostChange(employment, postId, changedOn, Instant.now(this.clock));
		this.store.changePost(employmentId, postId);
		EmploymentView changed = this.store.employment(employmentId).orElseThrow();
		Map<String, Object> before = EmploymentSnapshot.of(employment);
		before.put("hazards", oldHazards);
		Map<String, Object> after = EmploymentSnapshot.of(changed);
		after.put("hazards", newHazards);
		after.put("changedOn", changedOn.toString());
		this.audit.record(actor, "registry.worker.post-changed",
				AuditTarget.of("employment", employmentId, changed.regionCode()), before, after);
		this.history.record(changed.employerId(), changed.workerId(), Instant.now(this.clock), "POST_CHANGED",
				changed.workerName(), employment.postName() == null ? "—" : employment.postName(),
				changed.postName() == null ? "—" : changed.postName(), changedOn.toString());
		this.events.publishEvent(new WorkerPostsChanged(employmentId, changed.workerId(), changed.employerId(),
				changed.regionCode(), employment.postId(), postId, oldHazards, newHazards, changedOn));
		return changed;
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
		return new WorkerView(row.id(), row.idNumberMasked(), row.name(), row.gender(), row.birthDate(),
				Masking.mobile(this.cipher.decrypt(row.mobileCipher())), row.synthetic());
	}

	private static Map<String, Object> snapshot(WorkerView worker) {
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("name", worker.name());
		state.put("idNumber", worker.idNumberMasked());
		state.put("gender", worker.gender());
		state.put("birthDate", worker.birthDate().toString());
		state.put("mobile", worker.mobileMasked());
		return state;
	}



}
