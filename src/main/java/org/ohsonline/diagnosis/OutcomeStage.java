package org.ohsonline.diagnosis;

/** The step whose conclusion is in force: the diagnosis, the municipal appraisal, the provincial re-appraisal. */
public enum OutcomeStage {

	DIAGNOSIS, APPRAISAL, REAPPRAISAL

}
