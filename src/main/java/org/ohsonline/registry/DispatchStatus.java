package org.ohsonline.registry;

/**
 * Where a dispatched worker's host employer (用工单位) stands: a dispatch names the host, which sees
 * the worker only once it confirms that the worker works there.
 */
public enum DispatchStatus {

	PENDING, CONFIRMED, DECLINED

}
