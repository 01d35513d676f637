package org.ohsonline.training;

import org.ohsonline.shared.Actor;
import org.ohsonline.shared.Page;
import org.ohsonline.shared.PageQuery;

/**
 * The managers' question board (职业健康管理员问答): an employer's manager asks, with the employer and region
 * of their account; supervisors and experts whose jurisdiction covers the question answer; the asker or a
 * supervisor in scope marks the best answer. Questions with a best answer form the knowledge base, which
 * every reader of the board searches whatever their scope — without the asker's name or employer.
 */
public interface QuestionBoard {

	/** Questions in the actor's scope (an employer: its own; a supervisor or expert: their region), newest first. */
	Page<BoardQuestion> search(Actor actor, BoardQuestion.Filter filter, PageQuery page);

	/** The knowledge base: questions with a best answer, by words in the question or the best answer, optionally of a region. */
	Page<BoardQuestion> knowledge(Actor actor, String q, String region, PageQuery page);

	/** A question with its answers: in scope, or in the knowledge base (then without who asked). */
	BoardQuestion find(Actor actor, long id);

	BoardQuestion ask(Actor actor, String title, String body);

	BoardQuestion answer(Actor actor, long questionId, String body);

	/** Marks the best answer (the asker or a supervisor in scope); the question joins the knowledge base. */
	BoardQuestion chooseBest(Actor actor, long questionId, long answerId);

}
