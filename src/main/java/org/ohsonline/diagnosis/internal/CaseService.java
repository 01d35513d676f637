package org.ohsonline.diagnosis.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.ohsonline.shared.ScopeFilter;
import org.ohsonline.agency.AgencyKind;
import org.ohsonline.agency.AgencyRef;
import org.ohsonline.agency.AgencyStatus;
import org.ohsonline.agency.Agencies;
import org.ohsonline.audit.AuditTarget;
import org.ohsonline.audit.AuditTrail;
import org.ohsonline.diagnosis.Applicant;
import org.ohsonline.diagnosis.ApplicationCommand;
import org.ohsonline.diagnosis.CaseClock;
import org.ohsonline.diagnosis.CaseFilter;
import org.ohsonline.diagnosis.CaseStatus;
import org.ohsonline.diagnosis.CaseSummary;
import org.ohsonline.diagnosis.CaseView;
import org.ohsonline.diagnosis.ClockFilter;
import org.ohsonline.diagnosis.ClockKind;
import org.ohsonline.diagnosis.Diagnoses;
import org.ohsonline.diagnosis.DiagnosisCommand;
import org.ohsonline.diagnosis.DiseaseDiagnosed;
import org.ohsonline.diagnosis.MaterialCommand;
import org.ohsonline.diagnosis.OutcomeStage;
import org.ohsonline.diagnosis.InstitutionClocks;
import org.ohsonline.diagnosis.ReferralApplied;
import org.ohsonline.diagnosis.ReferralView;
import org.ohsonline.reference.HazardFactor;
import org.ohsonline.reference.HazardFactors;
import org.ohsonline.reference.OccupationalDisease;
import org.ohsonline.registry.AccessGrants;
import org.ohsonline.registry.EmployerView;
import org.ohsonline.registry.GrantReason;
import org.ohsonline.registry.Employers;
import org.ohsonline.registry.WorkerView;
import org.ohsonline.registry.Workers;
import org.ohsonline.shared.AccessDeniedException;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.InvalidInputException;
import org.ohsonline.shared.Limits;
import org.ohsonline.shared.Masking;
import org.ohsonline.shared.NotFoundException;
import org.ohsonline.shared.Page;
import org.ohsonline.shared.PageQuery;
import org.ohsonline.shared.PiiCipher;
import org.ohsonline.shared.Scope;
import org.ohsonline.shared.ScopeKeys;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applications, the materials checklist, the diagnosis and the certificate. Each step checks the
 * state it needs, starts or meets its clock and is audited in its transaction.
 */
@Service
class CaseService implements Diagnoses {

	static final String CASE = "diagnosis-case";

	private final CaseStore store;

	private final ReferralStore referrals;

	private final CaseClocks clocks;

	private final CaseClockStore clockStore;

	private final CaseViews views;

	private final DiagnosisRules rules;

	private final CaseRules caseRules;

	private final Scopes scopes;

	private final Workers workers;

	private final Employers employers;

	private final Agencies agencies;

	private final HazardFactors hazards;

	private final PiiCipher cipher;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final CertificateWriter certificates;

	private final AccessGrants grants;

	CaseService(CaseStore store, ReferralStore referrals, CaseClocks clocks, CaseClockStore clockStore, CaseViews views, DiagnosisRules rules, CaseRules caseRules,
			Scopes scopes, Workers workers, Employers employers, Agencies agencies, HazardFactors hazards,
			PiiCipher cipher, AuditTrail audit, ApplicationEventPublisher events,
			CertificateWriter certificates, AccessGrants grants) {
		this.grants = grants;
		this.certificates = certificates;
		this.store = store;
		this.referrals = referrals;
		this.clocks = clocks;
		this.clockStore = clockStore;
		this.views = views;
		this.rules = rules;
		this.caseRules = caseRules;
		this.scopes = scopes;
		this.workers = workers;
		this.employers = employers;
		this.agencies = agencies;
		this.hazards = hazards;
		this.cipher = cipher;
		this.audit = audit;
		this.events = events;
	}

