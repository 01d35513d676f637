package org.ohsonline.authorization;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The foreign world as stored: every row of the modules' tables that is a foreign object (by id),
 * names one (its id in a reference column, its credit code, device code or case number) or carries
 * the marker, as JSON without binary columns. Taken before and after requests, so a matrix user
 * who changed, removed or attached anything to the foreign world is caught even when the answer
 * looked like a refusal.
 */
final class ForeignRows {

	/** Schemas of the modules; the audit trail, catalogs and scheduler locks are not the foreign world. */
	private static final List<String> SCHEMAS = List.of("registry", "agency", "declaration", "testing", "surveillance",
			"diagnosis", "monitoring", "iam", "notification", "portal", "risk");

	/** Raw readings and per-device health counters move with time, not with requests. */
	private static final Set<String> SKIPPED = Set.of("monitoring.reading", "monitoring.reading_minute",
			"monitoring.reading_hour", "monitoring.device_state", "monitoring.rejection_count", "portal.signing_key");

	/** Which world key holds the ids of a table's own rows. */
	private static final Map<String, List<String>> OWN_IDS = Map.ofEntries(
			Map.entry("registry.employer", List.of("employer")), Map.entry("registry.site", List.of("site")),
			Map.entry("registry.workshop", List.of("workshop")), Map.entry("registry.post", List.of("post")),
			Map.entry("registry.worker", List.of("worker")), Map.entry("registry.employment", List.of("employment")),
			Map.entry("registry.import_job", List.of("import")),
			Map.entry("agency.agency", List.of("agency", "institution", "diagnosis")),
			Map.entry("agency.staff", List.of("agency.staff", "institution.staff", "diagnosis.staff")),
			Map.entry("agency.engagement", List.of("agency.engagement", "institution.engagement", "diagnosis.engagement")),
			Map.entry("testing.job", List.of("job")), Map.entry("testing.result", List.of("result")),
			Map.entry("testing.report", List.of("report")), Map.entry("declaration.declaration", List.of("declaration")),
			Map.entry("surveillance.exam", List.of("exam")), Map.entry("surveillance.booking", List.of("booking")),
			Map.entry("surveillance.exam_task", List.of("task")), Map.entry("diagnosis.referral", List.of("referral")),
			Map.entry("diagnosis.diagnosis_case", List.of("case")), Map.entry("diagnosis.station", List.of("station")),
			Map.entry("diagnosis.patient", List.of("patient")), Map.entry("diagnosis.appointment", List.of("appointment")),
			Map.entry("monitoring.device", List.of("device")), Map.entry("monitoring.alert", List.of("alert")),
			Map.entry("iam.app_user", List.of("user")), Map.entry("iam.api_token", List.of("token.console", "token.api")),
			Map.entry("risk.self_inspection", List.of("risk.selfInspection")),
			Map.entry("risk.rectification", List.of("risk.rectification")),
			Map.entry("risk.evidence", List.of("risk.evidence")),
			Map.entry("notification.notice",
					List.of("notice.region", "notice.employer", "notice.institution", "notice.diagnosis")));

	/** Reference columns and the world keys whose foreign ids they may hold. */
	private static final Map<String, List<String>> REFERENCES = Map.ofEntries(
			Map.entry("employer_id", List.of("employer")), Map.entry("host_employer_id", List.of("employer")),
			Map.entry("worker_id", List.of("worker")), Map.entry("post_id", List.of("post")),
			Map.entry("agency_id", List.of("agency", "institution", "diagnosis")),
			Map.entry("institution_id", List.of("institution", "diagnosis")), Map.entry("case_id", List.of("case")),
			Map.entry("job_id", List.of("job")), Map.entry("station_id", List.of("station")),
			Map.entry("patient_id", List.of("patient")), Map.entry("appointment_id", List.of("appointment")),
			Map.entry("device_id", List.of("device")), Map.entry("rectification_id", List.of("risk.rectification")),
			Map.entry("inspection_id", List.of("risk.selfInspection")),
			Map.entry("app_user", List.of("user")), Map.entry("owner_id", List.of("user")));

	private final JdbcClient jdbc;

