package org.ohsonline.portal;

/** Whether an issued document still stands. */
public enum DocumentStatus {

	/** In force as issued. */
	VALID,

	/** Withdrawn by the issuer (issued in error, revoked). */
	WITHDRAWN,

	/** Superseded by a later document (a correction or a later declaration). */
	REPLACED

}
