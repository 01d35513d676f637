package org.ohsonline.testing.internal;

import static org.ohsonline.shared.Text.blankToNull;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.ohsonline.shared.ScopeColumns;
import org.ohsonline.shared.ScopeFilter;
import org.ohsonline.agency.JobType;
import org.ohsonline.reference.LabourIntensity;
import org.ohsonline.reference.ToxicityClass;
import org.ohsonline.testing.JobFilter;
import org.ohsonline.testing.JobStatus;
import org.ohsonline.testing.JobStep;
import org.ohsonline.testing.JobSummary;
import org.ohsonline.testing.JobView;
import org.ohsonline.testing.SamplingMode;
import org.ohsonline.shared.PageQuery;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for jobs, their participants, plans and mixtures. Every read for a person binds the actor's {@link ScopeFilter}. */
@Repository
class JobStore {

	/** Jobs visible to a scope: by region, the employer tested, or the agency testing. */
	static final String SCOPE = ScopeColumns.on("j").region("region_code").employer("credit_code").agency("agency_credit_code")
		.predicate();

	private static final Map<String, String> SORTS = Map.of("number", "j.number", "employer", "j.employer_name",
			"agency", "j.agency_name", "sampling", "j.sampling_from", "status", "j.status", "type", "j.job_type");

	private static final String FILTER = """
			from testing.job j
			where %s
			  and j.region_code like :region || '%%'
			  and (cast(:q as text) is null or j.employer_name ilike '%%' || cast(:q as text) || '%%'
			       or j.agency_name ilike '%%' || cast(:q as text) || '%%'
			       or j.credit_code like upper(cast(:q as text)) || '%%'
			       or j.number = upper(cast(:q as text)))
			  and (cast(:employer as bigint) is null or j.employer_id = cast(:employer as bigint))
			  and (cast(:agency as bigint) is null or j.agency_id = cast(:agency as bigint))
			  and (cast(:jobType as text) is null or j.job_type = cast(:jobType as text))
			  and (cast(:status as text) is null or j.status = cast(:status as text))
			  and (cast(:from as date) is null or j.sampling_from >= cast(:from as date))
			  and (cast(:to as date) is null or j.sampling_from <= cast(:to as date))
			""".formatted(JobStore.SCOPE);

	private static final String SUMMARY_COLUMNS = """
			j.id, j.number, j.job_type, j.employer_id, j.employer_name, j.credit_code, j.region_code, j.agency_id,
			j.agency_name, j.status, j.sampling_from, j.sampling_to, j.reviewed_on, j.synthetic,
			(select count(*) from testing.result r where r.job_id = j.id) as results,
			(select count(*) from testing.post_judgement p where p.job_id = j.id and p.verdict = 'NON_COMPLIANT') as failing""";

	private final JdbcClient jdbc;

	JobStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The stored state of a job. */
	record Row(long id, String number, JobType jobType, long employerId, String employerName, String creditCode,
			String regionCode, long agencyId, String agencyCreditCode, String agencyName, JobStatus status,
			LocalDate contractedOn, LocalDate surveyOn, LocalDate samplingFrom, LocalDate samplingTo, String scope,
			String methods, boolean hotOutdoor, String createdBy, Instant submittedAt, String submittedBy,
			Instant reviewedAt, LocalDate reviewedOn, String reviewedBy, String returnReason, boolean synthetic,
			Instant createdAt, Instant updatedAt, int version) {
	}

	long count(ScopeFilter scope, String region, JobFilter filter) {
		return bind(this.jdbc.sql("select count(*) " + FILTER), scope, region, filter).query(Long.class).single();
	}

	List<JobSummary> page(ScopeFilter scope, String region, JobFilter filter, PageQuery page) {
		return bind(this.jdbc.sql("select " + SUMMARY_COLUMNS + " " + FILTER + orderBy(filter.sort())
				+ " limit :limit offset :offset"), scope, region, filter)
			.param("limit", page.size())
			.param("offset", page.offset())
			.query(JobStore::summary)
			.list();
	}

