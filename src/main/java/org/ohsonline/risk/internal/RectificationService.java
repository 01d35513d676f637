package org.ohsonline.risk.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.ohsonline.audit.AuditTarget;
import org.ohsonline.audit.AuditTrail;
import org.ohsonline.notification.Inbox;
import org.ohsonline.notification.Notice;
import org.ohsonline.risk.EvidenceFile;
import org.ohsonline.risk.EvidenceView;
import org.ohsonline.risk.RectificationDeadlineMoved;
import org.ohsonline.risk.RectificationFilter;
import org.ohsonline.risk.RectificationOverdue;
import org.ohsonline.risk.RectificationReleased;
import org.ohsonline.risk.RectificationStatus;
import org.ohsonline.risk.RectificationView;
import org.ohsonline.risk.Rectifications;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.InvalidInputException;
import org.ohsonline.shared.InvalidInputException.FieldError;
import org.ohsonline.shared.Limits;
import org.ohsonline.shared.NotFoundException;
import org.ohsonline.shared.Page;
import org.ohsonline.shared.PageQuery;
import org.ohsonline.shared.Scope;
import org.ohsonline.shared.ScopeFilter;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Answering, evidence, review and deadlines of rectification items; overdue items announced daily. */
@Service
class RectificationService implements Rectifications {

	private final RectificationStore store;

	private final EvidenceStorage files;

	private final PortraitService portraits;

	private final Assessor assessor;

	private final AuditTrail audit;

	private final Inbox inbox;

	private final ApplicationEventPublisher events;

	RectificationService(RectificationStore store, EvidenceStorage files, PortraitService portraits, Assessor assessor,
			AuditTrail audit, Inbox inbox, ApplicationEventPublisher events) {
		this.store = store;
		this.files = files;
		this.portraits = portraits;
		this.assessor = assessor;
		this.audit = audit;
		this.inbox = inbox;
		this.events = events;
	}

	@Override
	@Transactional(readOnly = true)
	public Page<RectificationView> search(Actor actor, RectificationFilter filter, PageQuery page) {
		actor.require(RiskPermissions.RECTIFICATION_READ);
		String region = ScopeFilter.narrowRegion(actor, filter.region()).orElse(null);
		if (region == null) {
			return Page.of(List.of(), 0, page);
		}
		LocalDate today = this.assessor.today();
		ScopeFilter scope = ScopeFilter.of(actor);
		return Page.of(this.store.search(scope, region, filter, today, page),
				this.store.count(scope, region, filter, today), page);
	}

	@Override
	@Transactional(readOnly = true)
	public void forEach(Actor actor, RectificationFilter filter, Consumer<RectificationView> consumer) {
		actor.require(RiskPermissions.RECTIFICATION_READ);
		ScopeFilter.narrowRegion(actor, filter.region())
			.ifPresent(region -> this.store.forEach(ScopeFilter.of(actor), region, filter, this.assessor.today(), consumer));
	}

	@Override
	@Transactional(readOnly = true)
	public Map<Long, List<RectificationView>> ofEmployers(Actor actor, java.util.Collection<Long> employerIds,
			LocalDate dueFrom, LocalDate dueTo) {
		actor.require(RiskPermissions.RECTIFICATION_READ);
		return employerIds.isEmpty() ? Map.of()
				: this.store.ofEmployers(ScopeFilter.of(actor), employerIds, dueFrom, dueTo, this.assessor.today());
	}

	@Override
	@Transactional(readOnly = true)
	public RectificationView find(Actor actor, long id) {
		actor.require(RiskPermissions.RECTIFICATION_READ);
		return this.store.find(ScopeFilter.of(actor), id, this.assessor.today())
			.orElseThrow(() -> new NotFoundException("rectification", id));
	}

	@Override
	@Transactional(readOnly = true)
	public List<RectificationView> ownOpen(Actor actor) {
		if (actor.scope().kind() != Scope.Kind.EMPLOYER || !actor.can(RiskPermissions.RECTIFICATION_READ)) {
			return List.of();
		}
		return this.store.search(ScopeFilter.of(actor), "", new RectificationFilter(null, null, "open", null, null),
				this.assessor.today(), new PageQuery(1, 50));
	}

