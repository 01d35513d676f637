package org.ohsonline.declaration;

/**
 * Who answers for occupational health at the employer, as the national declaration form (职业病危害
 * 项目申报表) asks it: the principal responsible person (主要负责人, 职业病防治法 Art. 6), the organisation
 * and the full- and part-time occupational-health managers (Art. 20(一)), and whether the principal and
 * the managers received occupational-health training (Art. 34). Any part may be missing in a draft; a
 * submission needs all of it (the managers' training only when there are managers).
 *
 * @param principalName the principal responsible person (主要负责人)
 * @param principalTrained whether the principal received occupational-health training
 * @param organisation how occupational-health work is organised
 * @param fullTimeManagers full-time occupational-health managers (专职职业卫生管理人员)
 * @param partTimeManagers part-time occupational-health managers (兼职职业卫生管理人员)
 * @param managersTrained whether the managers received occupational-health training
 */
public record DeclarationManagement(String principalName, Boolean principalTrained,
		ManagementOrganisation organisation, Integer fullTimeManagers, Integer partTimeManagers,
		Boolean managersTrained) {

	/** Nothing entered yet. */
	public static final DeclarationManagement EMPTY = new DeclarationManagement(null, null, null, null, null, null);

	/** Full- and part-time managers together, counting a missing number as none. */
	public int managers() {
		return (this.fullTimeManagers == null ? 0 : this.fullTimeManagers)
				+ (this.partTimeManagers == null ? 0 : this.partTimeManagers);
	}

}
