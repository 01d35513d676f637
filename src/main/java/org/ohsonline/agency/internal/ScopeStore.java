package org.ohsonline.agency.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ohsonline.agency.ExamType;
import org.ohsonline.agency.JobType;
import org.ohsonline.agency.QualificationScope;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for the qualification scope: hazards, job types, exam types with their daily capacity. */
@Repository
class ScopeStore {

	private final JdbcClient jdbc;

	ScopeStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	QualificationScope read(long agencyId) {
		List<String> categories = new ArrayList<>();
		List<String> factors = new ArrayList<>();
		this.jdbc.sql("select hazard_code, category from agency.scope_hazard where agency_id = :id order by hazard_code")
			.param("id", agencyId)
			.query(rs -> {
				(rs.getBoolean("category") ? categories : factors).add(rs.getString("hazard_code"));
			});
		Set<JobType> jobTypes = EnumSet.noneOf(JobType.class);
		this.jdbc.sql("select job_type from agency.scope_job_type where agency_id = :id")
			.param("id", agencyId)
			.query(String.class)
			.list()
			.forEach(type -> jobTypes.add(JobType.valueOf(type)));
		Map<ExamType, Integer> capacity = new EnumMap<>(ExamType.class);
		this.jdbc.sql("select exam_type, daily_capacity from agency.exam_capacity where agency_id = :id")
			.param("id", agencyId)
			.query(rs -> {
				capacity.put(ExamType.ofCode(rs.getString("exam_type")).orElseThrow(), rs.getInt("daily_capacity"));
			});
		return new QualificationScope(categories, factors, jobTypes, capacity);
	}

	void replace(long agencyId, QualificationScope scope) {
		for (String table : List.of("scope_hazard", "scope_job_type", "exam_capacity")) {
			// The table name comes from this fixed list.
			this.jdbc.sql("delete from agency." + table + " where agency_id = :id").param("id", agencyId).update();
		}
		for (String code : scope.hazardCategories()) {
			insertHazard(agencyId, code, true);
		}
		for (String code : scope.hazardFactors()) {
			insertHazard(agencyId, code, false);
		}
		for (JobType type : scope.jobTypes()) {
			this.jdbc.sql("insert into agency.scope_job_type (agency_id, job_type) values (:id, :type)")
				.param("id", agencyId)
				.param("type", type.name())
				.update();
		}
		scope.dailyCapacity()
			.forEach((type, capacity) -> this.jdbc
				.sql("insert into agency.exam_capacity (agency_id, exam_type, daily_capacity) values (:id, :type, :capacity)")
				.param("id", agencyId)
				.param("type", type.code())
				.param("capacity", capacity)
				.update());
	}

	private void insertHazard(long agencyId, String code, boolean category) {
		this.jdbc.sql("insert into agency.scope_hazard (agency_id, hazard_code, category) values (:id, :code, :category)")
			.param("id", agencyId)
			.param("code", code)
			.param("category", category)
			.update();
	}

}