	void forEach(ScopeFilter scope, String region, JobFilter filter, Consumer<JobSummary> consumer) {
		try (Stream<JobSummary> rows = bind(this.jdbc.sql("select " + SUMMARY_COLUMNS + " " + FILTER
				+ orderBy(filter.sort())), scope, region, filter).query(JobStore::summary).stream()) {
			rows.forEach(consumer);
		}
	}

	Optional<Row> find(ScopeFilter scope, long id) {
		return this.jdbc.sql("select j.* from testing.job j where j.id = :id and " + JobStore.SCOPE)
			.params(scope.parameters())
			.param("id", id)
			.query(JobStore::row)
			.optional();
	}

	/** Locks the job row for a write (results, status), so that concurrent writes judge in turn. */
	Optional<Row> findForUpdate(ScopeFilter scope, long id) {
		return this.jdbc
			.sql("select j.* from testing.job j where j.id = :id and " + JobStore.SCOPE + " for update")
			.params(scope.parameters())
			.param("id", id)
			.query(JobStore::row)
			.optional();
	}

	long insert(Row row) {
		return this.jdbc.sql("""
				insert into testing.job (number, job_type, employer_id, employer_name, credit_code, region_code,
				    agency_id, agency_credit_code, agency_name, status, contracted_on, survey_on, sampling_from,
				    sampling_to, scope_text, methods, hot_outdoor, created_by, synthetic, created_at, updated_at)
				values ('JC' || to_char(cast(:samplingFrom as date), 'YYYY') || '-' || lpad(nextval('testing.job_number_seq')::text, 6, '0'),
				    :jobType, :employerId, :employerName, :creditCode, :region, :agencyId, :agencyCode, :agencyName,
				    'DRAFT', :contractedOn, :surveyOn, :samplingFrom, :samplingTo, :scope, :methods, :hotOutdoor,
				    :createdBy, :synthetic, :at, :at)
				returning id""")
			.params(header(row))
			.param("jobType", row.jobType().name())
			.param("employerId", row.employerId())
			.param("employerName", row.employerName())
			.param("creditCode", row.creditCode())
			.param("region", row.regionCode())
			.param("agencyId", row.agencyId())
			.param("agencyCode", row.agencyCreditCode())
			.param("agencyName", row.agencyName())
			.param("createdBy", row.createdBy())
			.param("synthetic", row.synthetic())
			.param("at", Timestamp.from(row.createdAt()))
			.query(Long.class)
			.single();
	}

	/** Optimistic: {@code false} when someone else changed the job since it was read. */
	boolean revise(Row row) {
		return this.jdbc.sql("""
				update testing.job set job_type = :jobType, contracted_on = :contractedOn, survey_on = :surveyOn,
				    sampling_from = :samplingFrom, sampling_to = :samplingTo, scope_text = :scope, methods = :methods,
				    hot_outdoor = :hotOutdoor, updated_at = :at, version = version + 1
				where id = :id and version = :version""")
			.params(header(row))
			.param("jobType", row.jobType().name())
			.param("id", row.id())
			.param("version", row.version())
			.param("at", Timestamp.from(row.updatedAt()))
			.update() == 1;
	}

	void touch(long id, Instant at) {
		this.jdbc.sql("update testing.job set updated_at = :at, version = version + 1 where id = :id")
			.param("id", id)
			.param("at", Timestamp.from(at))
			.update();
	}

	void submitted(long id, Instant at, String by) {
		this.jdbc.sql("""
				update testing.job set status = 'SUBMITTED', submitted_at = :at, submitted_by = :by, return_reason = null,
				    updated_at = :at, version = version + 1
				where id = :id""")
			.param("id", id)
			.param("at", Timestamp.from(at))
			.param("by", by)
			.update();
	}

	void reviewed(long id, Instant at, LocalDate on, String by) {
		this.jdbc.sql("""
				update testing.job set status = 'REVIEWED', reviewed_at = :at, reviewed_on = :on, reviewed_by = :by,
				    updated_at = :at, version = version + 1
				where id = :id""")
			.param("id", id)
			.param("at", Timestamp.from(at))
			.param("on", Date.valueOf(on))
			.param("by", by)
			.update();
	}

