package org.ohsonline.enforcement.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.ohsonline.audit.AuditTarget;
import org.ohsonline.audit.AuditTrail;
import org.ohsonline.enforcement.ActionCode;
import org.ohsonline.enforcement.CaseStep;
import org.ohsonline.enforcement.CaseStepRecorded;
import org.ohsonline.enforcement.LegalBasis;
import org.ohsonline.shared.Actor;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Filing a case (立案) and appending its steps to the hash chain: shared by cases opened from an inspection and from a
 * candidate of the inspector's queue, so that both get their action code and first step the same way. Runs inside the
 * caller's transaction.
 */
@Component
class CaseFiling {

	private final EnforcementCaseStore store;

	private final EnforcementCaseRules rules;

	private final AuditTrail audit;

	private final Clock clock;

	private final CaseDocuments documents;

	private final ActionCodes codes;

	private final ApplicationEventPublisher events;

	CaseFiling(EnforcementCaseStore store, EnforcementCaseRules rules, AuditTrail audit, Clock clock,
			CaseDocuments documents, ActionCodes codes, ApplicationEventPublisher events) {
		this.events = events;
		this.documents = documents;
		this.codes = codes;
		this.store = store;
		this.rules = rules;
		this.audit = audit;
		this.clock = clock;
	}

	/** The employer a case is about, as the case keeps it. */
	record Employer(long id, String creditCode, String name, String regionCode) {
	}

	/**
	 * Gives the action code (county, year, kind 02, next sequence), inserts the case, appends its first step (立案)
	 * with {@code data} and audits {@code enforcement.case.opened}.
	 *
	 * @return the case's id
	 */
	long file(Actor actor, Employer employer, EnforcementCaseStore.Source source, LegalBasis violation, String facts,
			LocalDate filed, Map<String, Object> data) {
		ActionCode code = this.codes.next(employer.regionCode(), filed, ActionCode.Kind.PENALTY);
		LocalDate due = filed.plusDays(this.rules.days(CaseStep.DECISION.name(), filed, 90));
		long id = this.store.insert(code.toString(), employer.regionCode(), employer.id(), employer.creditCode(),
				employer.name(), source, violation, facts, filed, due, actor.displayName(), Instant.now(this.clock));
		Map<String, Object> first = new LinkedHashMap<>();
		first.put("violation", violation.text());
		first.putAll(data);
		first.put("decisionDue", due.toString());
		String head = append(id, code.toString(), CaseChain.GENESIS, 1, CaseStep.FILED, filed, actor, facts, first);
		this.store.advance(id, CaseStep.FILED, head);
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("actionCode", code.toString());
		after.put("violation", violation.text());
		after.put("filedOn", filed.toString());
		after.putAll(data);
		this.audit.record(actor, "enforcement.case.opened", AuditTarget.of("case", id, employer.regionCode()), Map.of(),
				after);
		return id;
	}

	/** Appends a step to the case's chain, issues its document, and returns its hash. */
	String append(long caseId, String code, String prev, int seq, CaseStep step, LocalDate on, Actor actor, String note,
			Map<String, Object> data) {
		String json = json(data);
		String hash = CaseChain.hash(prev, code, seq, step.name(), on.toString(), actor.displayName(), note, json);
		this.store.appendStep(caseId, seq, step, on, actor.displayName(), note, json, prev, hash, Instant.now(this.clock));
		EnforcementCaseStore.Row row = this.store.byCode(code).orElseThrow();
		this.documents.issue(actor, row, seq, step, on, note, json);
		this.events.publishEvent(new CaseStepRecorded(caseId, row.employerId(), row.regionCode(), step, on));
		return hash;
	}

	/** A flat map as canonical text: keys in insertion order, values as strings. */
	private static String json(Map<String, Object> data) {
		StringBuilder s = new StringBuilder("{");
		data.forEach((k, v) -> {
			if (s.length() > 1) {
				s.append(',');
			}
			s.append('"').append(k).append("\":\"").append(String.valueOf(v).replace("\\", "\\\\").replace("\"", "\\\""))
				.append('"');
		});
		return s.append('}').toString();
	}

}
