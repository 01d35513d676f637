package org.ohsonline.agency;

/** Whether a staff member still works for the agency. */
public enum StaffStatus {

	ACTIVE, LEFT

}
