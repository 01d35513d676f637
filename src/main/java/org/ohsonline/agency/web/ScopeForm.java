package org.ohsonline.agency.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ohsonline.agency.ExamType;
import org.ohsonline.agency.JobType;
import org.ohsonline.agency.QualificationScope;

/**
 * The qualification scope form: category and job-type check boxes, factor codes as text, and one
 * capacity field per exam type (blank: not qualified for that type).
 */
public class ScopeForm {

	private List<String> hazardCategories = new ArrayList<>();

	private String hazardFactors;

	private List<JobType> jobTypes = new ArrayList<>();

	private Map<String, String> capacity = new LinkedHashMap<>();

	static ScopeForm of(QualificationScope scope) {
		ScopeForm form = new ScopeForm();
		form.hazardCategories = new ArrayList<>(scope.hazardCategories());
		form.hazardFactors = String.join(", ", scope.hazardFactors());
		form.jobTypes = new ArrayList<>(scope.jobTypes());
		scope.dailyCapacity().forEach((type, n) -> form.capacity.put(type.name(), n == null ? "" : n.toString()));
		return form;
	}

	/**
	 * The scope to save; a capacity that is not a whole number becomes {@code -1}, which the rules
	 * reject with the exam type named.
	 */
	QualificationScope toScope() {
		List<String> factors = this.hazardFactors == null ? List.of()
				: Arrays.stream(this.hazardFactors.split("[,，;；\\s]+")).filter(s -> !s.isBlank()).toList();
		Map<ExamType, Integer> capacities = new EnumMap<>(ExamType.class);
		for (ExamType type : ExamType.values()) {
			String value = this.capacity.get(type.name());
			if (value != null && !value.isBlank()) {
				try {
					capacities.put(type, Integer.valueOf(value.trim()));
				}
				catch (NumberFormatException ex) {
					capacities.put(type, -1);
				}
			}
		}
		Set<JobType> types = this.jobTypes.isEmpty() ? Set.of() : EnumSet.copyOf(this.jobTypes);
		return new QualificationScope(this.hazardCategories, factors, types, capacities);
	}

	public List<String> getHazardCategories() {
		return this.hazardCategories;
	}

	public void setHazardCategories(List<String> hazardCategories) {
		this.hazardCategories = hazardCategories == null ? new ArrayList<>() : hazardCategories;
	}

	public String getHazardFactors() {
		return this.hazardFactors;
	}

	public void setHazardFactors(String hazardFactors) {
		this.hazardFactors = hazardFactors;
	}

	public List<JobType> getJobTypes() {
		return this.jobTypes;
	}

	public void setJobTypes(List<JobType> jobTypes) {
		this.jobTypes = jobTypes == null ? new ArrayList<>() : jobTypes;
	}

	public Map<String, String> getCapacity() {
		return this.capacity;
	}

	public void setCapacity(Map<String, String> capacity) {
		this.capacity = capacity == null ? new LinkedHashMap<>() : capacity;
	}

}
