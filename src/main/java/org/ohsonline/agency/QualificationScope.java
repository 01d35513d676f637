package org.ohsonline.agency;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a qualification covers. A service agency: hazard categories (level 1 codes of the hazard
 * factor catalog) and job types. An institution: hazard categories and single factors it may
 * examine, and a daily capacity per exam type it is qualified for (an exam type without a capacity
 * is outside the scope).
 */
public record QualificationScope(List<String> hazardCategories, List<String> hazardFactors, Set<JobType> jobTypes,
		Map<ExamType, Integer> dailyCapacity) {

	public QualificationScope {
		hazardCategories = hazardCategories == null ? List.of() : List.copyOf(hazardCategories);
		hazardFactors = hazardFactors == null ? List.of() : List.copyOf(hazardFactors);
		jobTypes = jobTypes == null ? Set.of() : Set.copyOf(jobTypes);
		// In exam-type order; null values are kept so that the rules can report them.
		Map<ExamType, Integer> capacities = new EnumMap<>(ExamType.class);
		if (dailyCapacity != null) {
			capacities.putAll(dailyCapacity);
		}
		dailyCapacity = Collections.unmodifiableMap(capacities);
	}

	public static QualificationScope empty() {
		return new QualificationScope(List.of(), List.of(), Set.of(), Map.of());
	}

}
