package org.ohsonline.enforcement.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.ohsonline.audit.AuditTarget;
import org.ohsonline.audit.AuditTrail;
import org.ohsonline.enforcement.ActionCode;
import org.ohsonline.enforcement.CaseFilter;
import org.ohsonline.enforcement.CaseStep;
import org.ohsonline.enforcement.CaseView;
import org.ohsonline.enforcement.Cases;
import org.ohsonline.enforcement.Circumstances;
import org.ohsonline.enforcement.InspectionStatus;
import org.ohsonline.enforcement.LegalBasis;
import org.ohsonline.enforcement.Outcome;
import org.ohsonline.enforcement.Recommendation;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.InvalidInputException;
import org.ohsonline.shared.InvalidInputException.FieldError;
import org.ohsonline.shared.Limits;
import org.ohsonline.shared.NotFoundException;
import org.ohsonline.shared.Page;
import org.ohsonline.shared.PageQuery;
import org.ohsonline.shared.ScopeFilter;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Cases: opening with an action code, the order of steps, clocks and extensions, the decision by the benchmark. */
@Service
class EnforcementCaseService implements Cases {

	static final String CASE_READ = "enforcement:case:read";

	static final String CASE_WRITE = "enforcement:case:write";

	private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private static final int MAX_EXTENSION_DAYS = 90;

	private final EnforcementCaseStore store;

	private final InspectionStore inspections;

	private final ChecklistSource checklists;

	private final EnforcementCaseRules rules;

	private final CaseFiling filing;

	private final CaseDocuments documents;

	private final AuditTrail audit;

	private final Clock clock;

	private final ActionCodes codes;

	EnforcementCaseService(EnforcementCaseStore store, InspectionStore inspections, ChecklistSource checklists,
			EnforcementCaseRules rules, CaseFiling filing, CaseDocuments documents, AuditTrail audit, Clock clock,
			ActionCodes codes) {
		this.codes = codes;
		this.documents = documents;
		this.store = store;
		this.inspections = inspections;
		this.checklists = checklists;
		this.rules = rules;
		this.filing = filing;
		this.audit = audit;
		this.clock = clock;
	}

	private LocalDate today() {
		return LocalDate.now(this.clock.withZone(ZONE));
	}

	@Override
	@Transactional(readOnly = true)
	public Page<CaseView> search(Actor actor, CaseFilter filter, PageQuery page) {
		actor.require(CASE_READ);
		String region = ScopeFilter.narrowRegion(actor, filter.region()).orElse(null);
		if (region == null) {
			return Page.of(List.of(), 0, page);
		}
		ScopeFilter scope = ScopeFilter.of(actor);
		return Page.of(this.store.search(scope, region, filter, today(), page).stream().map(this::listed).toList(),
				this.store.count(scope, region, filter, today()), page);
	}

	@Override
	@Transactional(readOnly = true)
	public void forEach(Actor actor, CaseFilter filter, Consumer<CaseView> consumer) {
		actor.require(CASE_READ);
		ScopeFilter.narrowRegion(actor, filter.region())
			.ifPresent(region -> this.store.forEach(ScopeFilter.of(actor), region, filter, today(),
					r -> consumer.accept(listed(r))));
	}

	@Override
	@Transactional(readOnly = true)
	public CaseView find(Actor actor, long id) {
		actor.require(CASE_READ);
		EnforcementCaseStore.Row r = this.store.find(ScopeFilter.of(actor), id)
			.orElseThrow(() -> new NotFoundException("case", id));
		return withSteps(r, this.store.steps(r.id()));
	}

	@Override
	@Transactional(readOnly = true)
	public List<CaseView> ofEmployer(Actor actor, long employerId) {
		return ofEmployers(actor, List.of(employerId)).getOrDefault(employerId, List.of());
	}

	@Override
	@Transactional(readOnly = true)
	public Map<Long, List<CaseView>> ofEmployers(Actor actor, java.util.Collection<Long> employerIds) {
		actor.require(CASE_READ);
		Map<Long, List<CaseView>> byEmployer = new LinkedHashMap<>();
		if (employerIds.isEmpty()) {
			return byEmployer;
		}
		List<EnforcementCaseStore.Row> rows = this.store.ofEmployers(ScopeFilter.of(actor), employerIds);
		Map<Long, List<CaseView.StepView>> steps = this.store.steps(rows.stream().map(EnforcementCaseStore.Row::id).toList());
		for (EnforcementCaseStore.Row r : rows) {
			byEmployer.computeIfAbsent(r.employerId(), k -> new ArrayList<>())
				.add(withSteps(r, steps.getOrDefault(r.id(), List.of())));
		}
		return byEmployer;
	}

