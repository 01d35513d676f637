package org.ohsonline.risk.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.ohsonline.audit.AuditTarget;
import org.ohsonline.audit.AuditTrail;
import org.ohsonline.risk.Checklist;
import org.ohsonline.risk.SelfInspectionView;
import org.ohsonline.risk.SelfInspections;
import org.ohsonline.shared.AccessDeniedException;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.InvalidInputException;
import org.ohsonline.shared.InvalidInputException.FieldError;
import org.ohsonline.shared.Limits;
import org.ohsonline.shared.NotFoundException;
import org.ohsonline.shared.Scope;
import org.ohsonline.shared.ScopeFilter;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Drafting, submitting and spot-checking self-inspections; every write audited and reclassifying. */
@Service
class SelfInspectionService implements SelfInspections {

	private final SelfInspectionStore store;

	private final PortraitStore portraits;

	private final RulesSource rules;

	private final PortraitService portraitService;

	private final Assessor assessor;

	private final AuditTrail audit;

	SelfInspectionService(SelfInspectionStore store, PortraitStore portraits, RulesSource rules,
			PortraitService portraitService, Assessor assessor, AuditTrail audit) {
		this.store = store;
		this.portraits = portraits;
		this.rules = rules;
		this.portraitService = portraitService;
		this.assessor = assessor;
		this.audit = audit;
	}

	@Override
	public Checklist checklist() {
		return this.rules.checklist(this.assessor.today());
	}

	@Override
	public Checklist checklist(long versionId) {
		return this.rules.checklist(versionId);
	}

	@Override
	@Transactional(readOnly = true)
	public List<SelfInspectionView> ofEmployer(Actor actor, long employerId) {
		actor.require(RiskPermissions.PORTRAIT_READ);
		this.portraits.find(ScopeFilter.of(actor), employerId).orElseThrow(() -> new NotFoundException("portrait", employerId));
		return this.store.ofEmployer(ScopeFilter.of(actor), employerId);
	}

	@Override
	@Transactional(readOnly = true)
	public SelfInspectionView find(Actor actor, long id) {
		actor.require(RiskPermissions.PORTRAIT_READ);
		return this.store.find(ScopeFilter.of(actor), id).orElseThrow(() -> new NotFoundException("self-inspection", id));
	}

	@Override
	@Transactional
	public SelfInspectionView draft(Actor actor, long employerId, String occasion) {
		actor.require(RiskPermissions.SELF_INSPECTION_WRITE);
		PortraitStore.Row employer = this.portraits.find(ScopeFilter.of(actor), employerId)
			.orElseThrow(() -> new NotFoundException("portrait", employerId));
		if (actor.scope().kind() != Scope.Kind.EMPLOYER) {
			throw new AccessDeniedException("only the employer fills its self-inspection");
		}
		String kind = "ON_DEMAND".equals(occasion) ? "ON_DEMAND" : "ANNUAL";
		long id = this.store.draftOf(employerId).orElseGet(() -> {
			Checklist checklist = checklist();
			long created = this.store.create(employer, checklist.versionId(), checklist.edition(), kind,
					actor.displayName());
			this.audit.record(actor, "risk.self-inspection.drafted",
					AuditTarget.of("self-inspection", created, employer.regionCode()), null,
					Map.of("employerId", employerId, "occasion", kind, "edition", checklist.edition()));
			return created;
		});
		return find(actor, id);
	}

