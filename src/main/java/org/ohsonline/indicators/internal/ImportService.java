package org.ohsonline.indicators.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.ohsonline.audit.AuditTarget;
import org.ohsonline.audit.AuditTrail;
import org.ohsonline.indicators.ImportResult;
import org.ohsonline.indicators.ImportRow;
import org.ohsonline.indicators.IndicatorDefinition;
import org.ohsonline.indicators.RebuildReport;
import org.ohsonline.reference.Divisions;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.InvalidInputException;
import org.ohsonline.shared.RegionCode;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The figures the platform does not hold, imported per county and year with their named source (each refused row
 * reported with its reason, the valid ones taken), and the boundary maps an administrator loads.
 */
@Component
class ImportService {

	static final int MAX_MAP_CHARACTERS = 8_000_000;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;

	private final Divisions divisions;

	private final AuditTrail audit;

	private final Clock clock;

	ImportService(JdbcClient jdbc, Divisions divisions, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.divisions = divisions;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional
	ImportResult importFigures(Actor actor, List<ImportRow> rows, String source, List<IndicatorDefinition> definitions) {
		String named = source == null ? "" : source.trim();
		if (named.isEmpty() || named.length() > 300) {
			throw InvalidInputException.of("source", "indicators.import.sourceMissing");
		}
		if (rows == null || rows.isEmpty()) {
			throw InvalidInputException.of("rows", "indicators.import.empty");
		}
		List<ImportResult.Rejection> rejected = new ArrayList<>();
		int accepted = 0;
		for (int i = 0; i < rows.size(); i++) {
			ImportRow row = rows.get(i);
			Optional<ImportResult.Rejection> reason = reason(actor, i + 1, row, definitions);
			if (reason.isPresent()) {
				rejected.add(reason.get());
				continue;
			}
			this.jdbc.sql("""
					insert into indicators.imported_figure (indicator_code, region_code, year, numerator, denominator,
					    source, imported_by, imported_at)
					values (:code, :region, :year, :numerator, :denominator, :source, :by, :at)
					on conflict (indicator_code, region_code, year) do update set numerator = excluded.numerator,
					    denominator = excluded.denominator, source = excluded.source, imported_by = excluded.imported_by,
					    imported_at = excluded.imported_at""")
				.param("code", row.indicatorCode().trim())
				.param("region", row.regionCode().trim())
				.param("year", row.year())
				.param("numerator", row.numerator())
				.param("denominator", row.denominator())
				.param("source", named)
				.param("by", actor.username())
				.param("at", Timestamp.from(this.clock.instant()))
				.update();
			accepted++;
		}
		if (accepted > 0) {
			Map<String, Object> after = new LinkedHashMap<>();
			after.put("source", named);
			after.put("accepted", accepted);
			after.put("rejected", rejected.size());
			this.audit.record(actor, "indicators.figures.imported",
					AuditTarget.of("indicator-import", named, actor.scope().value()), null, after);
		}
		return new ImportResult(accepted, rejected);
	}

	private Optional<ImportResult.Rejection> reason(Actor actor, int number, ImportRow row,
			List<IndicatorDefinition> definitions) {
		String code = row.indicatorCode() == null ? "" : row.indicatorCode().trim();
		Optional<IndicatorDefinition> definition = definitions.stream().filter(d -> d.code().equals(code)).findFirst();
		if (definition.isEmpty()) {
			return reject(number, "indicatorCode", "indicators.import.indicatorUnknown", code);
		}
		if (!definition.get().imported()) {
			return reject(number, "indicatorCode", "indicators.import.indicatorCounted", code);
		}
		String region = row.regionCode() == null ? "" : row.regionCode().trim();
		if (!RegionCode.isValid(region) || this.divisions.find(region).isEmpty()) {
			return reject(number, "regionCode", "indicators.import.regionUnknown", region);
		}
		if (region.length() != 6) {
			return reject(number, "regionCode", "indicators.import.regionNotCounty", region);
		}
		if (!actor.scope().coversRegion(region)) {
			return reject(number, "regionCode", "indicators.region.outside", region);
		}
		if (row.year() == null || row.year() < 2000 || row.year() > 2100) {
			return reject(number, "year", "indicators.year.invalid");
		}
		if (row.numerator() == null || row.denominator() == null || row.numerator() < 0 || row.denominator() <= 0
				|| row.numerator() > row.denominator() || row.denominator() > Integer.MAX_VALUE) {
			return reject(number, "numerator", "indicators.import.countsInvalid",
					String.valueOf(row.numerator()), String.valueOf(row.denominator()));
		}
		return Optional.empty();
	}

	private static Optional<ImportResult.Rejection> reject(int number, String field, String code, Object... arguments) {
		return Optional.of(new ImportResult.Rejection(number, field, code, List.of(arguments)));
	}

	@Transactional
	void auditRebuild(Actor actor, RebuildReport report) {
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("employers", report.employers());
		after.put("rows", report.rows());
		after.put("differences", report.differences());
		this.audit.record(actor, "indicators.readmodel.rebuilt", AuditTarget.of("indicator-rebuild", report.runId(), ""),
				null, after);
	}

	boolean hasRegionMap(String region) {
		return this.jdbc.sql("select exists (select 1 from indicators.region_map where region_code = :region)")
			.param("region", region)
			.query(Boolean.class)
			.single();
	}

	Optional<String> regionMap(String region) {
		return this.jdbc.sql("select geojson from indicators.region_map where region_code = :region")
			.param("region", region)
			.query(String.class)
			.optional();
	}

	@Transactional
	void loadRegionMap(Actor actor, String region, String geojson, String source) {
		String named = source == null ? "" : source.trim();
		if (named.isEmpty() || named.length() > 300) {
			throw InvalidInputException.of("source", "indicators.map.sourceMissing");
		}
		if (geojson == null || geojson.isBlank() || geojson.length() > MAX_MAP_CHARACTERS || !featureCollection(geojson)) {
			throw InvalidInputException.of("geojson", "indicators.map.invalid");
		}
		this.jdbc.sql("""
				insert into indicators.region_map (region_code, geojson, source, loaded_by, loaded_at)
				values (:region, :geojson, :source, :by, :at)
				on conflict (region_code) do update set geojson = excluded.geojson, source = excluded.source,
				    loaded_by = excluded.loaded_by, loaded_at = excluded.loaded_at""")
			.param("region", region)
			.param("geojson", geojson)
			.param("source", named)
			.param("by", actor.username())
			.param("at", Timestamp.from(this.clock.instant()))
			.update();
		this.audit.record(actor, "indicators.map.loaded", AuditTarget.of("region-map", region, region), null,
				Map.of("source", named, "characters", geojson.length()));
	}

	/** A GeoJSON FeatureCollection whose features name the division codes they draw (property {@code code}). */
	static boolean featureCollection(String geojson) {
		try {
			JsonNode root = JSON.readTree(geojson);
			if (!"FeatureCollection".equals(root.path("type").asString()) || !root.path("features").isArray()) {
				return false;
			}
			for (JsonNode feature : root.path("features")) {
				if (!"Feature".equals(feature.path("type").asString()) || !feature.path("geometry").isObject()
						|| feature.path("properties").path("code").asString("").isBlank()) {
					return false;
				}
			}
			return true;
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

}
