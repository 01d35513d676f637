package org.ohsonline.registry.internal;

import static org.ohsonline.shared.Text.blankToNull;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.ohsonline.audit.AuditTarget;
import org.ohsonline.audit.AuditTrail;
import org.ohsonline.registry.EmploymentView;
import org.ohsonline.registry.HireCommand;
import org.ohsonline.registry.WorkerCommand;
import org.ohsonline.registry.WorkerHired;
import org.ohsonline.registry.WorkerLeft;
import org.ohsonline.registry.WorkerPostsChanged;
import org.ohsonline.registry.WorkerView;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.CreditCode;
import org.ohsonline.shared.IdNumber;
import org.ohsonline.shared.InvalidInputException;
import org.ohsonline.shared.InvalidInputException.FieldError;
import org.ohsonline.shared.Limits;
import org.ohsonline.shared.Masking;
import org.ohsonline.shared.NotFoundException;
import org.ohsonline.shared.PiiCipher;
import org.ohsonline.shared.ScopeFilter;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register's employment writes behind {@link WorkerService}: hiring (the person's one record found or registered
 * first), leaving and post changes, each checked, audited, written to the history and announced in one transaction.
 */
@Component
class EmploymentChanges {

	private static final Pattern MOBILE = Pattern.compile("1\\d{10}");

	private final WorkerStore store;

	private final EmployerStore employers;

	private final StructureStore structure;

	private final HistoryStore history;

	private final PiiCipher cipher;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	EmploymentChanges(WorkerStore store, EmployerStore employers, StructureStore structure, HistoryStore history,
			PiiCipher cipher, AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
		this.store = store;
		this.employers = employers;
		this.structure = structure;
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
		WorkerView created = WorkerService.view(this.store.findByIndex(index).orElseThrow(), this.cipher);
		this.audit.record(actor, "registry.worker.registered",
				AuditTarget.of("worker", id, regionCode), null, WorkerService.snapshot(created));
		this.history.record(null, id, now, "WORKER_REGISTERED", created.name());
		return id;
	}

	@Transactional(readOnly = true)
	List<FieldError> check(Actor actor, HireCommand command) {
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

	@Transactional
	EmploymentView hire(Actor actor, HireCommand command) {
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

	@Transactional
	EmploymentView leave(Actor actor, long employmentId, LocalDate leftOn) {
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

	@Transactional
	EmploymentView changePost(Actor actor, long employmentId, Long postId, LocalDate changedOn) {
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

}
