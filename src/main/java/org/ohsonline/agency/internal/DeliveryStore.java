package org.ohsonline.agency.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.ohsonline.agency.AgencyKind;
import org.ohsonline.agency.DeliveryKind;
import org.ohsonline.agency.DeliveryView;
import org.ohsonline.agency.EvaluationCommand;
import org.ohsonline.shared.ScopeColumns;
import org.ohsonline.shared.ScopeFilter;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for deliveries and evaluations. */
@Repository
class DeliveryStore {

	/** A delivery is visible to the employer it went to, the organisation that made it, and the employer's region. */
	static final String SCOPE = ScopeColumns.on("d")
		.region("d.employer_region_code")
		.employer("d.employer_credit_code")
		.agency("case when a.kind = 'SERVICE_AGENCY' then a.credit_code end")
		.institution("case when a.kind <> 'SERVICE_AGENCY' then a.credit_code end")
		.predicate();

	private static final String SELECT = """
			select d.*, a.name as agency_name, a.kind as agency_kind, e.timeliness, e.professionalism,
			       e.price_transparency, e.comment, e.rated_by, e.rated_at
			from agency.delivery d join agency.agency a on a.id = d.agency_id
			left join agency.evaluation e on e.delivery_id = d.id
			""";

	private final JdbcClient jdbc;

	DeliveryStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Records a reviewed job once (a repeated call changes nothing). */
	boolean insertJob(long agencyId, long jobId, String number, long employerId, String creditCode, String name,
			String regionCode, LocalDate samplingTo, LocalDate reviewedOn, boolean synthetic, Instant now) {
		return this.jdbc.sql("""
				insert into agency.delivery (agency_id, kind, subject_key, subject_number, employer_id,
				    employer_credit_code, employer_name, employer_region_code, work_ended_on, delivered_on, synthetic,
				    created_at)
				values (:agency, 'TESTING_JOB', :key, :number, :employer, :code, :name, :region, :ended, :delivered,
				    :synthetic, :now)
				on conflict (kind, subject_key) do nothing""")
			.param("agency", agencyId)
			.param("key", Long.toString(jobId))
			.param("number", number)
			.param("employer", employerId)
			.param("code", creditCode)
			.param("name", name)
			.param("region", regionCode)
			.param("ended", samplingTo)
			.param("delivered", reviewedOn)
			.param("synthetic", synthetic)
			.param("now", Timestamp.from(now))
			.update() > 0;
	}

	/** Counts an exam into the batch of its institution, employer and day, once per exam. */
	void addExam(long institutionId, long examId, long employerId, String creditCode, String name, String regionCode,
			LocalDate examinedOn, Instant now) {
		int fresh = this.jdbc.sql("""
				insert into agency.delivered_exam (exam_id, institution_id) values (:exam, :institution)
				on conflict (exam_id) do nothing""")
			.param("exam", examId)
			.param("institution", institutionId)
			.update();
		if (fresh == 0) {
			return;
		}
		this.jdbc.sql("""
				insert into agency.delivery (agency_id, kind, subject_key, employer_id, employer_credit_code,
				    employer_name, employer_region_code, work_ended_on, delivered_on, exams, created_at)
				values (:agency, 'EXAM_BATCH', :key, :employer, :code, :name, :region, :day, :day, 1, :now)
				on conflict (kind, subject_key) do update set exams = agency.delivery.exams + 1""")
			.param("agency", institutionId)
			.param("key", institutionId + ":" + employerId + ":" + examinedOn)
			.param("employer", employerId)
			.param("code", creditCode)
			.param("name", name)
			.param("region", regionCode)
			.param("day", examinedOn)
			.param("now", Timestamp.from(now))
			.update();
	}

	List<DeliveryView> list(ScopeFilter scope, boolean pendingOnly, int limit) {
		return this.jdbc.sql(SELECT + " where " + SCOPE
				+ " and (not cast(:pending as boolean) or e.id is null) order by d.delivered_on desc, d.id desc limit :limit")
			.params(scope.parameters())
			.param("pending", pendingOnly)
			.param("limit", limit)
			.query(DeliveryStore::view)
			.list();
	}

	Optional<DeliveryView> find(ScopeFilter scope, long id) {
		return this.jdbc.sql(SELECT + " where d.id = :id and " + SCOPE)
			.params(scope.parameters())
			.param("id", id)
			.query(DeliveryStore::view)
			.optional();
	}

	/** Whether the evaluation was stored: {@code false} when the delivery was rated already. */
	boolean evaluate(long deliveryId, long agencyId, EvaluationCommand command, String comment, String by, Instant at) {
		return this.jdbc.sql("""
				insert into agency.evaluation (delivery_id, agency_id, timeliness, professionalism, price_transparency,
				    comment, rated_by, rated_at)
				values (:delivery, :agency, :t, :p, :pr, :comment, :by, :at)
				on conflict (delivery_id) do nothing""")
			.param("delivery", deliveryId)
			.param("agency", agencyId)
			.param("t", command.timeliness())
			.param("p", command.professionalism())
			.param("pr", command.priceTransparency())
			.param("comment", comment)
			.param("by", by)
			.param("at", Timestamp.from(at))
			.update() > 0;
	}

	/** Count and the three means (two decimals) of an organisation's evaluations. */
	record Means(long count, BigDecimal timeliness, BigDecimal professionalism, BigDecimal priceTransparency) {
	}

	Means means(long agencyId) {
		return this.jdbc.sql("""
				select count(*) as n, avg(timeliness) as t, avg(professionalism) as p, avg(price_transparency) as pr
				from agency.evaluation where agency_id = :id""")
			.param("id", agencyId)
			.query((rs, n) -> new Means(rs.getLong("n"), scale(rs.getBigDecimal("t")), scale(rs.getBigDecimal("p")),
					scale(rs.getBigDecimal("pr"))))
			.single();
	}

	private static BigDecimal scale(BigDecimal value) {
		return value == null ? null : value.setScale(2, RoundingMode.HALF_UP);
	}

	private static DeliveryView view(ResultSet rs, int n) throws SQLException {
		DeliveryView.Evaluation evaluation = null;
		if (rs.getObject("timeliness") != null) {
			evaluation = new DeliveryView.Evaluation(rs.getInt("timeliness"), rs.getInt("professionalism"),
					rs.getInt("price_transparency"), rs.getString("comment"), rs.getString("rated_by"),
					rs.getTimestamp("rated_at").toInstant());
		}
		return new DeliveryView(rs.getLong("id"), rs.getLong("agency_id"), rs.getString("agency_name"),
				AgencyKind.valueOf(rs.getString("agency_kind")), DeliveryKind.valueOf(rs.getString("kind")),
				rs.getString("subject_number"), rs.getLong("employer_id"), rs.getString("employer_name"),
				rs.getString("employer_region_code"), rs.getDate("delivered_on").toLocalDate(), rs.getInt("exams"),
				evaluation);
	}

}
