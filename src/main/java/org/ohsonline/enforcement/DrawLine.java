package org.ohsonline.enforcement;

/**
 * One employer drawn and the two inspectors drawn for it ({@code null} where too few inspectors were eligible).
 *
 * @param inspectionId the inspection started for the line, if any
 * @param riskClass {@code JIA}, {@code YI}, {@code BING} or {@code NONE} (not yet classified) as frozen at commit
 * @param mode on site, or marked for a non-site inspection from the monitoring evidence
 * @param nonSiteBasis for a non-site line, what online monitoring covered when it was marked
 */
public record DrawLine(long planId, int seq, long employerId, String creditCode, String employerName, String regionCode,
		String riskClass, Arm arm, Long inspectorA, String inspectorAName, Long inspectorB, String inspectorBName,
		Long inspectionId, InspectionMode mode, String nonSiteBasis) {

	public boolean assigned() {
		return this.inspectorA != null && this.inspectorB != null;
	}

}
