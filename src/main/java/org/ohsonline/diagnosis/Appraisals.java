package org.ohsonline.diagnosis;

import org.ohsonline.shared.Actor;

/**
 * Appraisal (鉴定, by the 设区的市 commission) and re-appraisal (再鉴定, by the provincial commission,
 * final) of a diagnosis (职业病防治法 Art. 52). A request is accepted only inside the party's window
 * from the {@code diagnosis-deadlines} catalog: 30 days from delivery of the certificate, 15 days
 * from the appraisal; a later request is refused with the dates.
 */
public interface Appraisals {

	/** A party's request (or one the commission received): needs {@code diagnosis:appraisal:request} and the case in scope. */
	CaseView request(Actor actor, long caseId, AppraisalRequest request);

	/**
	 * The committee's conclusion: needs {@code diagnosis:appraisal:decide} and a commission whose
	 * region covers the case at the level (city or above for an appraisal, province for a re-appraisal).
	 */
	CaseView decide(Actor actor, long caseId, AppraisalDecision decision);

}