	@Override
	@Transactional
	public CaseView apply(Actor actor, ApplicationCommand command) {
		actor.require(DiagnosisPermissions.APPLY);
		LocalDate today = this.clocks.today();
		LocalDate appliedOn = command.appliedOn() == null ? today : command.appliedOn();
		if (appliedOn.isAfter(today)) {
			throw InvalidInputException.of("appliedOn", "diagnosis.error.future");
		}
		Optional<ReferralStore.Row> referral = Optional.ofNullable(command.referralId())
			.map(id -> this.referrals.lock(id).orElseThrow(() -> new NotFoundException("diagnosis-referral", id)));
		Long workerId = ownWorker(actor).orElse(command.workerId());
		Long employerId = command.employerId();
		if (referral.isPresent()) {
			ReferralView r = referral.get().view();
			workerId = workerId == null ? r.workerId() : workerId;
			employerId = employerId == null ? r.employerId() : employerId;
			if (!"OPEN".equals(r.state()) || r.workerId() != workerId || r.employerId() != employerId) {
				throw InvalidInputException.of("referralId", "diagnosis.error.referralMismatch");
			}
		}
		if (workerId == null) {
			throw InvalidInputException.of("workerId", "diagnosis.error.workerRequired");
		}
		if (employerId == null) {
			throw InvalidInputException.of("employerId", "diagnosis.error.employerRequired");
		}
		if (command.institutionId() == null) {
			throw InvalidInputException.of("institutionId", "diagnosis.error.institutionRequired");
		}
		if (actor.scope().kind() == Scope.Kind.PERSON && command.workerId() != null && !command.workerId().equals(workerId)) {
			throw new AccessDeniedException(DiagnosisPermissions.APPLY);
		}
		// Both ends in the applicant's own scope: the worker as the register shows them to the
		// applicant (an institution through the worker's visit in person or an exam it performed), and
		// the employer the worker works for, which the applicant acts for or supervises.
		long id0 = workerId;
		WorkerView worker = this.workers.inScope(actor, workerId).orElseThrow(() -> new NotFoundException("worker", id0));
		Actor system = Actor.system("diagnosis");
		EmployerView employer = this.employers.find(system, employerId);
		AgencyRef institution = institution(command.institutionId(), appliedOn);
		requireMayApply(actor, employer, institution);
		long employerOfCase = employerId;
		boolean employed = this.workers.employments(system, workerId)
			.stream()
			.anyMatch(e -> e.worksFor(employerOfCase));
		if (!employed) {
			throw InvalidInputException.of("employerId", "diagnosis.error.notEmployed");
		}
		Applicant applicant = switch (actor.scope().kind()) {
			case PERSON -> Applicant.WORKER;
			case EMPLOYER -> Applicant.EMPLOYER;
			default -> command.applicant();
		};
		if (applicant == null) {
			throw InvalidInputException.of("applicant", "diagnosis.error.applicantRequired");
		}
		Set<String> codes = new LinkedHashSet<>(command.hazardCodes().stream().filter(c -> c != null && !c.isBlank())
			.map(String::trim).toList());
		referral.ifPresent(r -> codes.add(r.view().hazardCode()));
		if (codes.isEmpty()) {
			throw InvalidInputException.of("hazardCodes", "diagnosis.error.hazardRequired");
		}
		List<HazardFactor> factors = new ArrayList<>();
		for (String code : codes) {
			factors.add(this.hazards.findFactor(code)
				.orElseThrow(() -> InvalidInputException.of("hazardCodes", "diagnosis.error.unknownHazard", code)));
		}
		List<DiagnosisRules.Material> checklist = this.rules.materials(appliedOn)
			.stream()
			.filter(m -> m.hazardCategory() == null
					|| factors.stream().anyMatch(f -> m.hazardCategory().equals(f.categoryCode())))
			.toList();
		if (checklist.isEmpty()) {
			throw InvalidInputException.of(null, "diagnosis.error.noChecklist", appliedOn);
		}
		long id = this.store.insert(new CaseStore.NewCase(worker.id(), this.cipher.encrypt(worker.name()),
				worker.idNumberMasked(), employer.id(), employer.name(), employer.creditCode(), employer.regionCode(),
				institution.id(), institution.creditCode(), institution.name(), applicant, appliedOn,
				factors.stream().map(HazardFactor::code).toList(), factors.stream().map(HazardFactor::name).toList(),
				referral.map(r -> r.view().id()).orElse(null), worker.synthetic()), this.clocks.now());
		for (int i = 0; i < checklist.size(); i++) {
			this.store.insertMaterial(id, i, checklist.get(i));
		}
		referral.ifPresent(r -> {
			this.referrals.applied(r.view().id(), id);
			this.events.publishEvent(new ReferralApplied(r.view().id(), id, r.view().employerId(), r.view().regionCode(),
					appliedOn));
		});
		this.store.history(id, this.clocks.now(), "APPLIED", actor.displayName(), applicant.name());
		CaseStore.Row row = this.store.lock(id).orElseThrow();
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("number", row.number());
		after.put("workerId", worker.id());
		after.put("worker", Masking.other(worker.name()));
		after.put("employerId", employer.id());
		after.put("institutionId", institution.id());
		after.put("applicant", applicant.name());
		after.put("appliedOn", appliedOn.toString());
		after.put("hazards", row.hazardCodes());
		after.put("materials", checklist.stream().map(DiagnosisRules.Material::code).toList());
		after.put("referralId", row.referralId());
		this.audit.record(actor, "diagnosis.case.applied", CaseRules.target(row), null, after);
		// The institution applied to reads the worker's record (employment, exposure) for the case.
		this.grants.grantWorker(actor, worker.id(), new Scope(Scope.Kind.INSTITUTION, institution.creditCode()),
				GrantReason.DIAGNOSIS_APPLICATION, "diagnosis-case:" + id, null);
		return this.views.view(row);
	}

