package org.ohsonline.enforcement.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.ohsonline.audit.AuditTarget;
import org.ohsonline.audit.AuditTrail;
import org.ohsonline.enforcement.ActionCode;
import org.ohsonline.enforcement.InspectionRecorded;
import org.ohsonline.enforcement.InspectionStatus;
import org.ohsonline.enforcement.InspectionView;
import org.ohsonline.enforcement.Inspections;
import org.ohsonline.enforcement.Outcome;
import org.ohsonline.portal.DocumentIssue;
import org.ohsonline.portal.IssuedDocument;
import org.ohsonline.portal.IssuedDocuments;
import org.ohsonline.reference.Divisions;
import org.ohsonline.risk.Rectifications;
import org.ohsonline.shared.AccessDeniedException;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.InvalidInputException;
import org.ohsonline.shared.InvalidInputException.FieldError;
import org.ohsonline.shared.Limits;
import org.ohsonline.shared.NotFoundException;
import org.ohsonline.shared.ScopeFilter;
import org.ohsonline.shared.documents.PdfDocuments;
import org.ohsonline.shared.documents.QrCodes;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** On-site inspections: started, filled in and recorded by the two inspectors drawn; every write audited. */
@Service
class InspectionService implements Inspections {

	static final String RECORD_TYPE = "enforcement.record.type";

	/** The penalty of the exposure duty (职业病防治法 2018 Art. 72(1): 强度或者浓度超过国家职业卫生标准). */
	private static final String EXPOSURE_ITEM = "72.1";

	/** The penalty of the daily monitoring duty (Art. 71(2): 未实施…日常监测，或者监测系统不能正常监测). */
	private static final String MONITORING_ITEM = "71.2";

	private static final Locale OFFICIAL = Locale.SIMPLIFIED_CHINESE;

	private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private final InspectionStore store;

	private final PlanStore plans;

	private final ChecklistSource checklists;

	private final Rectifications rectifications;

	private final IssuedDocuments documents;

	private final PdfDocuments pdf;

	private final Divisions divisions;

	private final org.ohsonline.reference.CatalogTexts catalogTexts;

	private final MessageSource messages;

	private final AuditTrail audit;

	private final Clock clock;

	private final MonitoringEvidence evidence;

	private final InspectionFileService files;

	private final ActionCodes codes;

	private final ApplicationEventPublisher events;

	InspectionService(InspectionStore store, PlanStore plans, ChecklistSource checklists, Rectifications rectifications,
			IssuedDocuments documents, PdfDocuments pdf, Divisions divisions,
			org.ohsonline.reference.CatalogTexts catalogTexts, MessageSource messages, AuditTrail audit, Clock clock,
			MonitoringEvidence evidence, InspectionFileService files, ActionCodes codes, ApplicationEventPublisher events) {
		this.events = events;
		this.codes = codes;
		this.evidence = evidence;
		this.files = files;
		this.store = store;
		this.plans = plans;
		this.checklists = checklists;
		this.rectifications = rectifications;
		this.documents = documents;
		this.pdf = pdf;
		this.divisions = divisions;
		this.catalogTexts = catalogTexts;
		this.messages = messages;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	@Transactional
	public InspectionView start(Actor actor, long planId, int seq) {
		actor.require(EnforcementPermissions.INSPECTION_WRITE);
		PlanStore.LineRow line = this.plans.line(ScopeFilter.of(actor), planId, seq)
			.orElseThrow(() -> new NotFoundException("draw-line", planId + "/" + seq));
		if (line.inspectorA() == null || (line.inspectorA() != actor.userId() && line.inspectorB() != actor.userId())) {
			throw new AccessDeniedException("only the inspectors drawn for the employer inspect it");
		}
		var existing = this.store.byLine(planId, seq);
		if (existing.isPresent()) {
			return find(actor, existing.get());
		}
		LocalDate today = LocalDate.now(this.clock.withZone(ZONE));
		ChecklistSource.Checklist checklist = this.checklists.inForce(today);
		ActionCode code = this.codes.next(line.regionCode(), today, ActionCode.Kind.INSPECTION);
		long id = this.store.insert(code.toString(), planId, seq, line.employerId(), line.creditCode(), line.employerName(),
				line.regionCode(), line.inspectorA(), line.inspectorB(), checklist, actor.displayName(),
				Instant.now(this.clock));
		Map<String, Object> started = new java.util.LinkedHashMap<>(Map.of("actionCode", code.toString(), "plan", planId,
				"seq", seq, "employer", line.employerId(), "checklist", checklist.edition()));
		if (line.mode() == org.ohsonline.enforcement.InspectionMode.NON_SITE) {
			started.put("mode", "NON_SITE");
			started.put("evidence", proposeFromMonitoring(actor, id, planId, line.employerId(), checklist));
		}
		this.audit.record(actor, "enforcement.inspection.started", AuditTarget.of("inspection", id, line.regionCode()),
				Map.of(), started);
		return find(actor, id);
	}

	/**
	 * A non-site inspection: keeps the monitoring evidence and proposes the answers it supports — the exposure item
	 * (penalty Art. 72(1)) from the devices' levels and the violations confirmed in the plan's period, the monitoring
	 * item (Art. 71(2)) from whether every device measures and reports — and marks the rest not checked (不适用, with
	 * the reason), for the inspector to confirm or change before recording.
	 *
	 * @return the number of devices the evidence holds
	 */
	private int proposeFromMonitoring(Actor actor, long id, long planId, long employerId,
			ChecklistSource.Checklist checklist) {
		LocalDate since = this.plans.find(ScopeFilter.of(actor), planId)
			.map(PlanStore.Row::startsOn)
			.orElse(LocalDate.now(this.clock.withZone(ZONE)).minusMonths(12));
		MonitoringEvidence.Snapshot snapshot = this.evidence.snapshot(actor, employerId, since);
		this.store.nonSite(id, MonitoringEvidence.encode(snapshot.devices()));
		for (ChecklistSource.Item item : checklist.items()) {
			String key = item.violation() == null ? "" : item.violation().key();
			if (EXPOSURE_ITEM.equals(key)) {
				boolean exceeded = snapshot.exceeded();
				this.store.answer(id, item.code(), exceeded ? Outcome.VIOLATION : Outcome.COMPLIANT,
						message(exceeded ? "enforcement.nonSite.exceeded" : "enforcement.nonSite.withinLimits",
								snapshot.devices().size(), snapshot.confirmedAlerts()));
			}
			else if (MONITORING_ITEM.equals(key)) {
				boolean working = snapshot.allWorking();
				this.store.answer(id, item.code(), working ? Outcome.COMPLIANT : Outcome.VIOLATION,
						message(working ? "enforcement.nonSite.working" : "enforcement.nonSite.notWorking",
								snapshot.devices().stream().filter(d -> !d.working()).count(), snapshot.devices().size()));
			}
			else {
				this.store.answer(id, item.code(), Outcome.NOT_APPLICABLE, message("enforcement.nonSite.notChecked"));
			}
		}
		return snapshot.devices().size();
	}

	private String message(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, OFFICIAL);
	}

