package org.ohsonline.indicators.internal;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.ohsonline.indicators.TargetView;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The targets table. */
@Component
class TargetStore {

	private final JdbcClient jdbc;

	TargetStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Map<String, List<TargetRules.Existing>> forYear(int year) {
		Map<String, List<TargetRules.Existing>> byCode = new HashMap<>();
		this.jdbc.sql("select indicator_code, region_code, value from indicators.target where year = :year")
			.param("year", year)
			.query((rs, i) -> {
				byCode.computeIfAbsent(rs.getString(1), c -> new java.util.ArrayList<>())
					.add(new TargetRules.Existing(rs.getString(2), rs.getBigDecimal(3)));
				return null;
			})
			.list();
		return byCode;
	}

	/** Serialises target changes of one indicator and year, so two regions cannot loosen each other concurrently. */
	void lock(String code, int year) {
		this.jdbc.sql("select pg_advisory_xact_lock(hashtext(:key))")
			.param("key", "indicators.target:" + code + ":" + year)
			.query(Object.class)
			.list();
	}

	List<TargetView> related(String prefix, int year) {
		return this.jdbc.sql("""
				select id, indicator_code, region_code, year, value, source, set_by, set_at from indicators.target
				where year = :year and (region_code like :prefix || '%' or :prefix like region_code || '%')
				order by indicator_code, region_code""")
			.param("year", year)
			.param("prefix", prefix)
			.query((rs, i) -> view(rs))
			.list();
	}

	Optional<TargetView> find(String code, String region, int year) {
		return this.jdbc.sql("""
				select id, indicator_code, region_code, year, value, source, set_by, set_at from indicators.target
				where indicator_code = :code and region_code = :region and year = :year""")
			.param("code", code)
			.param("region", region)
			.param("year", year)
			.query((rs, i) -> view(rs))
			.optional();
	}

	TargetView upsert(String code, String region, int year, BigDecimal value, String source, String by, Instant at) {
		this.jdbc.sql("""
				insert into indicators.target (indicator_code, region_code, year, value, source, set_by, set_at)
				values (:code, :region, :year, :value, :source, :by, :at)
				on conflict (indicator_code, region_code, year) do update set value = excluded.value,
				    source = excluded.source, set_by = excluded.set_by, set_at = excluded.set_at""")
			.param("code", code)
			.param("region", region)
			.param("year", year)
			.param("value", value)
			.param("source", source)
			.param("by", by)
			.param("at", Timestamp.from(at))
			.update();
		return find(code, region, year).orElseThrow();
	}

	private static TargetView view(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new TargetView(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getBigDecimal(5),
				rs.getString(6), rs.getString(7), rs.getTimestamp(8).toInstant());
	}

}
