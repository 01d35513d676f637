package org.ohsonline.reference;

/** How a directory entry gave an industry its class. */
public enum SeverityDecision {

	/** The entry itself has the class. */
	LISTED,

	/** A group split by activity, decided by the GB/T 4754 class whose name is the activity's. */
	CLASS,

	/** A group split by activity, decided by the activity the employer gave. */
	ACTIVITY,

	/** A starred industry, decided by the employer's answer about benzene-type solvents. */
	SOLVENTS,

	/** Not yet answerable: the stricter class applies until the employer answers. */
	STRICTER_DEFAULT

}