	@Override
	@Transactional
	public long openForInspection(Actor actor, long employerId, String findingKey, String itemName, String basis,
			LocalDate foundOn, String link) {
		actor.require(RiskPermissions.RECTIFICATION_REVIEW);
		var portrait = this.portraits.portraitInScope(actor, employerId);
		long id = this.portraits.openInspectionFinding(employerId, findingKey, List.of(itemName, basis), foundOn,
				"enforcement", link, actor);
		this.audit.record(actor, "risk.rectification.opened", AuditTarget.of("rectification", id, portrait),
				Map.of(), Map.of("finding", findingKey, "basis", basis));
		return id;
	}

	@Override
	@Transactional
	public RectificationView answer(Actor actor, long id, String actions) {
		actor.require(RiskPermissions.RECTIFICATION_WRITE);
		RectificationView item = lockInScope(actor, id);
		List<FieldError> errors = new ArrayList<>();
		if (actions == null || actions.isBlank()) {
			errors.add(FieldError.of("answer", "risk.rectification.answerRequired"));
		}
		Limits.check(errors, "answer", actions, Limits.TEXT);
		if (!item.status().answerable()) {
			errors.add(FieldError.of("status", "risk.rectification.notAnswerable"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		this.store.answer(id, actions.trim(), this.assessor.today(), actor.displayName());
		this.audit.record(actor, "risk.rectification.answered", AuditTarget.of("rectification", id, item.regionCode()),
				Map.of("status", item.status().name()), Map.of("status", item.status().answer().name()));
		return find(actor, id);
	}

	@Override
	@Transactional
	public EvidenceView attach(Actor actor, long id, String fileName, byte[] content) {
		actor.require(RiskPermissions.RECTIFICATION_WRITE);
		RectificationView item = lockInScope(actor, id);
		List<FieldError> errors = new ArrayList<>();
		if (!item.status().answerable()) {
			errors.add(FieldError.of("status", "risk.rectification.notAnswerable"));
		}
		if (content == null || content.length == 0) {
			errors.add(FieldError.of("file", "risk.evidence.empty"));
		}
		else if (content.length > this.files.maxBytes()) {
			errors.add(FieldError.of("file", "risk.evidence.tooLarge", String.valueOf(this.files.maxBytes() / 1024 / 1024)));
		}
		var sniffed = content == null ? java.util.Optional.<EvidenceStorage.Sniffed>empty() : EvidenceStorage.sniff(content);
		if (content != null && content.length > 0 && sniffed.isEmpty()) {
			errors.add(FieldError.of("file", "risk.evidence.type"));
		}
		String name = fileName == null || fileName.isBlank() ? "evidence" : fileName.trim();
		name = name.replaceAll("[\\\\/\\p{Cntrl}]", "_");
		if (name.length() > Limits.NAME) {
			name = name.substring(name.length() - Limits.NAME);
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		String[] stored = this.files.store(content, sniffed.get());
		long evidenceId = this.store.addEvidence(id, name, sniffed.get().contentType(), content.length, stored[0],
				stored[1], actor.displayName());
		this.audit.record(actor, "risk.evidence.attached", AuditTarget.of("rectification", id, item.regionCode()), null,
				Map.of("evidenceId", evidenceId, "file", name, "type", sniffed.get().contentType(), "size", content.length,
						"sha256", stored[0]));
		return this.store.evidence(id, evidenceId).orElseThrow().view();
	}

	@Override
	@Transactional(readOnly = true)
	public EvidenceFile evidence(Actor actor, long id, long evidenceId) {
		find(actor, id);
		RectificationStore.StoredEvidence stored = this.store.evidence(id, evidenceId)
			.orElseThrow(() -> new NotFoundException("evidence", evidenceId));
		return new EvidenceFile(stored.view().fileName(), stored.view().contentType(),
				this.files.read(stored.storageName(), stored.view().sha256()));
	}

	@Override
	@Transactional
	public RectificationView approve(Actor actor, long id, String note) {
		return review(actor, id, true, note);
	}

	@Override
	@Transactional
	public RectificationView giveBack(Actor actor, long id, String reasons) {
		return review(actor, id, false, reasons);
	}

	private RectificationView review(Actor actor, long id, boolean approve, String note) {
		actor.require(RiskPermissions.RECTIFICATION_REVIEW);
		RectificationView item = lockInScope(actor, id);
		List<FieldError> errors = new ArrayList<>();
		if (!approve && (note == null || note.isBlank())) {
			errors.add(FieldError.of("reasons", "risk.rectification.reasonsRequired"));
		}
		Limits.check(errors, approve ? "note" : "reasons", note, Limits.NOTE);
		if (item.status() != RectificationStatus.ANSWERED) {
			errors.add(FieldError.of("status", "risk.rectification.notAnswered"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		RectificationStatus next = item.status().review(approve);
		this.store.review(id, next, note == null || note.isBlank() ? null : note.trim(), this.assessor.today(),
				actor.displayName());
		this.audit.record(actor, approve ? "risk.rectification.released" : "risk.rectification.returned",
				AuditTarget.of("rectification", id, item.regionCode()), Map.of("status", item.status().name()),
				Map.of("status", next.name()));
		this.inbox.deliver(new Notice(new Scope(Scope.Kind.EMPLOYER, item.creditCode()), RiskPermissions.RECTIFICATION_READ,
				approve ? "risk.notice.released" : "risk.notice.returned", List.of(String.valueOf(id)),
				"/risk/rectifications/" + id, "risk:rectification:" + id));
		if (approve) {
			this.portraits.recount(item.employerId(), "RECTIFICATION", "item " + id + " released", actor);
			this.events.publishEvent(new RectificationReleased(id, item.employerId(), item.regionCode(), item.dueOn(),
					item.answeredOn(), this.assessor.today()));
		}
		return find(actor, id);
	}

	@Override
	@Transactional
	public RectificationView setDeadline(Actor actor, long id, LocalDate dueOn, String reason) {
		actor.require(RiskPermissions.RECTIFICATION_REVIEW);
		RectificationView item = lockInScope(actor, id);
		List<FieldError> errors = new ArrayList<>();
		if (dueOn == null) {
			errors.add(FieldError.of("dueOn", "risk.rectification.deadlineRequired"));
		}
		else if (dueOn.isBefore(this.assessor.today())) {
			errors.add(FieldError.of("dueOn", "risk.rectification.deadlinePast"));
		}
		if (reason == null || reason.isBlank()) {
			errors.add(FieldError.of("reason", "risk.rectification.reasonsRequired"));
		}
		Limits.check(errors, "reason", reason, Limits.NOTE);
		if (item.status() == RectificationStatus.RELEASED) {
			errors.add(FieldError.of("status", "risk.rectification.released"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		this.store.setDeadline(id, dueOn, actor.displayName() + ": " + reason.trim());
		this.audit.record(actor, "risk.rectification.deadline-set", AuditTarget.of("rectification", id, item.regionCode()),
				Map.of("dueOn", item.dueOn().toString()), Map.of("dueOn", dueOn.toString(), "reason", reason.trim()));
		this.events.publishEvent(new RectificationDeadlineMoved(id, item.employerId(), item.regionCode(), item.dueOn(), dueOn));
		return find(actor, id);
	}

	/** Announces items that passed their deadline: a reminder to the employer and the region, and the event. */
	@Transactional
	public int announceOverdue() {
		LocalDate today = this.assessor.today();
		List<RectificationView> overdue = this.store.newlyOverdue(today);
		for (RectificationView item : overdue) {
			this.store.markOverdueNotified(item.id());
			this.inbox.deliver(new Notice(new Scope(Scope.Kind.EMPLOYER, item.creditCode()),
					RiskPermissions.RECTIFICATION_READ, "risk.notice.overdue",
					List.of(String.valueOf(item.id()), item.dueOn().toString()), "/risk/rectifications/" + item.id(),
					"risk:rectification:" + item.id()));
			this.inbox.deliver(new Notice(Scope.region(item.regionCode()), RiskPermissions.RECTIFICATION_REVIEW,
					"risk.notice.overdueSupervisor", List.of(item.employerName(), item.dueOn().toString()),
					"/risk/rectifications/" + item.id(), "risk:rectification:" + item.id()));
			this.events.publishEvent(new RectificationOverdue(item.id(), item.employerId(), item.creditCode(),
					item.regionCode(), item.findingKind(), item.dueOn()));
			this.audit.record(Actor.system("risk-overdue"), "risk.rectification.overdue",
					AuditTarget.of("rectification", item.id(), item.regionCode()), null,
					Map.of("dueOn", item.dueOn().toString()));
		}
		return overdue.size();
	}

	private RectificationView lockInScope(Actor actor, long id) {
		find(actor, id);
		return this.store.lock(id, this.assessor.today()).orElseThrow(() -> new NotFoundException("rectification", id));
	}

}
