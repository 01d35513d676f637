package org.ohsonline.risk;

/** 职业病危害风险等级: Ⅰ the lowest, Ⅲ the highest. */
public enum HazardLevel {

	I, II, III

}
