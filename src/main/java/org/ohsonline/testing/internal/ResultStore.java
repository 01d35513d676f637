package org.ohsonline.testing.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

import org.ohsonline.reference.LabourIntensity;
import org.ohsonline.testing.SamplingMode;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for sample results. Callers have found the job in the actor's scope first. */
@Repository
class ResultStore {

	private final JdbcClient jdbc;

	ResultStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(StoredResult r) {
		return this.jdbc.sql("""
				insert into testing.result (job_id, sample_number, post_id, post_name, point_name, subject, factor_code,
				    factor_name, limit_code, method, sampling_mode, started_at, ended_at, duration_minutes,
				    represents_shift, value, unit, limit_of_detection, non_detect, labour_intensity, created_by, created_at)
				values (:job, :sample, :post, :postName, :point, :subject, :factor, :factorName, :limit, :method, :mode,
				    :start, :end, :duration, :shift, :value, :unit, :lod, :nonDetect, :intensity, :by, :at)
				returning id""")
			.param("job", r.jobId())
			.param("sample", r.sampleNumber())
			.param("post", r.postId())
			.param("postName", r.postName())
			.param("point", r.pointName())
			.param("subject", r.subject())
			.param("factor", r.factorCode())
			.param("factorName", r.factorName())
			.param("limit", r.limitCode())
			.param("method", r.method())
			.param("mode", r.mode().name())
			.param("start", Timestamp.valueOf(r.start()))
			.param("end", Timestamp.valueOf(r.end()))
			.param("duration", r.durationMinutes())
			.param("shift", r.shiftSegment())
			.param("value", r.value())
			.param("unit", r.unit())
			.param("lod", r.limitOfDetection())
			.param("nonDetect", r.nonDetect())
			.param("intensity", r.labourIntensity() == null ? null : r.labourIntensity().name())
			.param("by", r.createdBy())
			.param("at", Timestamp.from(r.createdAt()))
			.query(Long.class)
			.single();
	}

	List<StoredResult> ofJob(long jobId) {
		return this.jdbc.sql("select * from testing.result where job_id = :job order by post_name, factor_code, started_at, id")
			.param("job", jobId)
			.query(ResultStore::row)
			.list();
	}

	Optional<StoredResult> find(long jobId, long resultId) {
		return this.jdbc.sql("select * from testing.result where job_id = :job and id = :id")
			.param("job", jobId)
			.param("id", resultId)
			.query(ResultStore::row)
			.optional();
	}

	List<String> sampleNumbers(long jobId) {
		return this.jdbc.sql("select sample_number from testing.result where job_id = :job")
			.param("job", jobId)
			.query(String.class)
			.list();
	}

	void delete(long jobId, long resultId) {
		this.jdbc.sql("delete from testing.result where job_id = :job and id = :id")
			.param("job", jobId)
			.param("id", resultId)
			.update();
	}

	static StoredResult row(ResultSet rs, int n) throws SQLException {
		String intensity = rs.getString("labour_intensity");
		return new StoredResult(rs.getLong("id"), rs.getLong("job_id"), rs.getString("sample_number"),
				rs.getLong("post_id"), rs.getString("post_name"), rs.getString("point_name"), rs.getString("subject"),
				rs.getString("factor_code"), rs.getString("factor_name"), rs.getString("limit_code"),
				rs.getString("method"), SamplingMode.valueOf(rs.getString("sampling_mode")),
				rs.getTimestamp("started_at").toLocalDateTime(), rs.getTimestamp("ended_at").toLocalDateTime(),
				rs.getBigDecimal("duration_minutes"), rs.getBoolean("represents_shift"), rs.getBigDecimal("value"),
				rs.getString("unit"), rs.getBigDecimal("limit_of_detection"), rs.getBoolean("non_detect"),
				intensity == null ? null : LabourIntensity.valueOf(intensity), rs.getString("created_by"),
				rs.getTimestamp("created_at").toInstant());
	}

}
