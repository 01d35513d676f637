package org.ohsonline.declaration;

/**
 * Where a deadline clock stands: open (the employer has not declared), answered (a declaration
 * is under review), met (a declaration answering it was accepted), void (moot, e.g. the
 * employer closed before declaring a change).
 */
public enum ClockState {

	OPEN, ANSWERED, MET, VOID

}
