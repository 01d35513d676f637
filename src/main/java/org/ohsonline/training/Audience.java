package org.ohsonline.training;

/**
 * Who a course is for, and so which training rate a certificate counts in: an employer's principal leader
 * (主要负责人) and occupational-health managers (职业卫生管理人员, 职业病防治法 第三十四条第一款), workers
 * (第三十四条第二款, optionally of given hazard factors), inspectors and diagnosis physicians.
 */
public enum Audience {

	PRINCIPAL, MANAGER, WORKER, INSPECTOR, PHYSICIAN

}
