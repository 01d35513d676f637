package org.ohsonline.training;

import java.util.List;

import org.ohsonline.shared.Actor;
import org.ohsonline.shared.Page;
import org.ohsonline.shared.PageQuery;

/**
 * Enrolment, study and quizzes. Viewing time is credited by the server between heartbeats; a paper opens
 * once every lesson's minimum is reached; a submission before the course's minimum answering time, or a
 * second submission of the same paper, is refused and changes nothing; a passed paper issues one
 * certificate.
 */
public interface Learning {

	/** Enrols the actor on the published version of a course (a worker as the register's worker). */
	EnrolmentView enrolSelf(Actor actor, long courseId);

	/**
	 * Enrols workers of the actor's own employer, chosen from the register, on the published version;
	 * workers already enrolled are left as they are. Returns how many were enrolled now.
	 */
	int enrolWorkers(Actor actor, long courseId, List<Long> workerIds);

	/** The actor's own enrolments, newest first. */
	List<EnrolmentView> mine(Actor actor);

	/** Enrolments in scope (an employer's, a region's), with a course filter and a region inside the scope. */
	Page<EnrolmentView> search(Actor actor, Long courseId, String q, String region, PageQuery page);

	/** One enrolment: the learner's own, or one in the reader's scope. */
	EnrolmentView find(Actor actor, long enrolmentId);

	/**
	 * A heartbeat from the lesson page: credits the seconds since the previous heartbeat (at most the
	 * heartbeat cap, never what the page claims) and keeps the position to resume from.
	 */
	EnrolmentView.Progress beat(Actor actor, long enrolmentId, long lessonId, Integer positionSeconds);

	/** Opens a paper (or returns the open one): refused before the minimum viewing time or with no attempts left. */
	Paper openPaper(Actor actor, long enrolmentId);

	/**
	 * Submits a paper's answers (option index per question id). Refused before the minimum answering time
	 * and for a paper already submitted; a pass issues the certificate in the same transaction.
	 */
	AttemptView submit(Actor actor, long attemptId, java.util.Map<Long, Integer> answers);

	/** A certificate's PDF, to its holder or a reader in scope. */
	byte[] certificatePdf(Actor actor, long certificateId);

	/** Certificates in scope. */
	Page<CertificateView> certificates(Actor actor, String q, PageQuery page);

}
