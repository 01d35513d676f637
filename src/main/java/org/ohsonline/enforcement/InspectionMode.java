package org.ohsonline.enforcement;

/** How an employer drawn is inspected: on site (a visit), or from the online monitoring evidence (非现场检查). */
public enum InspectionMode {

	ON_SITE,
	/** 非现场检查: every hazard factor of the employer is measured online; no visit ("无事不扰"). */
	NON_SITE

}
