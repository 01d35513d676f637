package org.ohsonline.reference;

/**
 * What the directory needs from an employer before it can settle the class: until it is answered
 * the stricter class applies (按较严类别认定).
 */
public enum SeverityQuestion {

	/** The industry's group is split by activity (e.g. 热力生产和供应（燃煤、核能）/（其他）): which one the employer does. */
	ACTIVITY,

	/** A starred industry (制鞋业*, 印刷*…): whether benzene-type adhesives, cleaners, inks or paints are used. */
	SOLVENTS

}
