package org.ohsonline.reference;

import java.util.List;

/**
 * A health surveillance rule (GBZ 188) of the {@code exam-rules} catalog in force: how often workers
 * exposed to a hazard factor (or to any factor of a category) are examined while in service, which
 * exam items are required, and which conditions are contraindications.
 *
 * @param code the catalog entry's code
 * @param name the rule as the catalog words it
 * @param hazardCode a hazard factor code, or a category code (level 1) for a fallback rule
 * @param grade the job grade the rule applies to ({@code ANY}, {@code I}, {@code II+}, or a noise band
 * such as {@code L85})
 * @param applyWhenUngraded whether this rule applies when the exposure's grade is not known (the
 * stricter rule of a hazard)
 * @param intervalMonths months between in-service exams
 * @param requiredItems health indicator codes (exchange specification 2021, 表13) an exam must include
 * @param contraindications the contraindications (职业禁忌证) named by the rule
 * @param basis where the rule comes from
 * @param verified whether the entry was checked against the official text
 * @param edition the catalog version's edition
 */
public record ExamRule(String code, String name, String hazardCode, String grade, boolean applyWhenUngraded,
		int intervalMonths, List<String> requiredItems, List<String> contraindications, String basis, boolean verified,
		String edition) {

	public ExamRule {
		requiredItems = requiredItems == null ? List.of() : List.copyOf(requiredItems);
		contraindications = contraindications == null ? List.of() : List.copyOf(contraindications);
	}

}