	private final Map<String, Query> queries = new LinkedHashMap<>();

	private record Query(String sql, List<Long> ids, String pattern) {
	}

	ForeignRows(JdbcClient jdbc, Map<String, String> foreign, Set<String> texts) {
		this.jdbc = jdbc;
		Map<String, List<String>> columns = new TreeMap<>();
		Map<String, List<String>> binary = new TreeMap<>();
		jdbc.sql("""
				select c.table_schema || '.' || c.table_name, c.column_name, c.data_type
				from information_schema.columns c join information_schema.tables t
				  on t.table_schema = c.table_schema and t.table_name = c.table_name and t.table_type = 'BASE TABLE'
				where c.table_schema in (:schemas) order by c.ordinal_position""")
			.param("schemas", SCHEMAS)
			.query((rs, n) -> {
				String table = rs.getString(1);
				columns.computeIfAbsent(table, t -> new ArrayList<>()).add(rs.getString(2));
				if ("bytea".equals(rs.getString(3))) {
					binary.computeIfAbsent(table, t -> new ArrayList<>()).add(rs.getString(2));
				}
				return table;
			})
			.list();
		for (Map.Entry<String, List<String>> table : columns.entrySet()) {
			if (SKIPPED.contains(table.getKey()) || table.getKey().contains("_p2")) {
				continue;
			}
			List<String> alternatives = new ArrayList<>();
			texts.forEach(t -> alternatives.add(quote(t)));
			for (String column : table.getValue()) {
				for (String key : REFERENCES.getOrDefault(column, List.of())) {
					String id = foreign.get(key);
					if (id != null) {
						alternatives.add("\"" + column + "\": ?" + id + "[,}]");
					}
				}
			}
			List<Long> ids = OWN_IDS.getOrDefault(table.getKey(), List.of())
				.stream()
				.map(foreign::get)
				.filter(Objects::nonNull)
				.map(Long::valueOf)
				.toList();
			String json = "to_jsonb(t)" + binary.getOrDefault(table.getKey(), List.of())
				.stream()
				.map(c -> " - '" + c + "'")
				.reduce("", String::concat);
			boolean hasId = table.getValue().contains("id");
			String sql = "select (" + json + ")::text from " + table.getKey() + " t where ("
					+ (hasId && !ids.isEmpty() ? "t.id = any(:ids) or " : "") + "(" + json + ")::text ~ :pattern)";
			this.queries.put(table.getKey(), new Query(sql, hasId ? ids : List.of(), String.join("|", alternatives)));
		}
	}

	/** The foreign rows of every table, sorted. */
	Map<String, Set<String>> snapshot() {
		Map<String, Set<String>> rows = new TreeMap<>();
		this.queries.forEach((table, query) -> {
			JdbcClient.StatementSpec spec = this.jdbc.sql(query.sql()).param("pattern", query.pattern());
			if (!query.ids().isEmpty()) {
				spec = spec.param("ids", query.ids().toArray(Long[]::new));
			}
			rows.put(table, new TreeSet<>(spec.query(String.class).list()));
		});
		return rows;
	}

	/** What differs, table by table: rows gone ({@code -}) and rows new or changed ({@code +}). */
	static List<String> differences(Map<String, Set<String>> before, Map<String, Set<String>> after) {
		List<String> found = new ArrayList<>();
		for (String table : after.keySet()) {
			Set<String> was = before.getOrDefault(table, Set.of());
			Set<String> is = after.get(table);
			if (was.equals(is)) {
				continue;
			}
			was.stream().filter(r -> !is.contains(r)).forEach(r -> found.add(table + " - " + abbreviate(r)));
			is.stream().filter(r -> !was.contains(r)).forEach(r -> found.add(table + " + " + abbreviate(r)));
		}
		return found;
	}

	/** PostgreSQL regular expressions know no \Q…\E quoting. */
	private static String quote(String text) {
		return text.replaceAll("[\\\\.^$*+?()\\[\\]{}|/-]", "\\\\$0");
	}

	private static String abbreviate(String row) {
		return row.length() <= 400 ? row : row.substring(0, 400) + "…";
	}

}
