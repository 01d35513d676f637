package org.ohsonline.monitoring.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.ohsonline.shared.ScopeColumns;
import org.ohsonline.shared.ScopeFilter;
import org.ohsonline.monitoring.DeviceView;
import org.ohsonline.monitoring.Devices.RejectionCount;
import org.ohsonline.monitoring.RejectionReason;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Devices, their state and their rejection counters. */
@Repository
class DeviceStore {

	/** Devices visible to a scope: by region or the employer measured. */
	static final String SCOPE = ScopeColumns.on("d").region("region_code").employer("employer_credit_code")
		.predicate();

	private static final String VIEW = """
			select d.*, s.last_measured_at, s.last_value, s.exposure, s.exposure_limit, s.level, s.offline_since,
			       (select coalesce(sum(r.count), 0) from monitoring.rejection_count r where r.device_code = d.code) rejected
			from monitoring.device d left join monitoring.device_state s on s.device_id = d.id""";

	private final JdbcClient jdbc;

	DeviceStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record NewDevice(String code, String name, long employerId, String creditCode, String employerName,
			String regionCode, long siteId, long postId, String postName, String hazardCode, String hazardName,
			String unit, String dustFraction, int samplingSeconds, double rangeMin, double rangeMax,
			LocalDate calibrationDue, String labourIntensity, Integer timeShare, boolean hotOutdoor) {
	}

	long insert(NewDevice d, Instant now) {
		return this.jdbc.sql("""
				insert into monitoring.device (code, name, employer_id, employer_credit_code, employer_name, region_code,
				  site_id, post_id, post_name, hazard_code, hazard_name, unit, dust_fraction, sampling_seconds, range_min,
				  range_max, calibration_due, labour_intensity, time_share, hot_outdoor, status, created_at, updated_at)
				values (:code, :name, :employer, :credit, :employerName, :region, :site, :post, :postName, :hazard,
				  :hazardName, :unit, :dust, :sampling, :min, :max, :calibration, :intensity, :share, :outdoor, 'ACTIVE',
				  :now, :now)
				returning id""")
			.param("code", d.code())
			.param("name", d.name())
			.param("employer", d.employerId())
			.param("credit", d.creditCode())
			.param("employerName", d.employerName())
			.param("region", d.regionCode())
			.param("site", d.siteId())
			.param("post", d.postId())
			.param("postName", d.postName())
			.param("hazard", d.hazardCode())
			.param("hazardName", d.hazardName())
			.param("unit", d.unit())
			.param("dust", d.dustFraction())
			.param("sampling", d.samplingSeconds())
			.param("min", d.rangeMin())
			.param("max", d.rangeMax())
			.param("calibration", d.calibrationDue())
			.param("intensity", d.labourIntensity())
			.param("share", d.timeShare())
			.param("outdoor", d.hotOutdoor())
			.param("now", Timestamp.from(now))
			.query(Long.class)
			.single();
	}

	boolean codeExists(String code) {
		return this.jdbc.sql("select exists (select 1 from monitoring.device where code = :code)")
			.param("code", code)
			.query(Boolean.class)
			.single();
	}

	Optional<DeviceView> find(long id, ScopeFilter scope, LocalDate today) {
		return this.jdbc.sql(VIEW + " where d.id = :id and " + DeviceStore.SCOPE)
			.params(scope.parameters())
			.param("id", id)
			.query((rs, n) -> view(rs, today))
			.optional();
	}

	List<DeviceView> page(ScopeFilter scope, String region, Long employerId, String q, int limit, long offset,
			LocalDate today) {
		return this.jdbc.sql(VIEW + " where " + DeviceStore.SCOPE + FILTER
				+ " order by d.region_code, d.employer_name, d.code limit :limit offset :offset")
			.params(scope.parameters())
			.params(filter(region, employerId, q))
			.param("limit", limit)
			.param("offset", offset)
			.query((rs, n) -> view(rs, today))
			.list();
	}

	/** The devices (every status) of each of the employers in the scope, in one statement, by employer id. */
	Map<Long, List<DeviceView>> ofEmployers(ScopeFilter scope, java.util.Collection<Long> employerIds, LocalDate today) {
		Map<Long, List<DeviceView>> byEmployer = new java.util.HashMap<>();
		this.jdbc.sql(VIEW + " where d.employer_id = any(cast(:ids as bigint[])) and " + DeviceStore.SCOPE
				+ " order by d.employer_id, d.code")
			.params(scope.parameters())
			.param("ids", employerIds.toArray(Long[]::new))
			.query((rs, n) -> view(rs, today))
			.list()
			.forEach(d -> byEmployer.computeIfAbsent(d.employerId(), k -> new java.util.ArrayList<>()).add(d));
		return byEmployer;
	}

