package org.ohsonline.agency;

import java.util.function.Consumer;

import org.ohsonline.shared.Actor;
import org.ohsonline.shared.Page;
import org.ohsonline.shared.PageQuery;

/**
 * Report-quality sampling (报告质量抽查 / 溯源核查, decision 0034): a reproducible draw per region and quarter of the
 * issued testing reports and exam batches of the organisations in the region, at the ratio of each organisation's
 * credit level ({@code report-quality-sampling} catalog); reviewers score each sampled report against the versioned
 * rubric ({@code report-review-rubric}); findings go back to the organisation, which answers; a reviewer closes them.
 * A sampled testing report whose conclusions the platform's recomputation contradicts is flagged at the draw, with
 * a finding of its own. Supervisors ({@code agency:quality:draw}, {@code agency:quality:review}) act in their
 * region; an organisation reads its own samples and answers ({@code agency:quality:answer}).
 */
public interface ReportQuality {

	/** Draws the sample of a quarter ({@code 2026Q4}) for the organisations of the region; once per region and period. */
	QualityDrawView draw(Actor actor, String region, String period);

	/** The draws visible to a region-scoped user, newest period first (without the organisations). */
	Page<QualityDrawView> draws(Actor actor, String region, PageQuery page);

	/** A draw with every organisation's level, ratio, population and drawn count, and its inputs file. */
	QualityDrawView draw(Actor actor, long drawId);

	/** The frozen inputs file of a draw, to redo it: {@code OHS-QUALITY-1} lines (decision 0034). */
	String inputs(Actor actor, long drawId);

	/** Sampled reports in scope. */
	Page<QualitySampleView> samples(Actor actor, QualitySampleFilter filter, PageQuery page);

	/** Streams every sampled report matching the filter (exports). */
	void forEachSample(Actor actor, QualitySampleFilter filter, Consumer<QualitySampleView> consumer);

	/** One sampled report in scope with its review and findings. */
	QualitySampleView sample(Actor actor, long sampleId);

	/** The rubric criteria that apply to a sampled report (its draw's rubric edition). */
	QualityRubric rubric(Actor actor, long sampleId);

	/** Scores a drawn report against the rubric; each mark with a finding text raises a finding. */
	QualitySampleView review(Actor actor, long sampleId, QualityReviewCommand command);

	/** The organisation answers a finding on its own report (text, optional document). */
	QualityFindingView answer(Actor actor, long findingId, String text, QualityDocument document);

	/** A reviewer closes an answered finding. */
	QualityFindingView close(Actor actor, long findingId, String note);

	/** The document attached to an answer. */
	QualityDocument.Stored answerDocument(Actor actor, long findingId);

	/** Sampled reports in scope still awaiting their review (home cards). */
	long awaitingReview(Actor actor);

	/** Sampled reports in scope with a finding awaiting the organisation's answer (home cards; the list's count). */
	long awaitingAnswer(Actor actor);

}
