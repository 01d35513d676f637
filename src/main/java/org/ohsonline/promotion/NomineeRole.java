package org.ohsonline.promotion;

/** Who a health-champion nomination names: a worker or an occupational-health manager of the employer. */
public enum NomineeRole {

	WORKER, MANAGER

}
