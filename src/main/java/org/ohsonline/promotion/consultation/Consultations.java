package org.ohsonline.promotion.consultation;

import java.util.List;

import org.ohsonline.shared.Actor;
import org.ohsonline.shared.Page;
import org.ohsonline.shared.PageQuery;

/**
 * Online consultation (线上问诊 / 卫企直通车). An employer's manager or a worker asks in a field; the request is
 * routed to an active expert of that field whose region covers the asker's (the most local first, then the
 * one with fewest open requests); the expert answers within the field's service time; a request still
 * unanswered when its time is up is escalated once to the supervisors of its region; the asker rates the
 * answer from 1 to 5. Readers: the asker their own requests, an expert those assigned to them, supervisors
 * those of their region. Every write is audited in its transaction.
 */
public interface Consultations {

	/** The fields of the catalog in force today, with their service times. */
	List<Consultation.Field> fields();

	Consultation ask(Actor actor, Consultation.Command command, List<Consultation.Upload> attachments);

	Page<Consultation> search(Actor actor, Consultation.Filter filter, PageQuery page);

	Consultation find(Actor actor, long id);

	Consultation answer(Actor actor, long id, String answer);

	Consultation rate(Actor actor, long id, Integer rating, String comment);

	Consultation.File attachment(Actor actor, long id, long attachmentId);

	/** The expert team of the actor's jurisdiction. */
	List<Consultation.Expert> experts(Actor actor);

	/** The users holding the expert role in the actor's jurisdiction, to put on the team. */
	List<Consultation.Candidate> candidates(Actor actor);

	/** Puts an expert on the team with their fields (or changes them); no fields takes them off the team. */
	Consultation.Expert keepExpert(Actor actor, long userId, List<String> fields);

	/**
	 * Escalates every unanswered request whose service time is up and that was not escalated before: the
	 * supervisors of its region are told through their inbox. Run by the scheduled job; returns how many.
	 */
	int escalateOverdue();

	/** How many requests wait for the actor: an expert's unanswered ones, a supervisor's overdue ones. */
	long waiting(Actor actor);

}
