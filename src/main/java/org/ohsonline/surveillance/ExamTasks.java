package org.ohsonline.surveillance;

import java.time.LocalDate;
import java.util.function.Consumer;

import org.ohsonline.shared.Actor;
import org.ohsonline.shared.Page;
import org.ohsonline.shared.PageQuery;

/**
 * Job-transfer tasks (职业禁忌证 → 调离) and suspected-disease reports (疑似职业病 → 报告), each with its
 * deadline from the {@code exam-rules} catalog, tracked to completion. Supervisors see those of their
 * region, an employer its own; the examining institution sees the reports of its exams.
 */
public interface ExamTasks {

	/**
	 * Tasks in scope.
	 * @param kind an {@link ExamTaskKind} name or {@code null}
	 * @param state {@code open}, {@code overdue}, {@code done} or {@code null} for all
	 */
	Page<ExamTaskView> search(Actor actor, String region, String kind, String state, Long employerId, PageQuery page);

	void forEach(Actor actor, String region, String kind, String state, Long employerId,
			Consumer<ExamTaskView> consumer);

	ExamTaskView find(Actor actor, long id);

	/**
	 * Records the task as done on the day with what was done: a job transfer by the employer's manager
	 * ({@code surveillance:task:write}), a report by the employer or the examining institution.
	 */
	ExamTaskView complete(Actor actor, long id, LocalDate doneOn, String outcome);

}
