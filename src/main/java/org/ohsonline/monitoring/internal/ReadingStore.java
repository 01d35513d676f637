package org.ohsonline.monitoring.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Readings and their aggregates. Under the device's lock, the readings already stored are looked up
 * and the new ones inserted; only those are added to the minute aggregates,
 * and the minutes to the hours, so a retried batch counts once. The primary key (device,
 * measured_at) still refuses a second row for an instant.
 */
@Repository
class ReadingStore {

	private final JdbcClient jdbc;

	ReadingStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * What is stored of a device before a batch goes in: which of the batch's readings (epoch µs) are stored
	 * already, and the device's newest reading (its state), in one round trip. Asked under the device's
	 * advisory lock, which every writer of readings and of the state's newest reading holds (this class and
	 * {@link Ingestion}), so the answer still holds when the new ones are inserted.
	 */
	Lookup lookup(long deviceId, long[] micros) {
		long from = Long.MAX_VALUE;
		long to = Long.MIN_VALUE;
		for (long m : micros) {
			from = Math.min(from, m);
			to = Math.max(to, m);
		}
		// The bounds let the plan keep to the batch's day partitions; the array finds the exact instants.
		// The device's state comes as one more row (stored instant null): a statement less per batch.
		Set<Long> stored = new HashSet<>();
		Instant[] newestAt = { null };
		double[] newestValue = { 0 };
		this.jdbc.sql("""
				select (extract(epoch from measured_at) * 1000000)::bigint, null::timestamptz, null::float8
				from monitoring.reading
				where device_id = :device and measured_at between :from and :to
				  and measured_at = any(array(select timestamptz 'epoch' + t * interval '1 microsecond'
				                              from unnest(cast(:t as bigint[])) as x(t)))
				union all
				select null, last_measured_at, last_value from monitoring.device_state where device_id = :device""")
			.param("device", deviceId)
			.param("from", Timestamp.from(Ingestion.instant(from)))
			.param("to", Timestamp.from(Ingestion.instant(to)))
			.param("t", micros)
			.query(rs -> {
				long m = rs.getLong(1);
				if (!rs.wasNull()) {
					stored.add(m);
				}
				else {
					newestAt[0] = rs.getTimestamp(2).toInstant();
					newestValue[0] = rs.getDouble(3);
				}
			});
		return new Lookup(stored, newestAt[0], newestValue[0]);
	}

	/**
	 * @param stored the batch's instants (epoch µs) already stored
	 * @param newestAt the device's newest reading before the batch ({@code null}: the device has no state yet)
	 * @param newestValue its value
	 */
	record Lookup(Set<Long> stored, Instant newestAt, double newestValue) {
	}

	/**
	 * Inserts new readings: none of them may be stored yet ({@link #lookup}), so no conflict handling.
	 * {@code INSERT … ON CONFLICT DO NOTHING RETURNING} of 1,000 readings spent about a quarter of its
	 * backend's time on the conflict checks and speculative insertion, and sent every new timestamp back;
	 * a binary {@code COPY} of the 1,000 rows then spent about 15 % on creating and dropping its 1,000 tuple
	 * slots; a plain insertion from arrays costs the backend less than either (docs/benchmarks.md,
	 * "Monitoring ingestion").
	 */
	void insert(long deviceId, long[] micros, double[] values, Instant received) {
		this.jdbc.sql("""
				insert into monitoring.reading (device_id, measured_at, value, received_at)
				select :device, timestamptz 'epoch' + t * interval '1 microsecond', v, :received
				from unnest(cast(:t as bigint[]), cast(:v as float8[])) as x(t, v)""")
			.param("device", deviceId)
			.param("received", Timestamp.from(received))
			.param("t", micros)
			.param("v", values)
			.update();
	}

	/** Aggregates of minutes or hours (start in epoch µs) to add. */
	record Buckets(long[] starts, int[] n, double[] total, double[] minimum, double[] maximum, double[] dose,
			double[] energy) {
	}

	/**
	 * Adds a batch's minutes and the hours rolled up from them, in one statement: a second statement per
	 * batch for the hours was a round trip and a plan more for one or two rows.
	 */
	void addAggregates(long deviceId, Buckets minutes, Buckets hours) {
		this.jdbc.sql("with minutes as (" + upsert("reading_minute", "minute", "m") + ")\n"
				+ upsert("reading_hour", "hour", "h"))
			.param("device", deviceId)
			.param("ms", minutes.starts())
			.param("mn", minutes.n())
			.param("mtotal", minutes.total())
			.param("mmin", minutes.minimum())
			.param("mmax", minutes.maximum())
			.param("mdose", minutes.dose())
			.param("menergy", minutes.energy())
			.param("hs", hours.starts())
			.param("hn", hours.n())
			.param("htotal", hours.total())
			.param("hmin", hours.minimum())
			.param("hmax", hours.maximum())
			.param("hdose", hours.dose())
			.param("henergy", hours.energy())
			.update();
	}

	// Table and column names are constants of this class, never input.
	private static String upsert(String table, String column, String p) {
		return "insert into monitoring." + table + " (device_id, " + column + ", n, total, minimum, maximum, dose, energy)\n"
				+ "select :device, timestamptz 'epoch' + s * interval '1 microsecond', n, total, mn, mx, dose, energy\n"
				+ "from unnest(cast(:" + p + "s as bigint[]), cast(:" + p + "n as int[]), cast(:" + p + "total as float8[]),"
				+ " cast(:" + p + "min as float8[]), cast(:" + p + "max as float8[]), cast(:" + p + "dose as float8[]),"
				+ " cast(:" + p + "energy as float8[])) as x(s, n, total, mn, mx, dose, energy)\n"
				+ "on conflict (device_id, " + column + ") do update set n = " + table + ".n + excluded.n, total = "
				+ table + ".total + excluded.total, minimum = least(" + table + ".minimum, excluded.minimum), maximum = greatest("
				+ table + ".maximum, excluded.maximum), dose = " + table + ".dose + excluded.dose, energy = " + table
				+ ".energy + excluded.energy";
	}

	/**
	 * The sums over the windows ending with the minute of {@code at}: the last 480 minutes (8 h),
	 * the last 15 minutes and the last 60 minutes, each counting the minute of {@code at} itself.
	 * @param planCacheMode the transaction's {@code plan_cache_mode} to put back once this query has run
	 * (ingestion runs its statements on the partitioned tables with generic plans, this one the last of
	 * them): setting it here saves a statement per batch
	 */
	Window window(long deviceId, Instant at, String planCacheMode) {
		Instant to = at.truncatedTo(ChronoUnit.MINUTES);
		return this.jdbc.sql("""
				select coalesce(sum(dose), 0), coalesce(sum(energy), 0),
				       coalesce(sum(dose) filter (where minute > :from15), 0),
				       coalesce(sum(total) filter (where minute > :from60), 0),
				       coalesce(sum(n) filter (where minute > :from60), 0),
				       set_config('plan_cache_mode', :mode, true)
				from monitoring.reading_minute
				where device_id = :device and minute > :from480 and minute <= :to""")
			.param("device", deviceId)
			.param("to", Timestamp.from(to))
			.param("from480", Timestamp.from(to.minus(480, ChronoUnit.MINUTES)))
			.param("from15", Timestamp.from(to.minus(15, ChronoUnit.MINUTES)))
			.param("from60", Timestamp.from(to.minus(60, ChronoUnit.MINUTES)))
			.param("mode", planCacheMode)
			.query((rs, n) -> new Window(rs.getDouble(1), rs.getDouble(2), rs.getDouble(3), rs.getDouble(4),
					rs.getLong(5)))
			.single();
	}

	/** Chart series: minute or hour aggregates of a device between two instants. */
	List<Point> series(long deviceId, boolean hourly, Instant from, Instant to) {
		String table = hourly ? "reading_hour" : "reading_minute";
		String column = hourly ? "hour" : "minute";
		return this.jdbc.sql("select " + column + ", total / n, minimum, maximum from monitoring." + table
				+ " where device_id = :device and " + column + " >= :from and " + column + " < :to order by " + column)
			.param("device", deviceId)
			.param("from", Timestamp.from(from))
			.param("to", Timestamp.from(to))
			.query((rs, n) -> new Point(rs.getTimestamp(1).toInstant(), rs.getDouble(2), rs.getDouble(3),
					rs.getDouble(4)))
			.list();
	}

	record Point(Instant at, double mean, double minimum, double maximum) {
	}

}
