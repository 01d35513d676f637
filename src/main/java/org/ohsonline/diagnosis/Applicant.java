package org.ohsonline.diagnosis;

/** Who applies for a diagnosis or requests an appraisal (a party: the worker or the employer). */
public enum Applicant {

	WORKER, EMPLOYER

}
