package org.ohsonline.declaration;

/**
 * How the employer organises its occupational-health work (职业病防治法 Art. 20(一): 设置或者指定职业卫生管理
 * 机构或者组织), as the declaration form asks it.
 */
public enum ManagementOrganisation {

	/** A dedicated occupational-health department (设置专门机构). */
	DEDICATED,

	/** Another department or body designated for it (指定机构或组织). */
	DESIGNATED,

	/** Neither (无). */
	NONE

}
