package org.ohsonline.registry.internal;

import static org.ohsonline.shared.Text.blankToNull;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

import org.ohsonline.shared.ScopeFilter;
import org.ohsonline.audit.AuditTarget;
import org.ohsonline.audit.AuditTrail;
import org.ohsonline.registry.EmployerChanged;
import org.ohsonline.registry.EmployerCommand;
import org.ohsonline.registry.EmployerDuties;
import org.ohsonline.registry.EmployerFilter;
import org.ohsonline.registry.EmployerRegistered;
import org.ohsonline.registry.EmployerStatus;
import org.ohsonline.registry.EmployerStatusChanged;
import org.ohsonline.registry.EmployerSummary;
import org.ohsonline.registry.EmployerRef;
import org.ohsonline.registry.EmployerView;
import org.ohsonline.registry.Employers;
import org.ohsonline.registry.PostCommand;
import org.ohsonline.registry.StructureViews;
import org.ohsonline.shared.AccessDeniedException;
import org.ohsonline.shared.Actor;
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
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class EmployerService implements Employers {

	private final EmployerStore store;

	private final StructureStore structure;

	private final EmployerRules rules;

	private final Derivations derivations;

	private final PiiCipher cipher;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final HistoryStore history;

	private final Clock clock;

	EmployerService(EmployerStore store, StructureStore structure, EmployerRules rules, Derivations derivations,
			PiiCipher cipher, AuditTrail audit, ApplicationEventPublisher events, HistoryStore history, Clock clock) {
		this.history = history;
		this.store = store;
		this.structure = structure;
		this.rules = rules;
		this.derivations = derivations;
		this.cipher = cipher;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Not in a transaction: the total usually comes from {@link EmployerCounts}, and a list whose
	 * total and page are read a moment apart is still a correct list; the page alone is one statement.
	 */
	@Override
	public Page<EmployerSummary> search(Actor actor, EmployerFilter filter, PageQuery page) {
		actor.require(RegistryPermissions.EMPLOYER_READ);
		var region = ScopeFilter.narrowRegion(actor, filter.region());
		if (region.isEmpty()) {
			return Page.of(List.of(), 0, page);
		}
		ScopeFilter scope = ScopeFilter.of(actor);
		return Page.of(this.store.page(scope, region.get(), filter, page), this.store.count(scope, region.get(), filter),
				page);
	}

	@Override
	@Transactional(readOnly = true)
	public void forEach(Actor actor, EmployerFilter filter, Consumer<EmployerSummary> consumer) {
		actor.require(RegistryPermissions.EMPLOYER_READ);
		ScopeFilter.narrowRegion(actor, filter.region())
			.ifPresent(region -> this.store.forEach(ScopeFilter.of(actor), region, filter, consumer));
	}

	@Override
	@Transactional(readOnly = true)
	public EmployerView find(Actor actor, long id) {
		actor.require(RegistryPermissions.EMPLOYER_READ);
		return view(readable(actor, id));
	}

	@Override
	@Transactional(readOnly = true)
	public List<EmployerRef> inTownships(Actor actor, java.util.Collection<String> townshipCodes) {
		return townshipCodes.isEmpty() ? List.of() : this.store.inTownships(ScopeFilter.of(actor), List.copyOf(townshipCodes));
	}

	@Override
	@Transactional(readOnly = true)
	public java.util.Optional<EmployerView> inScope(Actor actor, long id) {
		return this.store.findReadable(ScopeFilter.of(actor), id).map(this::view);
	}

	@Override
	@Transactional(readOnly = true)
	public EmployerDuties duties(Actor actor, long id) {
		actor.require(RegistryPermissions.EMPLOYER_READ);
		return this.store.duties(ScopeFilter.of(actor), id).orElseThrow(() -> new NotFoundException("employer", id));
	}

	@Override
	@Transactional(readOnly = true)
	public void forEachDuties(Actor actor, Consumer<EmployerDuties> consumer) {
		actor.require(RegistryPermissions.EMPLOYER_READ);
		this.store.forEachDuties(ScopeFilter.of(actor), consumer);
	}

	@Override
	@Transactional(readOnly = true)
	public java.util.Optional<EmployerRef> byCreditCode(String creditCode) {
		String code = creditCode == null ? null : creditCode.trim().toUpperCase(java.util.Locale.ROOT);
		if (code == null || !org.ohsonline.shared.CreditCode.isValid(code)) {
			return java.util.Optional.empty();
		}
		return this.store.byCreditCode(code).map(e -> new EmployerRef(e.id(), e.creditCode(), e.name(), e.regionCode()));
	}

	@Override
	@Transactional(readOnly = true)
	public java.util.Optional<EmployerRef> refOf(long id) {
		return this.store.find(new ScopeFilter("", null, null, null, null, null), id)
			.map(e -> new EmployerRef(e.id(), e.creditCode(), e.name(), e.regionCode()));
	}

	@Override
	@Transactional(readOnly = true)
	public List<FieldError> check(Actor actor, EmployerCommand command) {
		actor.require(RegistryPermissions.EMPLOYER_WRITE);
		if (actor.scope().kind() != Scope.Kind.REGION) {
			throw new AccessDeniedException("registering employers needs a regional scope");
		}
		return this.rules.check(actor, command, null);
	}

	@Override
	@Transactional
	public EmployerView register(Actor actor, EmployerCommand command) {
		List<FieldError> errors = check(actor, command);
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		Instant now = Instant.now(this.clock);
		EmployerStore.Row row = this.derivations.derive(new EmployerStore.Row(0, command.creditCode().trim().toUpperCase(),
				command.name().trim(), command.regionCode(), command.address().trim(), command.industryCode(),
				blankToNull(command.economicTypeCode()), command.employees(), command.annualRevenue(), null,
				command.legalRepresentative().trim(), blankToNull(command.ohManagerName()),
				this.cipher.encrypt(blankToNull(command.ohManagerPhone())),
				this.cipher.encrypt(blankToNull(command.contactPhone())), EmployerStatus.IN_PRODUCTION, null, null,
				false, now, now, 0, command.productionStartedOn(), answers(command.severityAnswers()), List.of()),
				List.of());
		long id = this.store.insert(row);
		EmployerView created = view(this.store.find(ScopeFilter.of(actor), id).orElseThrow());
		this.audit.record(actor, "registry.employer.registered", target(created.id(), created.regionCode()), null,
				snapshot(created));
		this.history.record(id, null, now, "REGISTERED", created.name());
		this.events.publishEvent(
				new EmployerRegistered(id, created.creditCode(), created.regionCode(), created.industryCode()));
		return created;
	}

	@Override
	@Transactional
	public EmployerView update(Actor actor, long id, EmployerCommand command) {
		actor.require(RegistryPermissions.EMPLOYER_WRITE);
		EmployerStore.Row current = visible(actor, id);
		List<FieldError> errors = this.rules.check(actor, command, current);
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		EmployerView before = view(current);
		EmployerStore.Row changed = this.derivations.derive(new EmployerStore.Row(id, current.creditCode(), command.name().trim(),
				command.regionCode(), command.address().trim(), command.industryCode(),
				blankToNull(command.economicTypeCode()), command.employees(), command.annualRevenue(), null,
				command.legalRepresentative().trim(), blankToNull(command.ohManagerName()),
				phone(command.ohManagerPhone(), current.ohManagerPhoneCipher()),
				phone(command.contactPhone(), current.contactPhoneCipher()), current.status(), null, null,
				current.synthetic(), current.createdAt(), Instant.now(this.clock), current.version(),
				command.productionStartedOn(),
				command.severityAnswers() == null ? current.answers() : answers(command.severityAnswers()), List.of()),
				this.store.siteIndustries(id));
		save(changed);
		EmployerView after = view(this.store.find(ScopeFilter.of(actor), id).orElseThrow());
		this.audit.record(actor, "registry.employer.changed", target(id, after.regionCode()), snapshot(before),
				snapshot(after));
		Set<String> fields = changedFields(before, after);
		if (!fields.isEmpty()) {
			this.history.record(id, null, after.updatedAt(), "CHANGED", String.join(", ", fields));
			this.events.publishEvent(new EmployerChanged(id, after.regionCode(), fields, LocalDate.now(this.clock)));
		}
		return after;
	}

	@Override
	@Transactional
	public EmployerView changeStatus(Actor actor, long id, EmployerStatus status) {
		actor.require(RegistryPermissions.EMPLOYER_WRITE);
		EmployerStore.Row current = visible(actor, id);
		if (current.status() == status) {
			return view(current);
		}
		EmployerView before = view(current);
		save(current.withStatus(status, Instant.now(this.clock)));
		EmployerView after = view(this.store.find(ScopeFilter.of(actor), id).orElseThrow());
		this.audit.record(actor, "registry.employer.status-changed", target(id, after.regionCode()), snapshot(before),
				snapshot(after));
		this.history.record(id, null, after.updatedAt(), "STATUS_CHANGED", current.status().name(), status.name());
		this.events.publishEvent(
				new EmployerStatusChanged(id, after.regionCode(), current.status(), status, LocalDate.now(this.clock)));
		return after;
	}

	@Override
	@Transactional(readOnly = true)
	public List<StructureViews.Site> structure(Actor actor, long employerId) {
		actor.require(RegistryPermissions.EMPLOYER_READ);
		readable(actor, employerId);
		return this.structure.sites(employerId);
	}

	@Override
	@Transactional
	public StructureViews.Site addSite(Actor actor, long employerId, String name, String address, String industryCode) {
		actor.require(RegistryPermissions.EMPLOYER_WRITE);
		EmployerStore.Row employer = visible(actor, employerId);
		List<FieldError> errors = new ArrayList<>();
		this.rules.requireText(errors, "name", name, 100);
		Limits.check(errors, "address", address, Limits.LINE);
		if (industryCode != null && !industryCode.isBlank()) {
			this.rules.checkIndustry(errors, "industryCode", industryCode);
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		long siteId = this.structure.insertSite(employerId, name.trim(), blankToNull(address), blankToNull(industryCode));
		// A site of a more hazardous industry raises the employer's severity.
		List<String> industries = this.store.siteIndustries(employerId);
		save(this.derivations.derive(employer, industries));
		this.audit.record(actor, "registry.site.added", target(employerId, employer.regionCode()), null,
				Map.of("site", name.trim(), "industryCode", String.valueOf(industryCode)));
		this.history.record(employerId, null, Instant.now(this.clock), "SITE_ADDED", name.trim());
		this.events.publishEvent(new EmployerChanged(employerId, employer.regionCode(), Set.of("sites"),
				LocalDate.now(this.clock)));
		return this.structure.sites(employerId).stream().filter(s -> s.id() == siteId).findFirst().orElseThrow();
	}

	@Override
	@Transactional
	public StructureViews.Workshop addWorkshop(Actor actor, long siteId, String name) {
		actor.require(RegistryPermissions.EMPLOYER_WRITE);
		long employerId = this.structure.employerOfSite(siteId).orElseThrow(() -> new NotFoundException("site", siteId));
		EmployerStore.Row employer = visible(actor, employerId);
		List<FieldError> errors = new ArrayList<>();
		this.rules.requireText(errors, "name", name, 100);
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		long id = this.structure.insertWorkshop(siteId, name.trim());
		this.audit.record(actor, "registry.workshop.added", target(employerId, employer.regionCode()), null,
				Map.of("site", siteId, "workshop", name.trim()));
		return new StructureViews.Workshop(id, name.trim(), List.of());
	}

	@Override
	@Transactional
	public StructureViews.Post addPost(Actor actor, long workshopId, PostCommand command) {
		actor.require(RegistryPermissions.EMPLOYER_WRITE);
		long employerId = this.structure.employerOfWorkshop(workshopId)
			.orElseThrow(() -> new NotFoundException("workshop", workshopId));
		EmployerStore.Row employer = visible(actor, employerId);
		List<FieldError> errors = this.rules.checkPost(command);
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		long id = this.structure.insertPost(employerId, workshopId, command);
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("post", command.name().trim());
		after.put("hoursPerDay", command.hoursPerDay());
		after.put("daysPerWeek", command.daysPerWeek());
		after.put("exposedHeadcount", command.exposedHeadcount());
		after.put("hazards", String.join(",", command.hazardCodes()));
		this.audit.record(actor, "registry.post.added", target(employerId, employer.regionCode()), null, after);
		this.history.record(employerId, null, Instant.now(this.clock), "POST_ADDED", command.name().trim(),
				String.join(", ", command.hazardCodes()));
		if (!command.hazardCodes().isEmpty()) {
			// A post with hazard factors may make the employer one that must declare and test.
			this.events.publishEvent(new EmployerChanged(employerId, employer.regionCode(), Set.of(EmployerChanged.HAZARDS),
					LocalDate.now(this.clock)));
		}
		return this.structure.post(id);
	}

	/** The employer in the actor's own scope or opened to it by a grant: profile and structure only. */
	private EmployerStore.Row readable(Actor actor, long id) {
		return this.store.findReadable(ScopeFilter.of(actor), id).orElseThrow(() -> new NotFoundException("employer", id));
	}

	/** The employer in the actor's own scope: everything else (workers, writes). */
	private EmployerStore.Row visible(Actor actor, long id) {
		return this.store.find(ScopeFilter.of(actor), id).orElseThrow(() -> new NotFoundException("employer", id));
	}

	/** The answers as entered: activity codes trimmed, blanks dropped. */
	private static org.ohsonline.reference.SeverityAnswers answers(org.ohsonline.reference.SeverityAnswers given) {
		if (given == null) {
			return org.ohsonline.reference.SeverityAnswers.none();
		}
		return new org.ohsonline.reference.SeverityAnswers(given.activities().stream()
			.filter(Objects::nonNull).map(String::trim).filter(code -> !code.isEmpty())
			.collect(java.util.stream.Collectors.toSet()), given.solventUse());
	}

	private void save(EmployerStore.Row row) {
		if (!this.store.update(row)) {
			throw new OptimisticLockingFailureException("Employer " + row.id() + " was changed concurrently");
		}
	}

	EmployerView view(EmployerStore.Row row) {
		return new EmployerView(row.id(), row.creditCode(), row.name(), row.regionCode(), row.address(),
				row.industryCode(), row.economicTypeCode(), row.employees(), row.annualRevenue(), row.sizeClass(),
				row.legalRepresentative(), row.ohManagerName(),
				Masking.mobile(this.cipher.decrypt(row.ohManagerPhoneCipher())),
				Masking.mobile(this.cipher.decrypt(row.contactPhoneCipher())), row.status(), row.severity(),
				row.severityBasis(), row.synthetic(), row.createdAt(), row.updatedAt(), row.productionStartedOn(),
				row.answers(), row.severityQuestions());
	}

	private static Set<String> changedFields(EmployerView before, EmployerView after) {
		Set<String> fields = new LinkedHashSet<>();
		if (!Objects.equals(before.name(), after.name())) {
			fields.add("name");
		}
		if (!Objects.equals(before.legalRepresentative(), after.legalRepresentative())) {
			fields.add("legalRepresentative");
		}
		if (!Objects.equals(before.address(), after.address()) || !Objects.equals(before.regionCode(), after.regionCode())) {
			fields.add("address");
		}
		if (!Objects.equals(before.industryCode(), after.industryCode())) {
			fields.add("industryCode");
		}
		if (!Objects.equals(before.productionStartedOn(), after.productionStartedOn())) {
			fields.add("productionStartedOn");
		}
		if (before.severity() != after.severity()) {
			// The testing clocks follow the class (工作场所职业卫生管理规定 Art. 20).
			fields.add("severity");
		}
		return fields;
	}

	static Map<String, Object> snapshot(EmployerView view) {
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("creditCode", view.creditCode());
		state.put("name", view.name());
		state.put("regionCode", view.regionCode());
		state.put("address", view.address());
		state.put("industryCode", view.industryCode());
		state.put("economicTypeCode", view.economicTypeCode());
		state.put("employees", view.employees());
		state.put("annualRevenue", view.annualRevenue());
		state.put("sizeClass", view.sizeClass() == null ? null : view.sizeClass().name());
		state.put("legalRepresentative", view.legalRepresentative());
		state.put("ohManagerName", view.ohManagerName());
		state.put("ohManagerPhone", view.ohManagerPhoneMasked());
		state.put("status", view.status().name());
		state.put("severity", view.severity() == null ? null : view.severity().name());
		state.put("activities", String.join(",", view.severityAnswers().activities().stream().sorted().toList()));
		state.put("solventUse", view.severityAnswers().solventUse() == null ? null : view.severityAnswers().solventUse().name());
		state.put("productionStartedOn",
				view.productionStartedOn() == null ? null : view.productionStartedOn().toString());
		return state;
	}

	private static AuditTarget target(long id, String region) {
		return AuditTarget.of("employer", id, region);
	}

	/**
	 * A changed phone number: {@code null} keeps the stored one (pages show phones masked and cannot
	 * send them back), a blank clears it.
	 */
	private String phone(String entered, String stored) {
		return entered == null ? stored : this.cipher.encrypt(blankToNull(entered));
	}


}
