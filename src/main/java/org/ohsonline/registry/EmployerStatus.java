package org.ohsonline.registry;

/** Whether an employer is operating (在产, 停产, 关闭). */
public enum EmployerStatus {

	IN_PRODUCTION, SUSPENDED, CLOSED

}
