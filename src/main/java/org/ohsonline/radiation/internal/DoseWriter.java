package org.ohsonline.radiation.internal;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ohsonline.radiation.Period;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes valid dose records and what they open, in the caller's transaction: the record with its counted values and
 * band, an investigation when above the investigation level, and the alerts of every sum above a limit of the
 * workers concerned (recomputed from their records, so a late or imported record raises what it causes).
 */
@Component
class DoseWriter {

	private static final String INSERT = """
			insert into radiation.dose (radiation_worker_id, worker_id, employer_id, employer_credit_code, region_code, agency_id,
			    agency_credit_code, period_year, period_quarter, hp10, hp10_below, hp007, hp007_below, lens, lens_below, mdl,
			    counted_hp10, counted_hp007, counted_lens, limits_version_id, limits_edition, investigation_level, above_investigation, channel,
			    import_id, entered_by, entered_at)
			values (:rw, :w, :e, :ecode, :region, :a, :acode, :y, :q, :hp10, :hp10b, :hp007, :hp007b, :lens, :lensb, :mdl,
			    :c10, :c007, :clens, :lv, :le, :level, :above, :channel, :import, :by, :at)""";

	private final JdbcClient jdbc;

	private final NamedParameterJdbcTemplate batch;

	private final DoseLimits limits;

	DoseWriter(JdbcClient jdbc, NamedParameterJdbcTemplate batch, DoseLimits limits) {
		this.jdbc = jdbc;
		this.batch = batch;
		this.limits = limits;
	}

	/** Inserts the records in batches; answers nothing: investigations and alerts follow with {@link #follow}. */
	void insert(List<DoseRows.Valid> records, String channel, Long importId, String by, Instant at) {
		Map<Period, DoseLimits.Limits> byPeriod = new HashMap<>();
		List<SqlParameterSource> rows = new ArrayList<>(records.size());
		for (DoseRows.Valid r : records) {
			DoseLimits.Limits l = byPeriod.computeIfAbsent(r.period(), p -> this.limits.inForce(p.end()));
			BigDecimal c10 = DoseChecks.counted(r.hp10(), r.hp10Below(), r.mdl(), l.belowDetectionShare());
			BigDecimal c007 = DoseChecks.counted(r.hp007(), r.hp007Below(), r.mdl(), l.belowDetectionShare());
			BigDecimal clens = r.lens() == null && !r.lensBelow() ? null
					: DoseChecks.counted(r.lens(), r.lensBelow(), r.mdl(), l.belowDetectionShare());
			DoseRows.Target t = r.target();
			rows.add(new MapSqlParameterSource().addValue("rw", t.id())
				.addValue("w", t.workerId())
				.addValue("e", t.employerId())
				.addValue("ecode", t.employerCreditCode())
				.addValue("region", t.regionCode())
				.addValue("a", t.agencyId())
				.addValue("acode", t.agencyCreditCode())
				.addValue("y", r.period().year())
				.addValue("q", r.period().quarter())
				.addValue("hp10", r.hp10())
				.addValue("hp10b", r.hp10Below())
				.addValue("hp007", r.hp007())
				.addValue("hp007b", r.hp007Below())
				.addValue("lens", r.lens())
				.addValue("lensb", r.lensBelow())
				.addValue("mdl", r.mdl())
				.addValue("c10", c10)
				.addValue("c007", c007)
				.addValue("clens", clens)
				.addValue("lv", l.versionId())
				.addValue("le", l.edition())
				.addValue("level", l.investigationPeriod())
				.addValue("above", DoseChecks.aboveInvestigation(c10, l))
				.addValue("channel", channel)
				.addValue("import", importId)
				.addValue("by", by)
				.addValue("at", Timestamp.from(at)));
			if (rows.size() == 1000) {
				this.batch.batchUpdate(INSERT, rows.toArray(SqlParameterSource[]::new));
				rows.clear();
			}
		}
		if (!rows.isEmpty()) {
			this.batch.batchUpdate(INSERT, rows.toArray(SqlParameterSource[]::new));
		}
	}

