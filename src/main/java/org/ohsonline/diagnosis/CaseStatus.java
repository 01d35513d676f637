package org.ohsonline.diagnosis;

/**
 * Where a diagnosis case stands: applied (materials incomplete), under diagnosis (materials
 * complete, the 30-day clock runs), diagnosed (certificate issued, the 15-day delivery clock runs),
 * certified (delivered, the 30-day appraisal window runs), appraisal requested, appraised (the
 * 15-day re-appraisal window runs), re-appraisal requested, re-appraised (final).
 */
public enum CaseStatus {

	APPLIED, UNDER_DIAGNOSIS, DIAGNOSED, CERTIFIED, APPRAISAL_REQUESTED, APPRAISED, REAPPRAISAL_REQUESTED, REAPPRAISED

}
