package org.ohsonline.enforcement;

import java.util.EnumSet;
import java.util.Set;

/**
 * The steps of an enforcement case under one action code: 立案 → 调查取证 → 事先告知 (陈述申辩 / 听证) → 决定 → 送达 →
 * 执行 / 行政强制 → 复议 → 诉讼 → 结案. Each step says which may follow it; a step out of order is refused.
 * {@link #EXTENSION} (延期, approved) may follow any open step and leaves the order where it was.
 */
public enum CaseStep {

	/** 立案. */
	FILED,
	/** 调查取证 (repeatable). */
	INVESTIGATION,
	/** 事先告知: the intended penalty and the right to state a case or ask for a hearing. */
	PRIOR_NOTICE,
	/** 陈述申辩. */
	STATEMENT,
	/** 听证. */
	HEARING,
	/** 决定: the penalty (or none) decided. */
	DECISION,
	/** 送达. */
	SERVICE,
	/** 执行. */
	EXECUTION,
	/** 行政强制. */
	COERCION,
	/** 复议. */
	RECONSIDERATION,
	/** 诉讼. */
	LITIGATION,
	/** 结案. */
	CLOSED,
	/** 延期: a statutory clock extended, with the approval. */
	EXTENSION;

	/** The steps that may follow this one. */
	public Set<CaseStep> next() {
		return switch (this) {
			case FILED -> EnumSet.of(INVESTIGATION);
			case INVESTIGATION -> EnumSet.of(INVESTIGATION, PRIOR_NOTICE, CLOSED);
			case PRIOR_NOTICE -> EnumSet.of(STATEMENT, HEARING, DECISION);
			case STATEMENT -> EnumSet.of(HEARING, DECISION);
			case HEARING -> EnumSet.of(DECISION);
			case DECISION -> EnumSet.of(SERVICE);
			case SERVICE -> EnumSet.of(EXECUTION, RECONSIDERATION, LITIGATION, CLOSED);
			case EXECUTION -> EnumSet.of(COERCION, RECONSIDERATION, LITIGATION, CLOSED);
			case COERCION -> EnumSet.of(CLOSED);
			case RECONSIDERATION -> EnumSet.of(EXECUTION, LITIGATION, CLOSED);
			case LITIGATION -> EnumSet.of(EXECUTION, CLOSED);
			case CLOSED -> EnumSet.noneOf(CaseStep.class);
			case EXTENSION -> EnumSet.noneOf(CaseStep.class);
		};
	}

	/** Whether {@code step} may be recorded after this one ({@link #EXTENSION} while the case is open). */
	public boolean allows(CaseStep step) {
		return step == EXTENSION ? this != CLOSED : next().contains(step);
	}

}
