package org.ohsonline.monitoring.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.ohsonline.shared.ScopeColumns;
import org.ohsonline.shared.ScopeFilter;
import org.ohsonline.monitoring.AlertFilter;
import org.ohsonline.monitoring.AlertKind;
import org.ohsonline.monitoring.AlertStatus;
import org.ohsonline.monitoring.AlertView;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Alerts: raising with de-duplication, transitions guarded by the expected status, and the queue. */
@Repository
class AlertStore {

	/** Alerts visible to a scope: by region or the employer alerted. */
	static final String SCOPE = ScopeColumns.on("a").region("region_code").employer("employer_credit_code")
		.predicate();

	private static final String VIEW = """
			select a.*, d.code device_code, d.hazard_code, d.hazard_name, d.employer_name, d.post_name
			from monitoring.alert a join monitoring.device d on d.id = a.device_id""";

	private static final String FILTER = """
			 and a.region_code like :region || '%'
			 and (cast(:status as text) is null or a.status = cast(:status as text))
			 and (cast(:kind as text) is null or a.kind = cast(:kind as text))
			 and (cast(:employer as bigint) is null or a.employer_id = cast(:employer as bigint))
			 and (cast(:queue as text) is null
			      or (cast(:queue as text) = 'verification'
			          and (a.status = 'ACKNOWLEDGED' or (a.status = 'RAISED' and a.escalated_at is not null)))
			      or (cast(:queue as text) = 'mine' and a.status = 'VERIFYING' and a.inspector = cast(:me as text))
			      or (cast(:queue as text) = 'open' and a.status in ('RAISED', 'ACKNOWLEDGED', 'VERIFYING')))""";

	private final JdbcClient jdbc;

	AlertStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The outcome of raising: the alert's id and whether it is new (else an open one was updated). */
	record Raised(long id, boolean created) {
	}

	Raised raise(DeviceRef device, ExposureEvaluator.Exceedance exceedance, String unit, Instant received, Instant now,
			Instant acknowledgeDue) {
		return this.jdbc.sql("""
				insert into monitoring.alert (device_id, kind, status, region_code, employer_id, employer_credit_code, post_id,
				  observed, exposure_limit, unit, first_at, last_at, occurrences, received_at, raised_at, acknowledge_due)
				values (:device, :kind, 'RAISED', :region, :employer, :credit, :post, :observed, :limit, :unit, :at, :at, 1,
				  :received, :now, :due)
				on conflict (device_id, kind) where status in ('RAISED', 'ACKNOWLEDGED', 'VERIFYING')
				do update set observed = greatest(alert.observed, excluded.observed),
				  last_at = greatest(alert.last_at, excluded.last_at), occurrences = alert.occurrences + 1
				returning id, (xmax = 0)""")
			.param("device", device.id())
			.param("kind", exceedance.kind().name())
			.param("region", device.regionCode())
			.param("employer", device.employerId())
			.param("credit", device.creditCode())
			.param("post", device.postId())
			.param("observed", exceedance.observed())
			.param("limit", exceedance.limit())
			.param("unit", unit)
			.param("at", Timestamp.from(exceedance.at()))
			.param("received", Timestamp.from(received))
			.param("now", Timestamp.from(now))
			.param("due", Timestamp.from(acknowledgeDue))
			.query((rs, n) -> new Raised(rs.getLong(1), rs.getBoolean(2)))
			.single();
	}

	Optional<AlertView> find(long id, ScopeFilter scope) {
		return this.jdbc.sql(VIEW + " where a.id = :id and " + AlertStore.SCOPE)
			.params(scope.parameters())
			.param("id", id)
			.query((rs, n) -> view(rs))
			.optional();
	}

	private static final String ORDER = " order by a.escalated_at is null, a.raised_at desc, a.id desc";

	List<AlertView> page(ScopeFilter scope, String region, AlertFilter filter, String me, int limit, long offset) {
		return this.jdbc.sql(VIEW + " where " + AlertStore.SCOPE + FILTER + ORDER
				+ " limit :limit offset :offset")
			.params(scope.parameters())
			.params(filter(region, filter, me))
			.param("limit", limit)
			.param("offset", offset)
			.query((rs, n) -> view(rs))
			.list();
	}

	void forEach(ScopeFilter scope, String region, AlertFilter filter, String me, Consumer<AlertView> consumer) {
		try (Stream<AlertView> rows = this.jdbc.sql(VIEW + " where " + AlertStore.SCOPE + FILTER + ORDER)
			.params(scope.parameters())
			.params(filter(region, filter, me))
			.query((rs, n) -> view(rs))
			.stream()) {
			rows.forEach(consumer);
		}
	}

