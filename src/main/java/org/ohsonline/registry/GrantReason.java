package org.ohsonline.registry;

/** Why an agency or institution may see a record of the register outside its own scope. */
public enum GrantReason {

	/** The employer accepted the agency's or institution's engagement (委托): its profile and structure, for the contract period. */
	ENGAGEMENT,

	/** The worker presented their identity number and name at the institution (in person). */
	IN_PERSON,

	/** The worker's diagnosis application was made to the institution. */
	DIAGNOSIS_APPLICATION,

	/** The institution examined the worker. */
	EXAM

}