	@Override
	@Transactional(readOnly = true)
	public CaseView find(Actor actor, long id) {
		actor.require(DiagnosisPermissions.READ);
		return this.store.find(this.scopes.of(actor), id)
			.map(this.views::view)
			.orElseThrow(() -> new NotFoundException(CASE, id));
	}

	@Override
	@Transactional(readOnly = true)
	public Page<CaseSummary> search(Actor actor, CaseFilter filter, PageQuery page) {
		actor.require(DiagnosisPermissions.READ);
		Optional<String> region = ScopeFilter.narrowRegion(actor, filter.region());
		if (region.isEmpty()) {
			return Page.of(List.of(), 0, page);
		}
		ScopeFilter scope = this.scopes.of(actor);
		return Page.of(this.store.page(scope, region.get(), filter, page).stream().map(this.views::summary).toList(),
				this.store.count(scope, region.get(), filter), page);
	}

	@Override
	@Transactional(readOnly = true)
	public List<CaseView> ofWorker(Actor actor, long workerId) {
		actor.require(DiagnosisPermissions.READ);
		List<CaseView> views = new ArrayList<>(
				this.store.ofWorker(this.scopes.of(actor), workerId).stream().map(this.views::view).toList());
		java.util.Collections.reverse(views);
		return views;
	}

	@Override
	@Transactional(readOnly = true)
	public void forEach(Actor actor, CaseFilter filter, Consumer<CaseSummary> consumer) {
		actor.require(DiagnosisPermissions.READ);
		ScopeFilter scope = this.scopes.of(actor);
		ScopeFilter.narrowRegion(actor, filter.region())
			.ifPresent(region -> this.store.forEach(scope, region, filter, s -> consumer.accept(this.views.summary(s))));
	}

