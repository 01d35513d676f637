package org.ohsonline.agency.internal;

import static org.ohsonline.shared.Text.blankToNull;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.ohsonline.shared.ScopeFilter;
import org.ohsonline.agency.AgencyStaff;
import org.ohsonline.agency.StaffCommand;
import org.ohsonline.agency.StaffRole;
import org.ohsonline.agency.StaffStatus;
import org.ohsonline.agency.StaffView;
import org.ohsonline.audit.AuditTarget;
import org.ohsonline.audit.AuditTrail;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.IdNumber;
import org.ohsonline.shared.InvalidInputException;
import org.ohsonline.shared.InvalidInputException.FieldError;
import org.ohsonline.shared.Limits;
import org.ohsonline.shared.Masking;
import org.ohsonline.shared.NotFoundException;
import org.ohsonline.shared.PiiCipher;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff of agencies and institutions. Identity numbers are validated (GB 11643), encrypted with
 * {@link PiiCipher}, blind-indexed so one person is listed once per organisation, and stored masked
 * for display: the full number is never read back by this module.
 */
@Service
class StaffService implements AgencyStaff {

	private final StaffStore store;

	private final AgencyStore agencies;

	private final PiiCipher cipher;

	private final AuditTrail audit;

	private final Clock clock;

	StaffService(StaffStore store, AgencyStore agencies, PiiCipher cipher, AuditTrail audit, Clock clock) {
		this.store = store;
		this.agencies = agencies;
		this.cipher = cipher;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public List<StaffView> staff(Actor actor, long agencyId) {
		actor.require(AgencyPermissions.READ);
		visible(actor, agencyId);
		return this.store.ofAgency(agencyId);
	}

	@Override
	@Transactional(readOnly = true)
	public StaffView find(Actor actor, long staffId) {
		actor.require(AgencyPermissions.READ);
		StaffStore.Row row = this.store.find(staffId).orElseThrow(() -> new NotFoundException("staff", staffId));
		visible(actor, row.view().agencyId(), staffId);
		return row.view();
	}

	@Override
	@Transactional
	public StaffView add(Actor actor, long agencyId, StaffCommand command) {
		actor.require(AgencyPermissions.STAFF_WRITE);
		AgencyStore.Row agency = visible(actor, agencyId);
		List<FieldError> errors = check(command);
		String idNumber = command.idNumber() == null ? null : command.idNumber().trim().toUpperCase(Locale.ROOT);
		Optional<FieldError> problem = IdNumber.check("idNumber", idNumber);
		String index = null;
		if (problem.isPresent()) {
			errors.add(problem.get());
		}
		else {
			index = this.cipher.blindIndex(idNumber);
			if (this.store.exists(agencyId, this.cipher.blindIndexes(idNumber))) {
				errors.add(FieldError.of("idNumber", "agency.staff.alreadyListed", Masking.idNumber(idNumber)));
			}
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		long id = this.store.insert(agencyId, command.name().trim(), this.cipher.encrypt(idNumber), index,
				Masking.idNumber(idNumber), blankToNull(command.title()), blankToNull(command.certificateNumber()),
				command.roles(), Instant.now(this.clock));
		StaffView created = this.store.find(id).orElseThrow().view();
		this.audit.record(actor, "agency.staff.added", target(agency), null, snapshot(created));
		return created;
	}

	@Override
	@Transactional
	public StaffView change(Actor actor, long staffId, StaffCommand command) {
		actor.require(AgencyPermissions.STAFF_WRITE);
		StaffStore.Row current = this.store.find(staffId).orElseThrow(() -> new NotFoundException("staff", staffId));
		AgencyStore.Row agency = visible(actor, current.view().agencyId(), staffId);
		List<FieldError> errors = check(command);
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		if (!this.store.update(staffId, current.version(), command.name().trim(), blankToNull(command.title()),
				blankToNull(command.certificateNumber()), command.roles(), Instant.now(this.clock))) {
			throw new OptimisticLockingFailureException("Staff " + staffId + " was changed concurrently");
		}
		StaffView after = this.store.find(staffId).orElseThrow().view();
		this.audit.record(actor, "agency.staff.changed", target(agency), snapshot(current.view()), snapshot(after));
		return after;
	}

	@Override
	@Transactional
	public StaffView leave(Actor actor, long staffId, LocalDate leftOn) {
		actor.require(AgencyPermissions.STAFF_WRITE);
		StaffStore.Row current = this.store.find(staffId).orElseThrow(() -> new NotFoundException("staff", staffId));
		AgencyStore.Row agency = visible(actor, current.view().agencyId(), staffId);
		if (current.view().status() == StaffStatus.LEFT) {
			throw InvalidInputException.of("leftOn", "agency.staff.alreadyLeft");
		}
		if (leftOn == null || leftOn.isAfter(LocalDate.now(this.clock))) {
			throw InvalidInputException.of("leftOn", "agency.staff.leftOnInvalid");
		}
		if (!this.store.leave(staffId, current.version(), leftOn, Instant.now(this.clock))) {
			throw new OptimisticLockingFailureException("Staff " + staffId + " was changed concurrently");
		}
		StaffView after = this.store.find(staffId).orElseThrow().view();
		this.audit.record(actor, "agency.staff.left", target(agency), snapshot(current.view()), snapshot(after));
		return after;
	}

	@Override
	@Transactional(readOnly = true)
	public List<StaffView> active(long agencyId, StaffRole role) {
		return role == null ? List.of() : this.store.active(agencyId, role);
	}

	private static List<FieldError> check(StaffCommand command) {
		List<FieldError> errors = new ArrayList<>();
		AgencyRules.requireText(errors, "name", command.name(), 50);
		Limits.check(errors, "title", command.title(), 50);
		Limits.check(errors, "certificateNumber", command.certificateNumber(), 50);
		if (command.roles().isEmpty()) {
			errors.add(FieldError.of("roles", "agency.staff.rolesRequired"));
		}
		return errors;
	}

	private AgencyStore.Row visible(Actor actor, long agencyId) {
		return this.agencies.find(ScopeFilter.of(actor), agencyId)
			.orElseThrow(() -> new NotFoundException("agency", agencyId));
	}

	/** A staff member of an agency outside the scope does not exist for the actor. */
	private AgencyStore.Row visible(Actor actor, long agencyId, long staffId) {
		return this.agencies.find(ScopeFilter.of(actor), agencyId)
			.orElseThrow(() -> new NotFoundException("staff", staffId));
	}

	private static AuditTarget target(AgencyStore.Row agency) {
		return AuditTarget.of("agency", agency.id(), agency.regionCode());
	}

	private static Map<String, Object> snapshot(StaffView view) {
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("staffId", view.id());
		state.put("name", view.name());
		state.put("idNumber", view.idNumberMasked());
		state.put("title", view.title());
		state.put("certificateNumber", view.certificateNumber());
		state.put("roles", StaffStore.roles(view.roles()));
		state.put("status", view.status().name());
		state.put("leftOn", view.leftOn() == null ? null : view.leftOn().toString());
		return state;
	}

}
