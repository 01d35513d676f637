package org.ohsonline.testing.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;

import org.ohsonline.reference.JobGrade;
import org.ohsonline.reference.LabourIntensity;
import org.ohsonline.reference.ToxicityClass;
import org.ohsonline.testing.JobView.GradeStatus;
import org.ohsonline.testing.JobView.GradeView;
import org.ohsonline.testing.judgement.Rule;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The job grades of a job, replaced with its judgements so that they always grade the results stored. */
@Repository
class GradeStore {

	private final JdbcClient jdbc;

	GradeStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void replace(long jobId, List<GradeView> grades) {
		this.jdbc.sql("delete from testing.job_grade where job_id = :job").param("job", jobId).update();
		for (GradeView g : grades) {
			this.jdbc.sql("""
					insert into testing.job_grade (job_id, post_id, factor_code, limit_code, kind, status, grade, grade_name,
					    index_value, hazard_weight, exposure_ratio, exposure_weight, labour_weight, beyond_table, rule, value,
					    limit_value, unit, day, subject, toxicity_class, silica_percent, labour_intensity, time_share,
					    table_catalog, table_edition, table_source, table_verified, problem_code, problem_args)
					values (:job, :post, :factor, :limitCode, :kind, :status, :grade, :gradeName, :index, :hazardWeight,
					    :ratio, :exposureWeight, :labourWeight, :beyond, :rule, :value, :limitValue, :unit, :day, :subject,
					    :toxicity, :silica, :intensity, :share, :catalog, :edition, :source, :verified, :problem, :args)""")
				.param("job", jobId)
				.param("post", g.postId())
				.param("factor", g.factorCode())
				.param("limitCode", g.limitCode() == null ? "" : g.limitCode())
				.param("kind", g.kind())
				.param("status", g.status().name())
				.param("grade", g.grade() == null ? null : g.grade().name())
				.param("gradeName", g.gradeName())
				.param("index", g.index())
				.param("hazardWeight", g.hazardWeight())
				.param("ratio", g.exposureRatio())
				.param("exposureWeight", g.exposureWeight())
				.param("labourWeight", g.labourWeight())
				.param("beyond", g.beyondTable())
				.param("rule", g.rule() == null ? null : g.rule().name())
				.param("value", g.value())
				.param("limitValue", g.limit())
				.param("unit", g.unit())
				.param("day", g.day() == null ? null : Date.valueOf(g.day()))
				.param("subject", g.subject() == null ? "" : g.subject())
				.param("toxicity", g.toxicityClass() == null ? null : g.toxicityClass().name())
				.param("silica", g.silicaPercent())
				.param("intensity", g.labourIntensity() == null ? null : g.labourIntensity().name())
				.param("share", g.timeShare())
				.param("catalog", g.tableCatalog())
				.param("edition", g.tableEdition())
				.param("source", g.tableSource())
				.param("verified", g.tableVerified())
				.param("problem", g.problemCode())
				.param("args", g.problemArguments().isEmpty() ? null : String.join("\u001f", g.problemArguments()))
				.update();
		}
	}

	List<GradeView> ofJob(long jobId) {
		return this.jdbc.sql("select * from testing.job_grade where job_id = :job order by post_id, factor_code, limit_code")
			.param("job", jobId)
			.query((rs, n) -> grade(rs))
			.list();
	}

	private static GradeView grade(ResultSet rs) throws SQLException {
		String limitCode = rs.getString("limit_code");
		Date day = rs.getDate("day");
		String args = rs.getString("problem_args");
		int share = rs.getInt("time_share");
		Integer timeShare = rs.wasNull() ? null : share;
		return new GradeView(rs.getLong("post_id"), rs.getString("factor_code"), limitCode.isEmpty() ? null : limitCode,
				rs.getString("kind"), GradeStatus.valueOf(rs.getString("status")),
				enumOf(JobGrade.class, rs.getString("grade")), rs.getString("grade_name"), rs.getBigDecimal("index_value"),
				rs.getBigDecimal("hazard_weight"), rs.getBigDecimal("exposure_ratio"), rs.getBigDecimal("exposure_weight"),
				rs.getBigDecimal("labour_weight"), rs.getBoolean("beyond_table"), enumOf(Rule.class, rs.getString("rule")),
				rs.getBigDecimal("value"), rs.getBigDecimal("limit_value"), rs.getString("unit"),
				day == null ? null : day.toLocalDate(), rs.getString("subject"),
				enumOf(ToxicityClass.class, rs.getString("toxicity_class")), rs.getBigDecimal("silica_percent"),
				enumOf(LabourIntensity.class, rs.getString("labour_intensity")), timeShare, rs.getString("table_catalog"),
				rs.getString("table_edition"), rs.getString("table_source"), rs.getBoolean("table_verified"),
				rs.getString("problem_code"), args == null ? List.of() : Arrays.asList(args.split("\u001f", -1)));
	}

	private static <E extends Enum<E>> E enumOf(Class<E> type, String name) {
		return name == null ? null : Enum.valueOf(type, name);
	}

}