	void returned(long id, Instant at, String by, String reason) {
		this.jdbc.sql("""
				update testing.job set status = 'RETURNED', reviewed_at = :at, reviewed_by = :by, return_reason = :reason,
				    updated_at = :at, version = version + 1
				where id = :id""")
			.param("id", id)
			.param("at", Timestamp.from(at))
			.param("by", by)
			.param("reason", reason)
			.update();
	}

	void replaceParticipants(long jobId, List<JobView.ParticipantView> participants) {
		this.jdbc.sql("delete from testing.participant where job_id = :job").param("job", jobId).update();
		for (JobView.ParticipantView p : participants) {
			this.jdbc.sql("""
					insert into testing.participant (job_id, step, staff_id, staff_name)
					values (:job, :step, :staff, :name) on conflict do nothing""")
				.param("job", jobId)
				.param("step", p.step().name())
				.param("staff", p.staffId())
				.param("name", p.staffName())
				.update();
		}
	}

	List<JobView.ParticipantView> participants(long jobId) {
		return this.jdbc.sql("""
				select step, staff_id, staff_name from testing.participant where job_id = :job
				order by array_position(array['SURVEY','SAMPLING','LABORATORY','EVALUATION'], step), staff_name""")
			.param("job", jobId)
			.query((rs, n) -> new JobView.ParticipantView(JobStep.valueOf(rs.getString("step")), rs.getLong("staff_id"),
					rs.getString("staff_name")))
			.list();
	}

	void replacePlan(long jobId, List<JobView.PlanRowView> plan) {
		this.jdbc.sql("delete from testing.plan_row where job_id = :job").param("job", jobId).update();
		int ordinal = 0;
		for (JobView.PlanRowView p : plan) {
			this.jdbc.sql("""
					insert into testing.plan_row (job_id, ordinal, post_id, post_name, workshop_name, point_name,
					    factor_code, factor_name, limit_code, sampling_mode, planned_samples, toxicity_class, silica_percent,
					    labour_intensity, irregular_week)
					values (:job, :ordinal, :post, :postName, :workshop, :point, :factor, :factorName, :limit, :mode, :planned,
					    :toxicity, :silica, :intensity, :irregular)""")
				.param("job", jobId)
				.param("ordinal", ordinal++)
				.param("post", p.postId())
				.param("postName", p.postName())
				.param("workshop", p.workshopName())
				.param("point", p.pointName())
				.param("factor", p.factorCode())
				.param("factorName", p.factorName())
				.param("limit", p.limitCode())
				.param("mode", p.mode().name())
				.param("planned", p.plannedSamples())
				.param("toxicity", p.toxicityClass() == null ? null : p.toxicityClass().name())
				.param("silica", p.silicaPercent())
				.param("intensity", p.labourIntensity() == null ? null : p.labourIntensity().name())
				.param("irregular", p.irregularWeek())
				.update();
		}
	}

	List<JobView.PlanRowView> plan(long jobId) {
		return this.jdbc.sql("select * from testing.plan_row where job_id = :job order by ordinal")
			.param("job", jobId)
			.query((rs, n) -> new JobView.PlanRowView(rs.getLong("id"), rs.getLong("post_id"), rs.getString("post_name"),
					rs.getString("workshop_name"), rs.getString("point_name"), rs.getString("factor_code"),
					rs.getString("factor_name"), rs.getString("limit_code"), SamplingMode.valueOf(rs.getString("sampling_mode")),
					rs.getInt("planned_samples"),
					rs.getString("toxicity_class") == null ? null : ToxicityClass.valueOf(rs.getString("toxicity_class")),
					rs.getBigDecimal("silica_percent"),
					rs.getString("labour_intensity") == null ? null
							: LabourIntensity.valueOf(rs.getString("labour_intensity")),
					rs.getBoolean("irregular_week")))
			.list();
	}

	void replaceMixtures(long jobId, List<MixtureRow> mixtures) {
		this.jdbc.sql("delete from testing.mixture where job_id = :job").param("job", jobId).update();
		for (MixtureRow m : mixtures) {
			this.jdbc.sql("insert into testing.mixture (job_id, post_id, factor_codes) values (:job, :post, :codes)")
				.param("job", jobId)
				.param("post", m.postId())
				.param("codes", String.join(",", m.factorCodes()))
				.update();
		}
	}

