package org.ohsonline.diagnosis;

import java.util.List;
import java.util.function.Consumer;

import org.ohsonline.shared.Actor;
import org.ohsonline.shared.Page;
import org.ohsonline.shared.PageQuery;

/**
 * Diagnosis cases, always within the actor's scope: supervisors see the cases of employers in
 * their region, an employer's manager its own, an institution's staff the cases at their
 * institution, a worker only their own. Outside the scope a case does not exist for the actor.
 * Every write is audited in its transaction.
 */
public interface Diagnoses {

	/**
	 * Opens a case with the materials checklist of the catalog in force (items limited to a hazard
	 * category only when a claimed hazard is of it). Needs {@code diagnosis:case:apply}; a worker
	 * applies for themself, an employer's manager for its workers, institution staff at their own
	 * institution. The institution must be an active diagnosis institution with a valid qualification.
	 */
	CaseView apply(Actor actor, ApplicationCommand command);

	CaseView find(Actor actor, long id);

	Page<CaseSummary> search(Actor actor, CaseFilter filter, PageQuery page);

	/**
	 * Every case of the worker in the actor's scope, at any employer, latest application first: the
	 * worker's record (一人一档). A worker sees only their own; an employer's manager those at its
	 * employer, institution staff those at their institution. Needs {@code diagnosis:case:read}.
	 */
	List<CaseView> ofWorker(Actor actor, long workerId);

	void forEach(Actor actor, CaseFilter filter, Consumer<CaseSummary> consumer);

	/**
	 * Ticks an item of the checklist (the institution's staff). When the last item is in, the
	 * materials are complete on the latest day an item came in and the 30-day diagnosis clock starts.
	 */
	CaseView recordMaterial(Actor actor, long caseId, MaterialCommand command);

	/** Records the diagnosis and the certificate's number (the institution): the diagnosis clock is met, the 15-day certificate clock starts. */
	CaseView diagnose(Actor actor, long caseId, DiagnosisCommand command);

	/** The certificate was delivered (the institution): its clock is met, the parties' 30-day appraisal window opens. */
	CaseView deliverCertificate(Actor actor, long caseId, java.time.LocalDate deliveredOn);

	/** Referrals of suspected diseases not yet applied for, in scope, newest first. */
	Page<ReferralView> openReferrals(Actor actor, String region, PageQuery page);

	/**
	 * Every referral of a suspected disease found at the employer (open or applied for), in scope, oldest exam first:
	 * the follow-up of the employer's suspected findings as the indicators count it. Needs {@code diagnosis:case:read};
	 * outside the actor's scope the list is empty.
	 */
	List<ReferralView> referralsOfEmployer(Actor actor, long employerId);

	/**
	 * {@link #referralsOfEmployer} of many employers in one statement (a batch of a read model's rebuild): by employer
	 * id, each employer's referrals in scope, oldest exam first; employers without one are absent.
	 */
	java.util.Map<Long, List<ReferralView>> referralsOfEmployers(Actor actor, java.util.Collection<Long> employerIds);

	/**
	 * Per diagnosis institution whose cases are in scope, its duty clocks (diagnosis, certificate) due from
	 * {@code from} to {@code to} and those met on or before their due day, with the institution's own region;
	 * {@code institutionId} null for every institution. Needs {@code diagnosis:case:read}.
	 */
	List<InstitutionClocks> dutyClocks(Actor actor, Long institutionId, java.time.LocalDate from, java.time.LocalDate to);

	/** Running and past clocks in scope, earliest due first. */
	Page<CaseClock> clocks(Actor actor, ClockFilter filter, PageQuery page);

}
