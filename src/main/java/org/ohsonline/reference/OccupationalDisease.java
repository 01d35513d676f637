package org.ohsonline.reference;

/**
 * A disease of the occupational disease catalogue (职业病分类和目录) in force.
 *
 * @param code the catalogue code (exchange code of the 2021 specification, or a {@code P} platform code)
 * @param name the disease's name
 * @param categoryCode the category (level 1), e.g. {@code 1} 职业性尘肺病及其他呼吸系统疾病
 * @param categoryName the category's name
 * @param groupCode the subgroup between category and disease ({@code 11} 尘肺病, {@code 12} 其他呼吸系统疾病), or {@code null}
 * @param groupName the subgroup's name, or {@code null}
 * @param verified whether the entry was checked against the official text
 * @param edition the catalogue edition the entry comes from
 */
public record OccupationalDisease(String code, String name, String categoryCode, String categoryName, String groupCode,
		String groupName, boolean verified, String edition) {

	/** The pneumoconiosis subgroup (尘肺病) of the catalogue. */
	public static final String PNEUMOCONIOSIS = "11";

	public boolean pneumoconiosis() {
		return PNEUMOCONIOSIS.equals(this.groupCode);
	}

}
