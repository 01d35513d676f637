package org.ohsonline.promotion;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

import org.ohsonline.shared.Actor;
import org.ohsonline.shared.Page;
import org.ohsonline.shared.PageQuery;

/**
 * Healthy enterprises (健康企业): an employer applies for a year with a self-evaluation against the standard in
 * force ({@code healthy-enterprise-standard} catalog) and evidence files, submits, the expert panel reviews on
 * site and scores, and a supervisor in scope decides. A mandatory item found not met fails the review whatever
 * the points; an approval of a failed review is refused.
 */
public interface HealthyEnterprises {

	/** Opens the employer's application for the year (the actor's own employer), or returns the one it has. */
	HealthyApplicationView open(Actor actor, int year);

	HealthyApplicationView find(Actor actor, long id);

	Page<HealthyApplicationSummary> search(Actor actor, ApplicationFilter filter, PageQuery page);

	void forEach(Actor actor, ApplicationFilter filter, Consumer<HealthyApplicationSummary> consumer);

	/** How many applications in scope match (the home cards count as the list counts). */
	long count(Actor actor, ApplicationFilter filter);

	/** Saves the self-evaluation of a draft (all or some items; points within 0…the item's points). */
	HealthyApplicationView evaluate(Actor actor, long id, SelfEvaluation evaluation);

	/** Attaches an evidence file (PDF, PNG or JPEG, recognised by content) to a draft. */
	EvidenceFile attach(Actor actor, long id, String itemCode, String fileName, byte[] content);

	/** An evidence file's bytes, to whoever may read the application. */
	EvidenceDownload evidence(Actor actor, long id, long fileId);

	/** Submits a draft whose every item is self-evaluated and that has evidence. */
	HealthyApplicationView submit(Actor actor, long id);

	/** The expert panel's review: every item scored, every mandatory item met or not. */
	HealthyApplicationView review(Actor actor, long id, Review review);

	/** The authority's decision on a reviewed application; a rejection needs a reason. */
	HealthyApplicationView decide(Actor actor, long id, boolean approve, String note);

	/** The public list of healthy enterprises of a year (no personal data), optionally within a region. */
	List<ListedEnterprise> listed(int year, String regionPrefix);

	/** The years that have a list. */
	List<Integer> listedYears();

	/**
	 * Whether the employer is listed on the day: approved for the day's year or the {@code yearsValid − 1}
	 * years before it (the platform keeps a listing for 3 years, docs/promotion.md).
	 */
	boolean isListed(long employerId, LocalDate day);

	/** The sections and items of the standard in force, with its edition. */
	Standard standard(LocalDate day);

	/** A version of the standard: its edition, source, pass mark and items. */
	record Standard(long versionId, String edition, String source, java.math.BigDecimal passMark, List<ItemScore> items) {
	}

}