	@Override
	@Transactional(readOnly = true)
	public java.util.Optional<LocalDate> nearestDecisionDue(Actor actor) {
		actor.require(CASE_READ);
		return this.store.nearestDecisionDue(ScopeFilter.of(actor));
	}

	@Override
	@Transactional
	public CaseView open(Actor actor, long inspectionId, String itemCode, String facts, LocalDate filedOn) {
		actor.require(CASE_WRITE);
		// The inspection must be in the caller's scope as well as the case it opens.
		InspectionStore.Row inspection = this.inspections.find(ScopeFilter.of(actor), inspectionId)
			.orElseThrow(() -> new NotFoundException("inspection", inspectionId));
		List<FieldError> errors = new ArrayList<>();
		if (inspection.status() != InspectionStatus.RECORDED) {
			errors.add(FieldError.of("inspectionId", "enforcement.case.inspectionNotRecorded"));
		}
		var item = itemCode == null ? java.util.Optional.<ChecklistSource.Item>empty()
				: this.checklists.of(inspection.checklistVersion()).item(itemCode);
		var answer = this.inspections.answers(inspectionId).get(itemCode);
		if (item.isEmpty() || answer == null || answer.outcome() != Outcome.VIOLATION) {
			errors.add(FieldError.of("itemCode", "enforcement.case.notAViolation"));
		}
		else if (item.get().violation() == null) {
			errors.add(FieldError.of("itemCode", "enforcement.case.noLegalBasis"));
		}
		if (facts == null || facts.isBlank()) {
			errors.add(FieldError.of("facts", "enforcement.case.factsRequired"));
		}
		Limits.check(errors, "facts", facts, Limits.TEXT);
		LocalDate today = today();
		LocalDate filed = filedOn == null ? today : filedOn;
		if (filed.isAfter(today) || (inspection.recordedAt() != null
				&& filed.isBefore(LocalDate.ofInstant(inspection.recordedAt(), ZONE)))) {
			errors.add(FieldError.of("filedOn", "enforcement.case.filedOnInvalid"));
		}
		if (errors.isEmpty() && this.store.byInspectionItem(inspectionId, itemCode).isPresent()) {
			errors.add(FieldError.of("itemCode", "enforcement.case.openedAlready"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		LegalBasis violation = item.get().violation();
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("inspection", inspectionId);
		long id = this.filing.file(actor,
				new CaseFiling.Employer(inspection.employerId(), inspection.creditCode(), inspection.employerName(),
						inspection.regionCode()),
				new EnforcementCaseStore.Source(inspectionId, itemCode, null, null), violation, facts.trim(), filed, data);
		return find(actor, id);
	}

	private record Locked(EnforcementCaseStore.Row row, List<CaseView.StepView> steps) {
	}

	private Locked lock(Actor actor, long id) {
		actor.require(CASE_WRITE);
		EnforcementCaseStore.Row row = this.store.lock(ScopeFilter.of(actor), id).orElseThrow(() -> new NotFoundException("case", id));
		return new Locked(row, this.store.steps(id));
	}

	/** The refusals every step shares: order, date, and the decision's clock. */
	private void checkStep(Locked c, CaseStep step, LocalDate on, List<FieldError> errors) {
		if (!c.row().step().allows(step)) {
			errors.add(FieldError.of("step", "enforcement.case.outOfOrder", c.row().step().name(), step.name()));
		}
		LocalDate last = c.steps().isEmpty() ? c.row().filedOn() : c.steps().get(c.steps().size() - 1).happenedOn();
		if (on == null) {
			errors.add(FieldError.of("happenedOn", "enforcement.case.dateRequired"));
		}
		else if (on.isAfter(today()) || on.isBefore(last)) {
			errors.add(FieldError.of("happenedOn", "enforcement.case.dateOutOfOrder", last.toString()));
		}
		boolean beforeDecision = switch (c.row().step()) {
			case FILED, INVESTIGATION, PRIOR_NOTICE, STATEMENT, HEARING -> true;
			default -> false;
		};
		if (step != CaseStep.EXTENSION && beforeDecision && on != null && on.isAfter(c.row().decisionDue())) {
			errors.add(FieldError.of("happenedOn", "enforcement.case.deadlinePassed", c.row().decisionDue().toString()));
		}
	}

	@Override
	@Transactional
	public CaseView step(Actor actor, long id, CaseStep step, LocalDate happenedOn, String note, Integer extensionDays,
			String approvedBy) {
		Locked c = lock(actor, id);
		List<FieldError> errors = new ArrayList<>();
		if (step == null) {
			throw InvalidInputException.of("step", "enforcement.case.stepRequired");
		}
		if (step == CaseStep.DECISION) {
			throw InvalidInputException.of("step", "enforcement.case.decideWithTheForm");
		}
		checkStep(c, step, happenedOn, errors);
		Limits.check(errors, "note", note, Limits.TEXT);
		Map<String, Object> data = new LinkedHashMap<>();
		if (step == CaseStep.EXTENSION) {
			if (!c.row().step().allows(CaseStep.DECISION) && !List.of(CaseStep.FILED, CaseStep.INVESTIGATION).contains(c.row().step())) {
				errors.add(FieldError.of("step", "enforcement.case.nothingToExtend"));
			}
			if (happenedOn != null && happenedOn.isAfter(c.row().decisionDue())) {
				errors.add(FieldError.of("happenedOn", "enforcement.case.extensionLate", c.row().decisionDue().toString()));
			}
			if (extensionDays == null || extensionDays < 1 || extensionDays > MAX_EXTENSION_DAYS) {
				errors.add(FieldError.of("extensionDays", "enforcement.case.extensionDaysRange", MAX_EXTENSION_DAYS));
			}
			if (approvedBy == null || approvedBy.isBlank()) {
				errors.add(FieldError.of("approvedBy", "enforcement.case.approvalRequired"));
			}
			if (note == null || note.isBlank()) {
				errors.add(FieldError.of("note", "enforcement.case.reasonRequired"));
			}
			Limits.check(errors, "approvedBy", approvedBy, Limits.NAME);
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		String prev = c.row().headHash();
		int seq = c.steps().size() + 1;
		if (step == CaseStep.EXTENSION) {
			LocalDate due = c.row().decisionDue().plusDays(extensionDays);
			data.put("days", extensionDays);
			data.put("approvedBy", approvedBy.trim());
			data.put("decisionDue", due.toString());
			String hash = this.filing.append(id, c.row().actionCode(), prev, seq, step, happenedOn, actor, note.trim(), data);
			this.store.extend(id, due, hash);
		}
		else {
			ActionCode coercion = step == CaseStep.COERCION
					? this.codes.next(c.row().regionCode(), happenedOn, ActionCode.Kind.COERCION) : null;
			if (coercion != null) {
				data.put("actionCode", coercion.toString());
			}
			String hash = this.filing.append(id, c.row().actionCode(), prev, seq, step, happenedOn, actor,
					note == null || note.isBlank() ? null : note.trim(), data);
			if (coercion != null) {
				this.store.coercion(coercion.toString(), id, seq);
			}
			this.store.advance(id, step, hash);
		}
		Map<String, Object> after = new LinkedHashMap<>(
				Map.of("step", step.name(), "seq", seq, "on", happenedOn.toString()));
		after.putAll(data);
		this.audit.record(actor, "enforcement.case.step", AuditTarget.of("case", id, c.row().regionCode()),
				Map.of("step", c.row().step().name()), after);
		return find(actor, id);
	}

	@Override
	@Transactional(readOnly = true)
	public byte[] stepDocument(Actor actor, long id, int seq) {
		actor.require(CASE_READ);
		this.store.find(ScopeFilter.of(actor), id).orElseThrow(() -> new NotFoundException("case", id));
		return this.documents.pdf(id, seq).orElseThrow(() -> new NotFoundException("case-document", id + "/" + seq));
	}

	@Override
	@Transactional(readOnly = true)
	public Recommendation recommend(Actor actor, long id, Circumstances circumstances) {
		actor.require(CASE_READ);
		EnforcementCaseStore.Row row = this.store.find(ScopeFilter.of(actor), id).orElseThrow(() -> new NotFoundException("case", id));
		return recommendation(row, circumstances);
	}

	private Recommendation recommendation(EnforcementCaseStore.Row row, Circumstances circumstances) {
		DiscretionBenchmark benchmark = this.rules.benchmark(row.filedOn());
		boolean repeat = benchmark.noPenaltyMonths(row.violation())
			.map(months -> this.store.earlierCase(row.id(), row.employerId(), row.violation(), row.filedOn(), months))
			.orElse(false);
		return benchmark.recommend(row.violation(), row.regionCode(), circumstances, repeat)
			.orElseThrow(() -> InvalidInputException.of("violation", "enforcement.case.noBenchmark", row.violation().text()));
	}

	@Override
	@Transactional
	public CaseView decide(Actor actor, long id, Circumstances circumstances, Long amount, String reason, boolean noPenalty,
			LocalDate decidedOn) {
		Locked c = lock(actor, id);
		List<FieldError> errors = new ArrayList<>();
		checkStep(c, CaseStep.DECISION, decidedOn, errors);
		if (circumstances == null) {
			throw InvalidInputException.of("circumstances", "enforcement.case.circumstancesRequired");
		}
		Recommendation r = recommendation(c.row(), circumstances);
		Limits.check(errors, "reason", reason, Limits.NOTE);
		boolean hasReason = reason != null && !reason.isBlank();
		long fine = amount == null ? -1 : amount;
		if (noPenalty) {
			if (!r.noPenaltyEligible()) {
				errors.add(FieldError.of("noPenalty", "enforcement.case.noPenaltyNotEligible"));
			}
			if (amount != null && amount != 0) {
				errors.add(FieldError.of("amount", "enforcement.case.noPenaltyNoFine"));
			}
			fine = 0;
		}
		else if (amount == null) {
			errors.add(FieldError.of("amount", "enforcement.case.amountRequired"));
		}
		else if (!r.withinStatute(amount)) {
			errors.add(FieldError.of("amount", "enforcement.case.amountOutsideStatute", r.statuteMin(), r.statuteMax()));
		}
		else if (!r.withinBand(amount) && !hasReason) {
			errors.add(FieldError.of("reason", "enforcement.case.deviationReasonRequired", r.bandMin(), r.bandMax()));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		String deviation = !noPenalty && !r.withinBand(fine) ? reason.trim() : null;
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("band", r.band().name());
		data.put("amount", fine);
		data.put("recommended", r.amount());
		data.put("bandRange", r.bandMin() + "-" + r.bandMax());
		data.put("noPenalty", noPenalty);
		data.put("benchmark", r.edition());
		data.put("circumstances", circumstances.toString());
		if (deviation != null) {
			data.put("deviation", deviation);
		}
		String note = noPenalty ? "correction-commitment" : (hasReason ? reason.trim() : null);
		String hash = this.filing.append(id, c.row().actionCode(), c.row().headHash(), c.steps().size() + 1, CaseStep.DECISION,
				decidedOn, actor, note, data);
		this.store.decided(id, r.band(), fine, r.amount(), deviation, noPenalty, r.edition(), hash);
		this.audit.record(actor, "enforcement.case.decided", AuditTarget.of("case", id, c.row().regionCode()),
				Map.of("step", c.row().step().name()), data);
		return find(actor, id);
	}

	/** A case in a list: its steps are not read (the chain is checked where cases are read with their steps). */
	private CaseView listed(EnforcementCaseStore.Row r) {
		return view(r, List.of(), true);
	}

	/** A case with its steps: intact when every step's hash recomputes and the last one is the case's head. */
	private CaseView withSteps(EnforcementCaseStore.Row r, List<CaseView.StepView> steps) {
		return view(r, steps, CaseChain.firstBroken(r.actionCode(), steps).isEmpty()
				&& (steps.isEmpty() || steps.get(steps.size() - 1).hash().equals(r.headHash())));
	}

	private CaseView view(EnforcementCaseStore.Row r, List<CaseView.StepView> steps, boolean intact) {
		return new CaseView(r.id(), r.actionCode(), r.regionCode(), r.employerId(), r.creditCode(), r.employerName(),
				r.inspectionId(), r.itemCode(), r.violation(), r.facts(), r.step(), r.filedOn(), r.decisionDue(), r.band(),
				r.amount(), r.recommended(), r.deviationReason(), r.noPenalty(), r.benchmarkEdition(), r.openedBy(),
				r.openedAt(), steps, intact, r.candidateKind(), r.candidateId());
	}

}