	@Override
	@Transactional
	public CaseView recordMaterial(Actor actor, long caseId, MaterialCommand command) {
		CaseStore.Row row = forInstitution(actor, caseId);
		if (row.status() != CaseStatus.APPLIED) {
			throw InvalidInputException.of("code", "diagnosis.error.materialsClosed");
		}
		String code = command.code() == null ? "" : command.code().trim();
		CaseView.Material item = this.store.materials(caseId)
			.stream()
			.filter(m -> m.code().equals(code))
			.findFirst()
			.orElseThrow(() -> InvalidInputException.of("code", "diagnosis.error.unknownMaterial", code));
		LocalDate on = command.receivedOn() == null ? this.clocks.today() : command.receivedOn();
		this.caseRules.checkDay("receivedOn", on, row.appliedOn(), "diagnosis.error.beforeApplication");
		boolean waived = Boolean.TRUE.equals(command.waived());
		Limits.enforce("note", command.note(), Limits.NOTE);
		String note = command.note() == null || command.note().isBlank() ? null : command.note().trim();
		if (waived && note == null) {
			throw InvalidInputException.of("note", "diagnosis.error.waiverReason");
		}
		this.store.receive(caseId, code, on, waived, note);
		this.store.history(caseId, this.clocks.now(), waived ? "MATERIAL_WAIVED" : "MATERIAL_RECEIVED",
				actor.displayName(), item.name());
		Map<String, Object> before = new LinkedHashMap<>();
		before.put("receivedOn", item.receivedOn() == null ? null : item.receivedOn().toString());
		before.put("waived", item.waived());
		this.audit.record(actor, "diagnosis.material.recorded", CaseRules.target(row), before,
				Map.of("material", code, "receivedOn", on.toString(), "waived", waived, "note", note == null ? "" : note));
		List<CaseView.Material> materials = this.store.materials(caseId);
		if (CaseViews.complete(materials)) {
			LocalDate completeOn = materials.stream().map(CaseView.Material::receivedOn).max(LocalDate::compareTo).orElseThrow();
			this.store.materialsComplete(caseId, completeOn, this.clocks.now());
			this.store.history(caseId, this.clocks.now(), "MATERIALS_COMPLETE", actor.displayName(), completeOn.toString());
			this.audit.record(actor, "diagnosis.case.materialsComplete", CaseRules.target(row), Map.of("status", "APPLIED"),
					Map.of("status", "UNDER_DIAGNOSIS", "materialsCompleteOn", completeOn.toString()));
			this.clocks.start(actor, row, ClockKind.DIAGNOSIS, completeOn);
		}
		return this.views.view(this.store.lock(caseId).orElseThrow());
	}

	@Override
	@Transactional
	public CaseView diagnose(Actor actor, long caseId, DiagnosisCommand command) {
		CaseStore.Row row = forInstitution(actor, caseId);
		if (row.status() != CaseStatus.UNDER_DIAGNOSIS) {
			throw InvalidInputException.of(null, "diagnosis.error.notUnderDiagnosis");
		}
		LocalDate on = command.diagnosedOn() == null ? this.clocks.today() : command.diagnosedOn();
		this.caseRules.checkDay("diagnosedOn", on, row.materialsCompleteOn(), "diagnosis.error.beforeMaterials");
		Optional<OccupationalDisease> disease = this.caseRules.disease(command.occupational(), command.diseaseCode());
		if (command.certificateNumber() == null || command.certificateNumber().isBlank()) {
			throw InvalidInputException.of("certificateNumber", "diagnosis.error.certificateRequired");
		}
		Limits.enforce("certificateNumber", command.certificateNumber(), Limits.CODE);
		Limits.enforce("conclusion", command.conclusion(), Limits.TEXT);
		String conclusion = command.conclusion() == null ? null : command.conclusion().trim();
		this.store.diagnosed(caseId, on, disease.map(OccupationalDisease::code).orElse(null),
				disease.map(OccupationalDisease::name).orElse(null), conclusion, command.certificateNumber().trim(),
				this.clocks.now());
		this.store.outcome(caseId, CaseRules.outcome(disease, OutcomeStage.DIAGNOSIS, on, false), this.clocks.now());
		this.clocks.meet(caseId, ClockKind.DIAGNOSIS, on);
		this.store.history(caseId, this.clocks.now(), "DIAGNOSED", actor.displayName(),
				disease.map(OccupationalDisease::name).orElse(null));
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("status", "DIAGNOSED");
		after.put("diagnosedOn", on.toString());
		after.put("occupational", disease.isPresent());
		after.put("disease", disease.map(OccupationalDisease::code).orElse(null));
		after.put("certificateNumber", command.certificateNumber().trim());
		this.audit.record(actor, "diagnosis.case.diagnosed", CaseRules.target(row), Map.of("status", row.status().name()), after);
		this.clocks.start(actor, row, ClockKind.CERTIFICATE, on);
		disease.ifPresent(d -> this.events.publishEvent(new DiseaseDiagnosed(row.id(), row.workerId(), row.employerId(),
				row.regionCode(), d.code(), d.name(), d.categoryCode(), on, OutcomeStage.DIAGNOSIS, false)));
		return this.views.view(this.store.lock(caseId).orElseThrow());
	}

