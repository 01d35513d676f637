package org.ohsonline.surveillance;

import java.util.List;
import java.util.function.Consumer;

import org.ohsonline.shared.Actor;
import org.ohsonline.shared.Page;
import org.ohsonline.shared.PageQuery;

/**
 * The exams due (到期) and overdue (逾期) per employer and jurisdiction, from the rules of the
 * {@code exam-rules} catalog: the next periodic exam is the last exam plus the interval for the
 * hazard and grade; a placement on a hazardous post without a pre-placement exam, a recheck and an
 * exit exam are due too. Kept up to date by events (exams concluded, workers hired and leaving) and
 * recomputed per employer from the register on demand.
 */
public interface ExamSchedules {

	Page<ExamDueItem> due(Actor actor, ExamDueFilter filter, PageQuery page);

	void forEach(Actor actor, ExamDueFilter filter, Consumer<ExamDueItem> consumer);

	/**
	 * The items of the given kinds past their due day (the {@code overdue} list) of many employers in one statement,
	 * streamed (a batch of a read model's rebuild): every open item of those kinds due before today of each employer
	 * in the actor's scope, employer by employer, earliest due first.
	 */
	void forEachOverdueOf(Actor actor, java.util.Collection<Long> employerIds, java.util.Set<ExamDueKind> kinds,
			Consumer<ExamDueItem> consumer);

	/** Open items of one worker in scope, by due date. */
	List<ExamDueItem> ofWorker(Actor actor, long workerId);

	/**
	 * Recomputes the open pre-placement and periodic items of an employer's current workforce from the
	 * register (posts and their hazards) and the exams on record; needs {@code surveillance:due:write}.
	 * @return how many items are open for the employer afterwards
	 */
	int recompute(Actor actor, long employerId);

}
