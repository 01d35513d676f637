package org.ohsonline.enforcement;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

import org.ohsonline.shared.Actor;
import org.ohsonline.shared.Page;
import org.ohsonline.shared.PageQuery;

/**
 * Enforcement cases under an administrative action code (行政行为码): opened from a violation recorded on site, run
 * through 立案 → 调查取证 → 事先告知 (陈述申辩 / 听证) → 决定 → 送达 → 执行 / 行政强制 → 复议 → 诉讼 → 结案 with their
 * statutory clocks (catalog {@code case-deadlines}); the decision's amount set by the discretion benchmark. Steps are
 * append-only and hash-chained per case. Only inspectors act on cases ({@code enforcement:case:write}); the region's
 * supervisors read them. A step out of order, a deadline passed without an extension, an amount outside the band
 * without a reason: refused with the reason, nothing saved. Every step audited.
 */
public interface Cases {

	Page<CaseView> search(Actor actor, CaseFilter filter, PageQuery page);

	void forEach(Actor actor, CaseFilter filter, Consumer<CaseView> consumer);

	CaseView find(Actor actor, long id);

	/**
	 * The cases of one employer in the caller's scope with their steps: for a read model that keeps a row per
	 * employer (the indicators' case clocks).
	 */
	List<CaseView> ofEmployer(Actor actor, long employerId);

	/**
	 * {@link #ofEmployer} of many employers in two statements (a batch of a read model's rebuild): by employer id, each
	 * employer's cases in the caller's scope with their steps, oldest first; employers without one are absent.
	 */
	java.util.Map<Long, List<CaseView>> ofEmployers(Actor actor, java.util.Collection<Long> employerIds);

	/** The earliest day a decision is due among the caller's cases still before their decision (home cards). */
	java.util.Optional<LocalDate> nearestDecisionDue(Actor actor);

	/** Opens a case (立案) for a violation of a recorded inspection in scope; the action code is given now. */
	CaseView open(Actor actor, long inspectionId, String itemCode, String facts, LocalDate filedOn);

	/**
	 * Records the next step (any but {@link CaseStep#DECISION}, which {@link #decide} records).
	 *
	 * @param extensionDays for {@link CaseStep#EXTENSION}: the days the decision's clock is extended
	 * @param approvedBy for {@link CaseStep#EXTENSION}: who approved it
	 */
	CaseView step(Actor actor, long id, CaseStep step, LocalDate happenedOn, String note, Integer extensionDays,
			String approvedBy);

	/** The document issued with a step of a case in scope (PDF, signed, with the action code's QR). */
	byte[] stepDocument(Actor actor, long id, int seq);

	/** What the discretion benchmark recommends for the case's violation in these circumstances. */
	Recommendation recommend(Actor actor, long id, Circumstances circumstances);

	/**
	 * The decision (决定): a fine inside the statutory range, a reason where it leaves the recommended band; or, for an
	 * item on the no-penalty list in qualifying circumstances, a correction commitment instead ({@code noPenalty}).
	 */
	CaseView decide(Actor actor, long id, Circumstances circumstances, Long amount, String reason, boolean noPenalty,
			LocalDate decidedOn);

}