	@Override
	@Transactional
	public CaseView deliverCertificate(Actor actor, long caseId, LocalDate deliveredOn) {
		CaseStore.Row row = forInstitution(actor, caseId);
		if (row.status() != CaseStatus.DIAGNOSED) {
			throw InvalidInputException.of(null, "diagnosis.error.notDiagnosed");
		}
		LocalDate on = deliveredOn == null ? this.clocks.today() : deliveredOn;
		this.caseRules.checkDay("deliveredOn", on, row.diagnosedOn(), "diagnosis.error.beforeDiagnosis");
		this.store.delivered(caseId, on, this.clocks.now());
		this.clocks.meet(caseId, ClockKind.CERTIFICATE, on);
		this.store.history(caseId, this.clocks.now(), "CERTIFICATE_DELIVERED", actor.displayName(), on.toString());
		this.audit.record(actor, "diagnosis.case.certificateDelivered", CaseRules.target(row), Map.of("status", "DIAGNOSED"),
				Map.of("status", "CERTIFIED", "deliveredOn", on.toString()));
		this.clocks.start(actor, row, ClockKind.APPRAISAL, on);
		this.certificates.issue(actor, this.views.view(this.store.lock(caseId).orElseThrow()));
		return this.views.view(this.store.lock(caseId).orElseThrow());
	}

	@Override
	@Transactional(readOnly = true)
	public List<InstitutionClocks> dutyClocks(Actor actor, Long institutionId, LocalDate from, LocalDate to) {
		actor.require(DiagnosisPermissions.READ);
		return this.clockStore.dutyClocks(this.scopes.of(actor), institutionId, from, to)
			.stream()
			.map(r -> new InstitutionClocks((Long) r[0], (String) r[1], (String) r[2],
					this.agencies.reference((Long) r[0]).map(AgencyRef::regionCode).orElse(""), (Integer) r[3],
					(Integer) r[4]))
			.toList();
	}

	@Override
	@Transactional(readOnly = true)
	public List<ReferralView> referralsOfEmployer(Actor actor, long employerId) {
		return referralsOfEmployers(actor, List.of(employerId)).getOrDefault(employerId, List.of());
	}

	@Override
	@Transactional(readOnly = true)
	public Map<Long, List<ReferralView>> referralsOfEmployers(Actor actor, java.util.Collection<Long> employerIds) {
		actor.require(DiagnosisPermissions.READ);
		Map<Long, List<ReferralView>> byEmployer = new LinkedHashMap<>();
		if (!employerIds.isEmpty()) {
			this.referrals.ofEmployers(this.scopes.of(actor), employerIds)
				.forEach(r -> byEmployer.computeIfAbsent(r.view().employerId(), k -> new ArrayList<>())
					.add(r.view()));
		}
		return byEmployer;
	}