	@Override
	@Transactional(readOnly = true)
	public InspectionView find(Actor actor, long id) {
		actor.require(EnforcementPermissions.INSPECTION_READ);
		return view(this.store.find(ScopeFilter.of(actor), id).orElseThrow(() -> new NotFoundException("inspection", id)));
	}

	private InspectionStore.Row ownInProgress(Actor actor, long id) {
		actor.require(EnforcementPermissions.INSPECTION_WRITE);
		InspectionStore.Row row = this.store.lock(ScopeFilter.of(actor), id)
			.orElseThrow(() -> new NotFoundException("inspection", id));
		if (row.inspectorA() != actor.userId() && row.inspectorB() != actor.userId()) {
			throw new AccessDeniedException("only the inspectors drawn for the employer inspect it");
		}
		if (row.status() != InspectionStatus.IN_PROGRESS) {
			throw InvalidInputException.of("status", "enforcement.inspection.recordedAlready");
		}
		return row;
	}

	@Override
	@Transactional
	public InspectionView save(Actor actor, long id, List<AnswerInput> answers, String summary) {
		InspectionStore.Row row = ownInProgress(actor, id);
		ChecklistSource.Checklist checklist = this.checklists.of(row.checklistVersion());
		List<FieldError> errors = new ArrayList<>();
		List<AnswerInput> given = answers == null ? List.of() : answers;
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < given.size(); i++) {
			AnswerInput answer = given.get(i);
			String field = "answers[" + i + "]";
			if (answer == null || answer.itemCode() == null || checklist.item(answer.itemCode()).isEmpty()) {
				errors.add(FieldError.of(field + ".itemCode", "enforcement.inspection.itemUnknown"));
				continue;
			}
			if (!seen.add(answer.itemCode())) {
				errors.add(FieldError.of(field + ".itemCode", "enforcement.inspection.itemTwice"));
			}
			if (answer.outcome() == null) {
				continue;
			}
			if (answer.outcome() == Outcome.VIOLATION && (answer.note() == null || answer.note().isBlank())) {
				errors.add(FieldError.of(field + ".note", "enforcement.inspection.violationNoteRequired"));
			}
			Limits.check(errors, field + ".note", answer.note(), Limits.NOTE);
		}
		Limits.check(errors, "summary", summary, Limits.TEXT);
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		int saved = 0;
		for (AnswerInput answer : given) {
			if (answer.outcome() != null) {
				this.store.answer(id, answer.itemCode(), answer.outcome(),
						answer.note() == null || answer.note().isBlank() ? null : answer.note().trim());
				saved++;
			}
		}
		if (summary != null) {
			this.store.summary(id, summary.isBlank() ? null : summary.trim());
		}
		this.audit.record(actor, "enforcement.inspection.saved", AuditTarget.of("inspection", id, row.regionCode()),
				Map.of(), Map.of("answers", saved));
		return find(actor, id);
	}

	@Override
	@Transactional
	public InspectionView record(Actor actor, long id) {
		InspectionStore.Row row = ownInProgress(actor, id);
		InspectionView view = view(row);
		if (view.unanswered() > 0) {
			throw InvalidInputException.of("answers", "enforcement.inspection.unanswered", view.unanswered());
		}
		LocalDate today = LocalDate.now(this.clock.withZone(ZONE));
		Map<String, Object> findings = new HashMap<>();
		for (InspectionView.Item item : view.items()) {
			if (item.outcome() == Outcome.VIOLATION) {
				long rectification = this.rectifications.openForInspection(actor, row.employerId(),
						"INSPECTION:" + id + ":" + item.code(), item.name(), item.basis().text(), today,
						"/enforcement/inspections/" + id);
				this.store.rectification(id, item.code(), rectification);
				findings.put(item.code(), rectification);
			}
		}
		String county = row.regionCode().length() > 6 ? row.regionCode().substring(0, 6) : row.regionCode();
		String authority = this.messages.getMessage("enforcement.record.authority",
				new Object[] { this.divisions.fullName(county) }, OFFICIAL);
		InspectionView recorded = find(actor, id);
		IssuedDocument issued = this.documents.issue(actor,
				new DocumentIssue(RECORD_TYPE, row.actionCode(), authority, row.employerName(),
						row.regionCode(), today, "enforcement", String.valueOf(id)),
				link -> {
					Map<String, Object> model = new HashMap<>();
					model.put("inspection", recorded);
					model.put("authority", authority);
					model.put("region", this.divisions.fullName(row.regionCode()));
					model.put("today", today);
					model.put("checklistEdition",
							this.catalogTexts.edition(ChecklistSource.CATALOG, recorded.checklistEdition(), OFFICIAL));
					model.put("link", link);
					model.put("qr", QrCodes.pngDataUri(link.url(), 300));
					return this.pdf.render("enforcement/on-site-record", model, OFFICIAL);
				});
		this.store.recorded(id, issued.link().code(), issued.pdf(), actor.displayName(), Instant.now(this.clock));
		this.audit.record(actor, "enforcement.inspection.recorded", AuditTarget.of("inspection", id, row.regionCode()),
				Map.of("status", "IN_PROGRESS"), Map.of("status", "RECORDED", "record", issued.link().code(),
						"violations", view.violations(), "rectifications", findings));
		this.events.publishEvent(new InspectionRecorded(id, row.employerId(), row.regionCode(), row.mode(), today));
		return find(actor, id);
	}

	@Override
	@Transactional
	public InspectionView.FileView attach(Actor actor, long id, String itemCode, String fileName, byte[] content) {
		return this.files.attach(actor, id, itemCode, fileName, content);
	}

	@Override
	@Transactional(readOnly = true)
	public org.ohsonline.enforcement.InspectionFile file(Actor actor, long id, long fileId) {
		return this.files.file(actor, id, fileId);
	}

	@Override
	@Transactional(readOnly = true)
	public byte[] recordPdf(Actor actor, long id) {
		actor.require(EnforcementPermissions.INSPECTION_READ);
		this.store.find(ScopeFilter.of(actor), id).orElseThrow(() -> new NotFoundException("inspection", id));
		return this.store.pdf(id).orElseThrow(() -> new NotFoundException("inspection-record", id));
	}

	private InspectionView view(InspectionStore.Row r) {
		ChecklistSource.Checklist checklist = this.checklists.of(r.checklistVersion());
		Map<String, InspectionStore.Answer> answers = this.store.answers(r.id());
		List<InspectionView.Item> items = checklist.items().stream().map(i -> {
			InspectionStore.Answer a = answers.get(i.code());
			return new InspectionView.Item(i.code(), i.sectionCode(), i.sectionName(), i.name(), i.basis(), i.violation(),
					a == null ? null : a.outcome(), a == null ? null : a.note(), a == null ? null : a.rectificationId());
		}).toList();
		return new InspectionView(r.id(), r.actionCode(), r.planId(), r.seq(), r.employerId(), r.creditCode(), r.employerName(),
				r.regionCode(), r.inspectorA(), r.inspectorAName(), r.inspectorB(), r.inspectorBName(), r.status(),
				r.checklistEdition(), r.summary(), r.startedBy(), r.startedAt(), r.recordedBy(), r.recordedAt(),
				r.recordCode(), items, r.mode(), MonitoringEvidence.decode(r.evidence()), this.store.files(r.id()));
	}

}