	long count(ScopeFilter scope, String region, Long employerId, String q) {
		return this.jdbc.sql("select count(*) from monitoring.device d where " + DeviceStore.SCOPE + FILTER)
			.params(scope.parameters())
			.params(filter(region, employerId, q))
			.query(Long.class)
			.single();
	}

	private static final String FILTER = """
			 and d.region_code like :region || '%'
			 and (cast(:employer as bigint) is null or d.employer_id = cast(:employer as bigint))
			 and (cast(:q as text) is null or d.code ilike '%' || cast(:q as text) || '%' or d.name ilike '%' || cast(:q as text) || '%')""";

	private static Map<String, Object> filter(String region, Long employerId, String q) {
		java.util.HashMap<String, Object> parameters = new java.util.HashMap<>();
		parameters.put("region", region == null ? "" : region);
		parameters.put("employer", employerId);
		parameters.put("q", q);
		return parameters;
	}

	void setToken(long id, String hash, String hint, Instant now) {
		this.jdbc.sql("""
				update monitoring.device set token_hash = :hash, token_hint = :hint, token_issued_at = :now, updated_at = :now
				where id = :id""")
			.param("hash", hash)
			.param("hint", hint)
			.param("now", Timestamp.from(now))
			.param("id", id)
			.update();
	}

	void retire(long id, Instant now) {
		this.jdbc.sql("""
				update monitoring.device set status = 'RETIRED', token_hash = null, updated_at = :now where id = :id""")
			.param("now", Timestamp.from(now))
			.param("id", id)
			.update();
	}

	Optional<DeviceRef> activeByTokenHash(String hash) {
		return this.jdbc.sql("select * from monitoring.device where token_hash = :hash and status = 'ACTIVE'")
			.param("hash", hash)
			.query((rs, n) -> ref(rs))
			.optional();
	}

	Optional<DeviceRef> activeByCode(String code) {
		return this.jdbc.sql("select * from monitoring.device where code = :code and status = 'ACTIVE'")
			.param("code", code)
			.query((rs, n) -> ref(rs))
			.optional();
	}

	List<RejectionCount> rejections(String code) {
		return this.jdbc.sql("""
				select reason, count, last_at, last_detail from monitoring.rejection_count
				where device_code = :code order by last_at desc""")
			.param("code", code)
			.query((rs, n) -> new RejectionCount(RejectionReason.valueOf(rs.getString(1)), rs.getLong(2),
					rs.getTimestamp(3).toInstant(), rs.getString(4)))
			.list();
	}

	static DeviceRef ref(ResultSet rs) throws SQLException {
		return new DeviceRef(rs.getLong("id"), rs.getString("code"), rs.getLong("employer_id"),
				rs.getString("employer_credit_code"), rs.getString("region_code"), rs.getLong("post_id"),
				rs.getString("hazard_code"), rs.getString("unit"), rs.getString("dust_fraction"),
				rs.getInt("sampling_seconds"), rs.getDouble("range_min"), rs.getDouble("range_max"),
				rs.getString("labour_intensity"), (Integer) rs.getObject("time_share"), rs.getBoolean("hot_outdoor"));
	}

	static DeviceView view(ResultSet rs, LocalDate today) throws SQLException {
		LocalDate calibration = rs.getObject("calibration_due", LocalDate.class);
		return new DeviceView(rs.getLong("id"), rs.getString("code"), rs.getString("name"), rs.getLong("employer_id"),
				rs.getString("employer_name"), rs.getString("region_code"), rs.getLong("site_id"), rs.getLong("post_id"),
				rs.getString("post_name"), rs.getString("hazard_code"), rs.getString("hazard_name"), rs.getString("unit"),
				rs.getString("dust_fraction"), rs.getInt("sampling_seconds"), rs.getDouble("range_min"),
				rs.getDouble("range_max"), calibration, rs.getString("labour_intensity"),
				(Integer) rs.getObject("time_share"), rs.getBoolean("hot_outdoor"), rs.getString("status"),
				rs.getString("token_hint"), instant(rs, "token_issued_at"), instant(rs, "last_measured_at"),
				(Double) rs.getObject("last_value"), (Double) rs.getObject("exposure"),
				(Double) rs.getObject("exposure_limit"), rs.getString("level") == null ? "UNKNOWN" : rs.getString("level"),
				instant(rs, "offline_since"), calibration.isBefore(today), rs.getLong("rejected"));
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return value == null ? null : value.toInstant();
	}

}