	long count(ScopeFilter scope, String region, AlertFilter filter, String me) {
		return this.jdbc.sql("select count(*) from monitoring.alert a where " + AlertStore.SCOPE + FILTER)
			.params(scope.parameters())
			.params(filter(region, filter, me))
			.query(Long.class)
			.single();
	}

	private static Map<String, Object> filter(String region, AlertFilter filter, String me) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("region", region == null ? "" : region);
		parameters.put("status", filter.status() == null ? null : filter.status().name());
		parameters.put("kind", filter.kind() == null ? null : filter.kind().name());
		parameters.put("employer", filter.employerId());
		parameters.put("queue", filter.queue());
		parameters.put("me", me);
		return parameters;
	}

	boolean acknowledge(long id, String by, String explanation, Instant now) {
		return this.jdbc.sql("""
				update monitoring.alert set status = 'ACKNOWLEDGED', acknowledged_at = :now, acknowledged_by = :by,
				  explanation = :explanation, version = version + 1
				where id = :id and status = 'RAISED'""")
			.param("id", id)
			.param("by", by)
			.param("explanation", explanation)
			.param("now", Timestamp.from(now))
			.update() == 1;
	}

	boolean startVerification(long id, String inspector, Instant now) {
		return this.jdbc.sql("""
				update monitoring.alert set status = 'VERIFYING', inspector = :inspector, verification_started_at = :now,
				  version = version + 1
				where id = :id and (status = 'ACKNOWLEDGED' or (status = 'RAISED' and escalated_at is not null))""")
			.param("id", id)
			.param("inspector", inspector)
			.param("now", Timestamp.from(now))
			.update() == 1;
	}

	boolean resolve(long id, AlertStatus outcome, String inspector, String note, Instant now) {
		return this.jdbc.sql("""
				update monitoring.alert set status = :outcome, resolved_at = :now, resolution_note = :note,
				  version = version + 1
				where id = :id and status = 'VERIFYING' and inspector = :inspector""")
			.param("id", id)
			.param("outcome", outcome.name())
			.param("inspector", inspector)
			.param("note", note)
			.param("now", Timestamp.from(now))
			.update() == 1;
	}

	/** Marks the alerts not acknowledged by their due time as escalated; answers them. */
	List<AlertView> escalateOverdue(Instant now) {
		List<Long> ids = this.jdbc.sql("""
				update monitoring.alert set escalated_at = :now, version = version + 1
				where status = 'RAISED' and escalated_at is null and acknowledge_due < :now
				returning id""")
			.param("now", Timestamp.from(now))
			.query(Long.class)
			.list();
		if (ids.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql(VIEW + " where a.id = any(cast(:ids as bigint[])) order by a.id")
			.param("ids", ids.stream().mapToLong(Long::longValue).toArray())
			.query((rs, n) -> view(rs))
			.list();
	}

	String creditCodeOf(long id) {
		return this.jdbc.sql("select employer_credit_code from monitoring.alert where id = :id")
			.param("id", id)
			.query(String.class)
			.single();
	}

	static AlertView view(ResultSet rs) throws SQLException {
		return new AlertView(rs.getLong("id"), AlertKind.valueOf(rs.getString("kind")),
				AlertStatus.valueOf(rs.getString("status")), rs.getLong("device_id"), rs.getString("device_code"),
				rs.getString("hazard_code"), rs.getString("hazard_name"), rs.getLong("employer_id"),
				rs.getString("employer_name"), rs.getString("region_code"), rs.getLong("post_id"),
				rs.getString("post_name"), rs.getDouble("observed"), rs.getDouble("exposure_limit"), rs.getString("unit"),
				DeviceStore.instant(rs, "first_at"), DeviceStore.instant(rs, "last_at"), rs.getInt("occurrences"),
				DeviceStore.instant(rs, "raised_at"), DeviceStore.instant(rs, "acknowledge_due"),
				DeviceStore.instant(rs, "escalated_at"), DeviceStore.instant(rs, "acknowledged_at"),
				rs.getString("acknowledged_by"), rs.getString("explanation"), rs.getString("inspector"),
				DeviceStore.instant(rs, "verification_started_at"), DeviceStore.instant(rs, "resolved_at"),
				rs.getString("resolution_note"));
	}

}
