package org.ohsonline.cdcmonitoring;

/** Who does a county's task: the county's CDC, or a qualified agency (service agency or exam institution). */
public enum Assignee {

	COUNTY_CDC, AGENCY

}
