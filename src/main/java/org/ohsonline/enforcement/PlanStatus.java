package org.ohsonline.enforcement;

/** A plan's life: drafted, its inputs frozen and the seed's hash published (commit), drawn and the seed revealed. */
public enum PlanStatus {

	DRAFT, COMMITTED, DRAWN;

	/** Whether conflicts may still be recorded and the inputs still change. */
	public boolean open() {
		return this == DRAFT;
	}

}