	/**
	 * Opens the investigations of the new records above the level (those without one yet) and recomputes the alerts
	 * of the workers from their records of the years concerned. Answers the number of investigations opened.
	 */
	int follow(Collection<Long> radiationWorkerIds, Instant at) {
		if (radiationWorkerIds.isEmpty()) {
			return 0;
		}
		Long[] ids = radiationWorkerIds.toArray(Long[]::new);
		int opened = this.jdbc.sql("""
				insert into radiation.investigation (dose_id, radiation_worker_id, worker_id, employer_id, employer_credit_code,
				    region_code, agency_credit_code, level, status, opened_at)
				select d.id, d.radiation_worker_id, d.worker_id, d.employer_id, d.employer_credit_code, d.region_code,
				    d.agency_credit_code, d.investigation_level, 'OPEN', :at
				from radiation.dose d
				where d.radiation_worker_id = any(:ids) and d.above_investigation
				  and not exists (select 1 from radiation.investigation i where i.dose_id = d.id)""")
			.param("ids", ids)
			.param("at", Timestamp.from(at))
			.update();
		Map<Long, List<DoseChecks.Counted>> doses = new LinkedHashMap<>();
		this.jdbc.sql("""
				select radiation_worker_id, worker_id, employer_credit_code, region_code, agency_credit_code, period_year,
				    period_quarter, counted_hp10, counted_hp007, counted_lens
				from radiation.dose where radiation_worker_id = any(:ids) order by radiation_worker_id""")
			.param("ids", ids)
			.query(rs -> {
				doses.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
					.add(new DoseChecks.Counted(new Period(rs.getInt(6), rs.getInt(7)), rs.getBigDecimal(8), rs.getBigDecimal(9),
							rs.getBigDecimal(10)));
			});
		Map<Long, String[]> keys = new HashMap<>();
		this.jdbc.sql("select id, worker_id, employer_credit_code, region_code, agency_credit_code from radiation.worker where id = any(:ids)")
			.param("ids", ids)
			.query(rs -> {
				keys.put(rs.getLong(1), new String[] { String.valueOf(rs.getLong(2)), rs.getString(3), rs.getString(4), rs.getString(5) });
			});
		List<SqlParameterSource> alerts = new ArrayList<>();
		Map<Integer, DoseLimits.Limits> byYear = new HashMap<>();
		for (Map.Entry<Long, List<DoseChecks.Counted>> worker : doses.entrySet()) {
			int from = worker.getValue().stream().mapToInt(c -> c.period().year()).min().orElseThrow();
			int to = worker.getValue().stream().mapToInt(c -> c.period().year()).max().orElseThrow();
			DoseLimits.Limits l = byYear.computeIfAbsent(to, y -> this.limits.inForce(new Period(y, 4).end()));
			String[] k = keys.get(worker.getKey());
			for (DoseChecks.Exceeded e : DoseChecks.exceeded(worker.getValue(), from, to, l)) {
				alerts.add(new MapSqlParameterSource().addValue("rw", worker.getKey())
					.addValue("w", Long.parseLong(k[0]))
					.addValue("ecode", k[1])
					.addValue("region", k[2])
					.addValue("acode", k[3])
					.addValue("kind", e.kind())
					.addValue("year", e.year())
					.addValue("total", e.total())
					.addValue("limit", e.limit())
					.addValue("at", Timestamp.from(at)));
			}
		}
		if (!alerts.isEmpty()) {
			this.batch.batchUpdate("""
					insert into radiation.alert (radiation_worker_id, worker_id, employer_credit_code, region_code, agency_credit_code,
					    kind, year, total, dose_limit, raised_at)
					values (:rw, :w, :ecode, :region, :acode, :kind, :year, :total, :limit, :at)
					on conflict (radiation_worker_id, kind, year) do update set total = excluded.total, dose_limit = excluded.dose_limit""",
					alerts.toArray(SqlParameterSource[]::new));
		}
		return opened;
	}

	/** Keeps an upload's rejected rows (number, reasons, masked cells), in batches. */
	void rejections(long importId, List<Object[]> rows) {
		List<SqlParameterSource> batch = new ArrayList<>();
		for (Object[] r : rows) {
			batch.add(new MapSqlParameterSource().addValue("i", importId).addValue("n", r[0]).addValue("r", r[1]).addValue("c", r[2]));
			if (batch.size() == 1000) {
				flushRejections(batch);
			}
		}
		flushRejections(batch);
	}

	private void flushRejections(List<SqlParameterSource> batch) {
		if (!batch.isEmpty()) {
			this.batch.batchUpdate("insert into radiation.dose_import_rejection (import_id, row_number, reasons, cells) values (:i, :n, :r, :c)",
					batch.toArray(SqlParameterSource[]::new));
			batch.clear();
		}
	}

}
