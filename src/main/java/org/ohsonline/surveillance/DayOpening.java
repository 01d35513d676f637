package org.ohsonline.surveillance;

/** Whether an exam institution receives workers on a day, and why not. */
public enum DayOpening {

	/** One of its working days. */
	OPEN,

	/** Not a working day of its week, but opened for this day (e.g. a Saturday session). */
	OPENED,

	/** Today or before: no longer bookable. */
	PAST,

	/** Not one of its working days (a weekend, unless opened). */
	CLOSED,

	/** A working day it closed (a public holiday, a staff day). */
	HOLIDAY;

	/** Whether places can be booked or moved to the day. */
	public boolean bookable() {
		return this == OPEN || this == OPENED;
	}

}
