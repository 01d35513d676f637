package org.ohsonline.enforcement;

/** The answer to one checklist item on site. */
public enum Outcome {

	COMPLIANT, VIOLATION, NOT_APPLICABLE

}
