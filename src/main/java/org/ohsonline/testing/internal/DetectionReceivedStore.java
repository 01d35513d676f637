package org.ohsonline.testing.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ohsonline.shared.exchange.ElementChecks;
import org.ohsonline.testing.DetectionExchange;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The detections received through the exchange (tables {@code testing.detection_received*}). */
@Repository
class DetectionReceivedStore {

	private final JdbcClient jdbc;

	DetectionReceivedStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	boolean exists(String creditCode, String recordId) {
		return recordId != null && this.jdbc
			.sql("select count(*) from testing.detection_received where credit_code = :c and record_id = :r")
			.param("c", creditCode)
			.param("r", recordId)
			.query(Long.class)
			.single() > 0;
	}

	long insert(String documentId, DetectionRecords.Parsed record, String receivedBy, Instant at) {
		ElementChecks.Enterprise e = record.enterprise();
		long id = this.jdbc.sql("""
				insert into testing.detection_received (document_id, record_id, credit_code, employer_name, region_code,
				    industry_code, all_workers, tested, check_organ, reported_on, received_by, received_at)
				values (:document, :record, :credit, :name, :region, :industry, :workers, :tested, :organ, :reported,
				    :by, :at)
				returning id""")
			.param("document", documentId)
			.param("record", record.recordId())
			.param("credit", e.creditCode())
			.param("name", e.name())
			.param("region", e.regionCode())
			.param("industry", e.industryCode())
			.param("workers", record.allWorkers())
			.param("tested", record.tested())
			.param("organ", record.checkOrgan())
			.param("reported", record.reportedOn())
			.param("by", receivedBy)
			.param("at", Timestamp.from(at))
			.query(Long.class)
			.single();
		int position = 0;
		for (DetectionExchange.Result r : record.results()) {
			this.jdbc.sql("""
					insert into testing.detection_received_result (received_id, position, factor_code, workplace_name,
					    post_name, density_type, checked_on, compliant, result_min, result_max)
					values (:id, :position, :factor, :workplace, :post, :density, :on, :compliant, :min, :max)""")
				.param("id", id)
				.param("position", ++position)
				.param("factor", r.factorCode())
				.param("workplace", r.workplaceName())
				.param("post", r.postName())
				.param("density", r.densityType())
				.param("on", r.checkedOn())
				.param("compliant", r.compliant())
				.param("min", r.min())
				.param("max", r.max())
				.update();
		}
		return id;
	}

	/** The latest received detections under a region prefix, optionally of one employer. */
	List<DetectionExchange.Received> latest(String regionPrefix, String creditCode, int limit) {
		Map<Long, DetectionExchange.Received> found = new LinkedHashMap<>();
		this.jdbc.sql("""
				select * from testing.detection_received
				where region_code like :prefix || '%' and (cast(:credit as text) is null or credit_code = :credit)
				order by id desc limit :limit""")
			.param("prefix", regionPrefix)
			.param("credit", creditCode)
			.param("limit", limit)
			.query((rs, n) -> new DetectionExchange.Received(rs.getLong("id"), rs.getString("document_id"),
					rs.getString("record_id"), rs.getString("credit_code"), rs.getString("employer_name"),
					rs.getString("region_code"), rs.getString("industry_code"), (Integer) rs.getObject("all_workers"),
					rs.getBoolean("tested"), rs.getString("check_organ"),
					rs.getObject("reported_on", java.time.LocalDate.class), List.of()))
			.list()
			.forEach(r -> found.put(r.id(), r));
		if (found.isEmpty()) {
			return List.of();
		}
		Map<Long, List<DetectionExchange.Result>> results = new LinkedHashMap<>();
		this.jdbc.sql("""
				select * from testing.detection_received_result where received_id in (:ids) order by received_id, position""")
			.param("ids", found.keySet())
			.query((rs, n) -> {
				results.computeIfAbsent(rs.getLong("received_id"), k -> new ArrayList<>())
					.add(new DetectionExchange.Result(rs.getString("factor_code"), rs.getString("workplace_name"),
							rs.getString("post_name"), rs.getString("density_type"),
							rs.getObject("checked_on", java.time.LocalDate.class), rs.getBoolean("compliant"),
							rs.getString("result_min"), rs.getString("result_max")));
				return null;
			})
			.list();
		return found.values()
			.stream()
			.map(r -> new DetectionExchange.Received(r.id(), r.documentId(), r.recordId(), r.creditCode(),
					r.employerName(), r.regionCode(), r.industryCode(), r.allWorkers(), r.tested(), r.checkOrgan(),
					r.reportedOn(), results.getOrDefault(r.id(), List.of())))
			.toList();
	}

}
