package org.ohsonline.risk;

/** 职业卫生管理状况: A (90–100 points), B (70–89), C (below 70, or no self-inspection). */
public enum ManagementGrade {

	A, B, C

}
