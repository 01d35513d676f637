package org.ohsonline.promotion;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.ohsonline.shared.Actor;
import org.ohsonline.shared.Page;
import org.ohsonline.shared.PageQuery;

/**
 * Health champions (职业健康达人): an employer nominates a worker or manager of its register for a year with a
 * reason; reviewers score the criteria of the {@code health-champion-criteria} catalog in force; a supervisor in
 * scope approves — refused when the average score is below the pass mark, or when any quota on the path from the
 * province down to the nominee's region is used up — or rejects with a reason; the results are published.
 */
public interface Champions {

	ChampionView nominate(Actor actor, long workerId, NomineeRole role, int year, String reason);

	ChampionView find(Actor actor, long id);

	Page<ChampionSummary> search(Actor actor, String region, Integer year, NominationStatus status, PageQuery page);

	void forEach(Actor actor, String region, Integer year, NominationStatus status, Consumer<ChampionSummary> consumer);

	/** A reviewer's score (points per criterion code; every criterion, 0…its points); scoring again replaces it. */
	ChampionView score(Actor actor, long id, Map<String, BigDecimal> points);

	ChampionView decide(Actor actor, long id, boolean approve, String note);

	/** Sets a region's quota for a year (a region inside the actor's jurisdiction). */
	ChampionQuota setQuota(Actor actor, String regionCode, int year, int quota);

	/** The quotas inside the actor's jurisdiction for a year, with the approvals counted against each. */
	List<ChampionQuota> quotas(Actor actor, int year);

	/** The public results of a year. */
	List<PublishedChampion> published(int year);

}