	@Override
	@Transactional
	public SelfInspectionView save(Actor actor, long id, List<AnswerInput> answers) {
		actor.require(RiskPermissions.SELF_INSPECTION_WRITE);
		SelfInspectionView inspection = find(actor, id);
		if (!"DRAFT".equals(inspection.status())) {
			throw new InvalidInputException(List.of(FieldError.of("status", "risk.selfInspection.notDraft")));
		}
		Checklist checklist = checklist(inspection.checklistVersionId());
		Map<String, Checklist.Item> items = new HashMap<>();
		checklist.items().forEach(i -> items.put(i.code(), i));
		List<FieldError> errors = new ArrayList<>();
		List<AnswerInput> given = answers == null ? List.of() : answers;
		for (AnswerInput answer : given) {
			if (answer == null || answer.itemCode() == null || !items.containsKey(answer.itemCode())) {
				errors.add(FieldError.of("itemCode", "risk.selfInspection.unknownItem"));
				continue;
			}
			String field = "points[" + answer.itemCode() + "]";
			Checklist.Item item = items.get(answer.itemCode());
			if (answer.points() != null && (answer.points().signum() < 0 || answer.points().compareTo(item.points()) > 0
					|| answer.points().scale() > 1)) {
				errors.add(FieldError.of(field, "risk.selfInspection.pointsRange", item.points().toPlainString()));
			}
			Limits.check(errors, "evidence[" + answer.itemCode() + "]", answer.evidence(), Limits.NOTE);
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		for (AnswerInput answer : given) {
			if (answer.points() != null) {
				this.store.saveAnswer(id, answer.itemCode(), answer.points(), blank(answer.evidence()));
			}
		}
		this.audit.record(actor, "risk.self-inspection.saved", AuditTarget.of("self-inspection", id, inspection.regionCode()),
				null, Map.of("answers", given.size()));
		return find(actor, id);
	}

	@Override
	@Transactional
	public SelfInspectionView submit(Actor actor, long id) {
		actor.require(RiskPermissions.SELF_INSPECTION_WRITE);
		SelfInspectionView inspection = find(actor, id);
		if (!"DRAFT".equals(inspection.status())) {
			throw new InvalidInputException(List.of(FieldError.of("status", "risk.selfInspection.notDraft")));
		}
		Checklist checklist = checklist(inspection.checklistVersionId());
		List<FieldError> errors = new ArrayList<>();
		boolean complete = true;
		for (Checklist.Item item : checklist.items()) {
			SelfInspectionView.Answer answer = inspection.answer(item.code());
			if (answer == null) {
				errors.add(FieldError.of("points[" + item.code() + "]", "risk.selfInspection.unanswered"));
			}
			else if (item.evidenceRequired() && answer.points().signum() > 0 && blank(answer.evidence()) == null) {
				complete = false;
			}
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		BigDecimal score = score(checklist, inspection, false);
		this.store.submit(id, score, complete, this.assessor.today(), actor.displayName());
		this.audit.record(actor, "risk.self-inspection.submitted",
				AuditTarget.of("self-inspection", id, inspection.regionCode()), Map.of("status", "DRAFT"),
				Map.of("status", "SUBMITTED", "score", score, "complete", complete));
		this.portraitService.recount(inspection.employerId(), "SELF_INSPECTION", "self-inspection " + id + ": " + score,
				actor);
		return find(actor, id);
	}

	@Override
	@Transactional
	public SelfInspectionView spotCheck(Actor actor, long id, List<Correction> corrections, String note) {
		actor.require(RiskPermissions.SELF_INSPECTION_CHECK);
		SelfInspectionView inspection = find(actor, id);
		if ("DRAFT".equals(inspection.status())) {
			throw new InvalidInputException(List.of(FieldError.of("status", "risk.selfInspection.notSubmitted")));
		}
		Checklist checklist = checklist(inspection.checklistVersionId());
		Map<String, Checklist.Item> items = new HashMap<>();
		checklist.items().forEach(i -> items.put(i.code(), i));
		List<FieldError> errors = new ArrayList<>();
		List<Correction> given = corrections == null ? List.of() : corrections.stream().filter(c -> c != null).toList();
		for (Correction correction : given) {
			Checklist.Item item = correction.itemCode() == null ? null : items.get(correction.itemCode());
			if (item == null) {
				errors.add(FieldError.of("itemCode", "risk.selfInspection.unknownItem"));
				continue;
			}
			if (correction.points() == null || correction.points().signum() < 0
					|| correction.points().compareTo(item.points()) > 0 || correction.points().scale() > 1) {
				errors.add(FieldError.of("points[" + item.code() + "]", "risk.selfInspection.pointsRange",
						item.points().toPlainString()));
			}
			if (blank(correction.reason()) == null) {
				errors.add(FieldError.of("reason[" + item.code() + "]", "risk.selfInspection.reasonRequired"));
			}
			Limits.check(errors, "reason[" + item.code() + "]", correction.reason(), Limits.NOTE);
		}
		Limits.check(errors, "note", note, Limits.NOTE);
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		for (Correction correction : given) {
			this.store.correct(id, correction.itemCode(), correction.points(), correction.reason().trim());
		}
		SelfInspectionView corrected = find(actor, id);
		BigDecimal score = score(checklist, corrected, true);
		this.store.checked(id, score, this.assessor.today(), actor.displayName(), blank(note));
		this.audit.record(actor, "risk.self-inspection.checked",
				AuditTarget.of("self-inspection", id, inspection.regionCode()),
				Map.of("score", inspection.score() == null ? "" : inspection.score()),
				Map.of("score", score, "corrections", given.size()));
		this.portraitService.recount(inspection.employerId(), "SELF_INSPECTION", "spot-check " + id + ": " + score, actor);
		return find(actor, id);
	}

	/** The points scored out of the checklist's total, scaled to 100, one decimal. */
	static BigDecimal score(Checklist checklist, SelfInspectionView inspection, boolean corrected) {
		BigDecimal total = checklist.total();
		if (total.signum() == 0) {
			return BigDecimal.ZERO;
		}
		BigDecimal got = BigDecimal.ZERO;
		for (Checklist.Item item : checklist.items()) {
			SelfInspectionView.Answer answer = inspection.answer(item.code());
			if (answer != null) {
				got = got.add(corrected ? answer.effectivePoints() : answer.points());
			}
		}
		return got.multiply(BigDecimal.valueOf(100)).divide(total, 1, RoundingMode.HALF_UP);
	}

	private static String blank(String text) {
		return text == null || text.isBlank() ? null : text.trim();
	}

}
