package org.ohsonline.enforcement;

/** An inspection is filled in on site and then recorded: the on-site record is issued and its violations become rectification items. */
public enum InspectionStatus {

	IN_PROGRESS, RECORDED

}
