package org.ohsonline.agency.internal;

import static org.ohsonline.shared.Text.blankToNull;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.ohsonline.shared.ScopeFilter;
import org.ohsonline.agency.Agencies;
import org.ohsonline.agency.AgencyCommand;
import org.ohsonline.agency.AgencyFilter;
import org.ohsonline.agency.AgencyKind;
import org.ohsonline.agency.AgencyRef;
import org.ohsonline.agency.AgencyStatus;
import org.ohsonline.agency.AgencySummary;
import org.ohsonline.agency.AgencyView;
import org.ohsonline.agency.JobType;
import org.ohsonline.agency.Qualification;
import org.ohsonline.agency.QualificationScope;
import org.ohsonline.agency.QualificationState;
import org.ohsonline.audit.AuditTarget;
import org.ohsonline.audit.AuditTrail;
import org.ohsonline.shared.AccessDeniedException;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.InvalidInputException;
import org.ohsonline.shared.InvalidInputException.FieldError;
import org.ohsonline.shared.Masking;
import org.ohsonline.shared.NotFoundException;
import org.ohsonline.shared.Page;
import org.ohsonline.shared.PageQuery;
import org.ohsonline.shared.PiiCipher;
import org.ohsonline.shared.Scope;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class AgencyService implements Agencies {

	private final AgencyStore store;

	private final ScopeStore scopes;

	private final AgencyRules rules;

	private final Qualifications qualifications;

	private final PiiCipher cipher;

	private final AuditTrail audit;

	private final Clock clock;

	private final OwnOrganisationsService own;

	private final ApplicationEventPublisher events;

	AgencyService(AgencyStore store, ScopeStore scopes, AgencyRules rules, Qualifications qualifications,
			PiiCipher cipher, AuditTrail audit, Clock clock, OwnOrganisationsService own,
			ApplicationEventPublisher events) {
		this.events = events;
		this.own = own;
		this.store = store;
		this.scopes = scopes;
		this.rules = rules;
		this.qualifications = qualifications;
		this.cipher = cipher;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public List<AgencySummary> directory(AgencyKind kind) {
		AgencyFilter filter = new AgencyFilter(null, null, kind.name(), AgencyStatus.ACTIVE.name(), null, null, "name");
		return this.store.page(DIRECTORY, "", filter, today(), PageQuery.of(1, PageQuery.MAX_SIZE))
			.stream()
			.filter(a -> a.qualification().usable())
			.toList();
	}

	/** The whole country, for the published directory. */
	private static final ScopeFilter DIRECTORY = new ScopeFilter("", null, null, null, null, null);

	@Override
	@Transactional(readOnly = true)
	public Page<AgencySummary> search(Actor actor, AgencyFilter filter, PageQuery page) {
		actor.require(AgencyPermissions.READ);
		Optional<String> region = ScopeFilter.narrowRegion(actor, filter.region());
		if (region.isEmpty()) {
			return Page.of(List.of(), 0, page);
		}
		ScopeFilter scope = ScopeFilter.of(actor);
		LocalDate today = today();
		return Page.of(this.store.page(scope, region.get(), filter, today, page),
				this.store.count(scope, region.get(), filter, today), page);
	}

	@Override
	@Transactional(readOnly = true)
	public void forEach(Actor actor, AgencyFilter filter, Consumer<AgencySummary> consumer) {
		actor.require(AgencyPermissions.READ);
		ScopeFilter.narrowRegion(actor, filter.region())
			.ifPresent(region -> this.store.forEach(ScopeFilter.of(actor), region, filter, today(), consumer));
	}

	@Override
	@Transactional(readOnly = true)
	public AgencyView find(Actor actor, long id) {
		actor.require(AgencyPermissions.READ);
		return view(visible(actor, id));
	}

	@Override
	@Transactional
	public AgencyView register(Actor actor, AgencyCommand command) {
		requireQualificationAuthority(actor);
		LocalDate today = today();
		List<FieldError> errors = this.rules.check(actor, command, null, today);
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		Instant now = Instant.now(this.clock);
		long id = this.store.insert(new AgencyStore.Row(0, command.kind(), command.creditCode().trim().toUpperCase(),
				command.name().trim(), command.regionCode(), command.address().trim(), blankToNull(command.contactName()),
				this.cipher.encrypt(blankToNull(command.contactPhone())), AgencyStatus.ACTIVE,
				command.certificateNumber().trim(), command.issuingAuthority().trim(), command.validFrom(),
				command.validTo(), false, now, now, 0));
		AgencyView created = view(this.store.find(id).orElseThrow());
		this.audit.record(actor, "agency.agency.registered", target(created), null, snapshot(created));
		this.own.forget();
		return created;
	}

	@Override
	@Transactional
	public AgencyView update(Actor actor, long id, AgencyCommand command) {
		requireQualificationAuthority(actor);
		AgencyStore.Row current = visible(actor, id);
		List<FieldError> errors = this.rules.check(actor, command, current, today());
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		AgencyView before = view(current);
		String phone = command.contactPhone() == null ? current.contactPhoneCipher()
				: this.cipher.encrypt(blankToNull(command.contactPhone()));
		save(new AgencyStore.Row(id, current.kind(), current.creditCode(), command.name().trim(), command.regionCode(),
				command.address().trim(), blankToNull(command.contactName()), phone, current.status(),
				command.certificateNumber().trim(), command.issuingAuthority().trim(), command.validFrom(),
				command.validTo(), current.synthetic(), current.createdAt(), Instant.now(this.clock), current.version()));
		AgencyView after = view(this.store.find(id).orElseThrow());
		this.audit.record(actor, "agency.agency.changed", target(after), snapshot(before), snapshot(after));
		return after;
	}

	@Override
	@Transactional
	public AgencyView changeStatus(Actor actor, long id, AgencyStatus status) {
		requireQualificationAuthority(actor);
		AgencyStore.Row current = visible(actor, id);
		if (status == null) {
			throw InvalidInputException.of("status", "agency.agency.statusRequired");
		}
		if (current.status() == status) {
			return view(current);
		}
		if (!current.status().canChangeTo(status)) {
			throw InvalidInputException.of("status", "agency.agency.revokedIsFinal");
		}
		AgencyView before = view(current);
		save(new AgencyStore.Row(id, current.kind(), current.creditCode(), current.name(), current.regionCode(),
				current.address(), current.contactName(), current.contactPhoneCipher(), status,
				current.certificateNumber(), current.issuingAuthority(), current.validFrom(), current.validTo(),
				current.synthetic(), current.createdAt(), Instant.now(this.clock), current.version()));
		AgencyView after = view(this.store.find(id).orElseThrow());
		this.audit.record(actor, "agency.agency.status-changed", target(after), snapshot(before), snapshot(after));
		// The rating follows the qualification; a revoked one proposes a blacklist entry (BlacklistTriggers).
		this.events.publishEvent(new AgencyStatusChanged(id, status));
		return after;
	}

	@Override
	@Transactional
	public AgencyView changeScope(Actor actor, long id, QualificationScope scope) {
		requireQualificationAuthority(actor);
		AgencyStore.Row current = visible(actor, id);
		QualificationScope wanted = distinct(scope == null ? QualificationScope.empty() : scope);
		List<FieldError> errors = this.rules.checkScope(current.kind(), wanted);
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		AgencyView before = view(current);
		this.scopes.replace(id, wanted);
		// Bumps the version, so that a concurrent change of the same agency fails instead of mixing.
		save(new AgencyStore.Row(id, current.kind(), current.creditCode(), current.name(), current.regionCode(),
				current.address(), current.contactName(), current.contactPhoneCipher(), current.status(),
				current.certificateNumber(), current.issuingAuthority(), current.validFrom(), current.validTo(),
				current.synthetic(), current.createdAt(), Instant.now(this.clock), current.version()));
		AgencyView after = view(this.store.find(id).orElseThrow());
		this.audit.record(actor, "agency.scope.changed", target(after), scopeSnapshot(before.scope()),
				scopeSnapshot(after.scope()));
		return after;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<AgencyRef> reference(long id) {
		return this.store.find(id).map(AgencyStore.Row::reference);
	}

	@Override
	@Transactional(readOnly = true)
	public List<AgencyRef> ownedBy(Scope scope) {
		if (scope.kind() != Scope.Kind.AGENCY && scope.kind() != Scope.Kind.INSTITUTION) {
			return List.of();
		}
		return this.store.byCreditCode(scope.value())
			.stream()
			.filter(row -> row.kind().staffScope() == scope.kind())
			.map(AgencyStore.Row::reference)
			.toList();
	}

	@Override
	@Transactional(readOnly = true)
	public Qualification qualifiedFor(long agencyId, JobType jobType, String hazardCategory, LocalDate on) {
		return this.qualifications.forJob(agencyId, jobType, hazardCategory, on == null ? today() : on);
	}

	private AgencyStore.Row visible(Actor actor, long id) {
		return this.store.find(ScopeFilter.of(actor), id).orElseThrow(() -> new NotFoundException("agency", id));
	}

	/** Qualifications are granted by the health commission of a region, never by the agency itself. */
	private static void requireQualificationAuthority(Actor actor) {
		actor.require(AgencyPermissions.WRITE);
		if (actor.scope().kind() != Scope.Kind.REGION) {
			throw new AccessDeniedException("registering and changing qualifications needs a regional scope");
		}
	}

	private void save(AgencyStore.Row row) {
		if (!this.store.update(row)) {
			throw new OptimisticLockingFailureException("Agency " + row.id() + " was changed concurrently");
		}
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

	AgencyView view(AgencyStore.Row row) {
		LocalDate today = today();
		return new AgencyView(row.id(), row.kind(), row.creditCode(), row.name(), row.regionCode(), row.address(),
				row.contactName(), Masking.mobile(this.cipher.decrypt(row.contactPhoneCipher())), row.status(),
				row.certificateNumber(), row.issuingAuthority(), row.validFrom(), row.validTo(),
				ChronoUnit.DAYS.between(today, row.validTo()), QualificationState.on(today, row.validFrom(), row.validTo()),
				this.scopes.read(row.id()), row.synthetic(), row.createdAt(), row.updatedAt());
	}

	private static QualificationScope distinct(QualificationScope scope) {
		return new QualificationScope(new ArrayList<>(new LinkedHashSet<>(trimmed(scope.hazardCategories()))),
				new ArrayList<>(new LinkedHashSet<>(trimmed(scope.hazardFactors()))), scope.jobTypes(),
				scope.dailyCapacity());
	}

	private static List<String> trimmed(List<String> codes) {
		return codes.stream().filter(c -> c != null && !c.isBlank()).map(String::trim).toList();
	}

	private static Map<String, Object> snapshot(AgencyView view) {
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("kind", view.kind().name());
		state.put("creditCode", view.creditCode());
		state.put("name", view.name());
		state.put("regionCode", view.regionCode());
		state.put("address", view.address());
		state.put("contactName", view.contactName());
		state.put("phone", view.contactPhoneMasked());
		state.put("status", view.status().name());
		state.put("certificateNumber", view.certificateNumber());
		state.put("issuingAuthority", view.issuingAuthority());
		state.put("validFrom", view.validFrom().toString());
		state.put("validTo", view.validTo().toString());
		return state;
	}

	private static Map<String, Object> scopeSnapshot(QualificationScope scope) {
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("hazardCategories", String.join(",", scope.hazardCategories()));
		state.put("hazardFactors", String.join(",", scope.hazardFactors()));
		state.put("jobTypes", String.join(",", scope.jobTypes().stream().map(Enum::name).sorted().toList()));
		state.put("dailyCapacity", String.join(",", scope.dailyCapacity()
			.entrySet()
			.stream()
			.map(e -> e.getKey().code() + "=" + e.getValue())
			.toList()));
		return state;
	}

	static AuditTarget target(AgencyView view) {
		return AuditTarget.of("agency", view.id(), view.regionCode());
	}


}