	List<MixtureRow> mixtures(long jobId) {
		return this.jdbc.sql("select id, post_id, factor_codes from testing.mixture where job_id = :job order by id")
			.param("job", jobId)
			.query((rs, n) -> new MixtureRow(rs.getLong("id"), rs.getLong("post_id"),
					Arrays.asList(rs.getString("factor_codes").split(","))))
			.list();
	}

	private static Map<String, Object> header(Row row) {
		Map<String, Object> values = new HashMap<>();
		values.put("contractedOn", row.contractedOn() == null ? null : Date.valueOf(row.contractedOn()));
		values.put("surveyOn", row.surveyOn() == null ? null : Date.valueOf(row.surveyOn()));
		values.put("samplingFrom", Date.valueOf(row.samplingFrom()));
		values.put("samplingTo", Date.valueOf(row.samplingTo()));
		values.put("scope", row.scope());
		values.put("methods", row.methods());
		values.put("hotOutdoor", row.hotOutdoor());
		return values;
	}

	private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, ScopeFilter scope, String region,
			JobFilter filter) {
		return spec.params(scope.parameters())
			.param("region", region)
			.param("q", blankToNull(filter.q()))
			.param("employer", filter.employerId())
			.param("agency", filter.agencyId())
			.param("jobType", blankToNull(filter.jobType()))
			.param("status", blankToNull(filter.status()))
			.param("from", filter.from() == null ? null : Date.valueOf(filter.from()))
			.param("to", filter.to() == null ? null : Date.valueOf(filter.to()));
	}

	/** The sort column comes from a fixed list, never from the request text itself. */
	private static String orderBy(String sort) {
		String key = sort == null || sort.isBlank() ? "-sampling" : sort;
		boolean descending = key.startsWith("-");
		String column = SORTS.getOrDefault(descending ? key.substring(1) : key, "j.sampling_from");
		return " order by " + column + (descending ? " desc" : " asc") + ", j.id desc";
	}

	private static JobSummary summary(ResultSet rs, int n) throws SQLException {
		Date reviewed = rs.getDate("reviewed_on");
		return new JobSummary(rs.getLong("id"), rs.getString("number"), JobType.valueOf(rs.getString("job_type")),
				rs.getLong("employer_id"), rs.getString("employer_name"), rs.getString("credit_code"),
				rs.getString("region_code"), rs.getLong("agency_id"), rs.getString("agency_name"),
				JobStatus.valueOf(rs.getString("status")), rs.getDate("sampling_from").toLocalDate(),
				rs.getDate("sampling_to").toLocalDate(), reviewed == null ? null : reviewed.toLocalDate(),
				rs.getInt("results"), rs.getInt("failing"), rs.getBoolean("synthetic"));
	}

	static Row row(ResultSet rs, int n) throws SQLException {
		return new Row(rs.getLong("id"), rs.getString("number"), JobType.valueOf(rs.getString("job_type")),
				rs.getLong("employer_id"), rs.getString("employer_name"), rs.getString("credit_code"),
				rs.getString("region_code"), rs.getLong("agency_id"), rs.getString("agency_credit_code"),
				rs.getString("agency_name"), JobStatus.valueOf(rs.getString("status")), date(rs, "contracted_on"),
				date(rs, "survey_on"), date(rs, "sampling_from"), date(rs, "sampling_to"), rs.getString("scope_text"),
				rs.getString("methods"), rs.getBoolean("hot_outdoor"), rs.getString("created_by"),
				instant(rs, "submitted_at"), rs.getString("submitted_by"), instant(rs, "reviewed_at"),
				date(rs, "reviewed_on"), rs.getString("reviewed_by"), rs.getString("return_reason"),
				rs.getBoolean("synthetic"), instant(rs, "created_at"), instant(rs, "updated_at"), rs.getInt("version"));
	}

	static LocalDate date(ResultSet rs, String column) throws SQLException {
		Date date = rs.getDate(column);
		return date == null ? null : date.toLocalDate();
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp at = rs.getTimestamp(column);
		return at == null ? null : at.toInstant();
	}

}