	@Override
	@Transactional(readOnly = true)
	public Page<ReferralView> openReferrals(Actor actor, String region, PageQuery page) {
		actor.require(DiagnosisPermissions.READ);
		Optional<String> narrowed = ScopeFilter.narrowRegion(actor, region);
		if (narrowed.isEmpty()) {
			return Page.of(List.of(), 0, page);
		}
		ScopeFilter scope = this.scopes.of(actor);
		return Page.of(this.referrals.open(scope, narrowed.get(), page).stream().map(ReferralStore.Row::view).toList(),
				this.referrals.countOpen(scope, narrowed.get()), page);
	}

	@Override
	@Transactional(readOnly = true)
	public Page<CaseClock> clocks(Actor actor, ClockFilter filter, PageQuery page) {
		actor.require(DiagnosisPermissions.READ);
		Optional<String> region = ScopeFilter.narrowRegion(actor, filter.region());
		if (region.isEmpty()) {
			return Page.of(List.of(), 0, page);
		}
		ScopeFilter scope = this.scopes.of(actor);
		return Page.of(this.clockStore.page(scope, region.get(), filter, this.clocks.today(), page),
				this.clockStore.count(scope, region.get(), filter, this.clocks.today()), page);
	}

	/** The case locked for a step of its institution: only that institution's staff (or the system) act on it. */
	private CaseStore.Row forInstitution(Actor actor, long caseId) {
		actor.require(DiagnosisPermissions.DIAGNOSE);
		CaseStore.Row row = this.store.lock(caseId).orElseThrow(() -> new NotFoundException(CASE, caseId));
		ScopeFilter scope = this.scopes.of(actor);
		if (!scope.covers(ScopeKeys.of(row.regionCode(), row.creditCode()).institution(row.institutionCreditCode()).worker(row.workerId()))) {
			throw new NotFoundException(CASE, caseId);
		}
		boolean own = actor.channel() == Actor.Channel.SYSTEM || (actor.scope().kind() == Scope.Kind.INSTITUTION
				&& actor.scope().value().equals(row.institutionCreditCode()));
		if (!own) {
			throw new AccessDeniedException(DiagnosisPermissions.DIAGNOSE);
		}
		return row;
	}

	private Optional<Long> ownWorker(Actor actor) {
		if (actor.scope().kind() != Scope.Kind.PERSON) {
			return Optional.empty();
		}
		return Optional.of(this.scopes.ownWorkerId(actor).orElseThrow(() -> new AccessDeniedException(DiagnosisPermissions.APPLY)));
	}

	private AgencyRef institution(long institutionId, LocalDate on) {
		AgencyRef institution = this.agencies.reference(institutionId)
			.filter(a -> a.kind() == AgencyKind.DIAGNOSIS_INSTITUTION)
			.orElseThrow(() -> InvalidInputException.of("institutionId", "diagnosis.error.notDiagnosisInstitution"));
		boolean valid = institution.status() == AgencyStatus.ACTIVE
				&& (institution.validFrom() == null || !on.isBefore(institution.validFrom()))
				&& (institution.validTo() == null || !on.isAfter(institution.validTo()));
		if (!valid) {
			throw InvalidInputException.of("institutionId", "diagnosis.error.institutionNotQualified", institution.name());
		}
		return institution;
	}

	/** Who may apply: the worker themself, the employer's own manager, the institution's staff, a supervisor of the region. */
	private static void requireMayApply(Actor actor, EmployerView employer, AgencyRef institution) {
		Scope scope = actor.scope();
		boolean may = switch (scope.kind()) {
			case PERSON -> true;
			case EMPLOYER -> scope.value().equals(employer.creditCode());
			case INSTITUTION -> scope.value().equals(institution.creditCode());
			case REGION -> employer.regionCode().startsWith(scope.value());
			case AGENCY -> false;
		};
		if (!may) {
			throw new NotFoundException("employer", employer.id());
		}
	}

}
