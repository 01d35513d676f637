package org.ohsonline.surveillance;

import java.util.List;
import java.util.function.Consumer;

import org.ohsonline.shared.Actor;
import org.ohsonline.shared.Page;
import org.ohsonline.shared.PageQuery;

/**
 * Occupational health exams (职业健康检查), always within the actor's scope: supervisors see the exams
 * of employers in their region, an employer's manager those of its workers, an institution's staff
 * only the exams it recorded, a worker only their own. Records outside the scope do not exist for
 * the actor. Recording an exam needs {@code surveillance:exam:write} and an institution qualified
 * for the exam type and every hazard examined on the day.
 */
public interface Exams {

	Page<ExamSummary> search(Actor actor, ExamFilter filter, PageQuery page);

	/** Streams every exam matching the filter (exports, the worker's record), in the filter's order. */
	void forEach(Actor actor, ExamFilter filter, Consumer<ExamSummary> consumer);

	ExamView find(Actor actor, long id);

	/** The exam if it exists and is in the actor's scope (for callers to which a missing exam is not an error). */
	java.util.Optional<ExamView> inScope(Actor actor, long id);

	/** Every exam of a worker in scope, oldest first, with results (the worker's record, trends). */
	List<ExamView> ofWorker(Actor actor, long workerId);

	/**
	 * The hazards to examine, proposed from the post the worker holds (or last held) at the employer,
	 * with the items the rules in force require for each.
	 */
	List<HazardProposal> propose(Actor actor, String employerCreditCode, String workerIdNumber);

	/**
	 * Records and concludes an exam in one transaction, audited, and issues its report in the
	 * institution's name (so the worker sees it at once); publishes {@link ExamConcluded} and, per
	 * hazard, {@link SuspectedDiseaseFound} or {@link ContraindicationFound}.
	 * @throws org.ohsonline.shared.InvalidInputException with every problem, nothing written
	 */
	ExamView record(Actor actor, ExamCommand command);

	/** The rule violations recording would meet, without writing anything. */
	List<org.ohsonline.shared.InvalidInputException.FieldError> check(Actor actor, ExamCommand command);

	/**
	 * The exam report (职业健康检查报告) PDF of the worker, as issued when the exam was recorded and
	 * concluded (with a QR code of its public verification page). An exam recorded before reports were
	 * issued with the conclusion and not yet caught up at start-up is issued on its institution's request.
	 * @throws org.ohsonline.shared.NotFoundException when not issued and the actor may not issue it
	 */
	byte[] report(Actor actor, long id);

	/**
	 * A hazard to examine, with the rule in force for it (if the catalog has one): its code and its
	 * name as the catalog words it (GBZ 188: 矽尘 作业分级Ⅱ级及以上：在岗期间每年1次).
	 */
	record HazardProposal(String hazardCode, String hazardName, String ruleCode, String ruleName,
			Integer intervalMonths, List<String> requiredItems, List<String> contraindications) {
	}

}
