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
 * Readings and their aggregates. Rows go in as arrays unnested by PostgreSQL (one statement per
 * batch); the primary key (device, measured_at) makes a repeated reading a no-op, and only the
 * rows actually inserted are added to the minute and hour aggregates, so a retried batch counts
 * once.
 */
@Repository
class ReadingStore {

	private final JdbcClient jdbc;

	ReadingStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Inserts the readings; answers the timestamps (epoch µs) that were new. */
	Set<Long> insert(long deviceId, long[] micros, double[] values, Instant received) {
		List<Long> inserted = this.jdbc.sql("""
				insert into monitoring.reading (device_id, measured_at, value, received_at)
				select :device, timestamptz 'epoch' + t * interval '1 microsecond', v, :received
				from unnest(cast(:t as bigint[]), cast(:v as float8[])) as x(t, v)
				on conflict do nothing
				returning (extract(epoch from measured_at) * 1000000)::bigint""")
			.param("device", deviceId)
			.param("t", micros)
			.param("v", values)
			.param("received", Timestamp.from(received))
			.query(Long.class)
			.list();
		return new HashSet<>(inserted);
	}

	/** Aggregates of one bucket (a minute or an hour) to add. */
	record Buckets(long[] starts, int[] n, double[] total, double[] minimum, double[] maximum, double[] dose,
			double[] energy) {
	}

	void addMinutes(long deviceId, Buckets buckets) {
		add("reading_minute", "minute", deviceId, buckets);
	}

	void addHours(long deviceId, Buckets buckets) {
		add("reading_hour", "hour", deviceId, buckets);
	}

	// Table and column names are constants of this class, never input.
	private void add(String table, String column, long deviceId, Buckets b) {
		this.jdbc.sql("insert into monitoring." + table + " (device_id, " + column
				+ ", n, total, minimum, maximum, dose, energy)\n"
				+ "select :device, timestamptz 'epoch' + s * interval '1 microsecond', n, total, mn, mx, dose, energy\n"
				+ "from unnest(cast(:s as bigint[]), cast(:n as int[]), cast(:total as float8[]), cast(:mn as float8[]),"
				+ " cast(:mx as float8[]), cast(:dose as float8[]), cast(:energy as float8[]))"
				+ " as x(s, n, total, mn, mx, dose, energy)\n"
				+ "on conflict (device_id, " + column + ") do update set n = " + table + ".n + excluded.n, total = "
				+ table + ".total + excluded.total, minimum = least(" + table + ".minimum, excluded.minimum), maximum = greatest("
				+ table + ".maximum, excluded.maximum), dose = " + table + ".dose + excluded.dose, energy = " + table
				+ ".energy + excluded.energy")
			.param("device", deviceId)
			.param("s", b.starts())
			.param("n", b.n())
			.param("total", b.total())
			.param("mn", b.minimum())
			.param("mx", b.maximum())
			.param("dose", b.dose())
			.param("energy", b.energy())
			.update();
	}

	/**
	 * The sums over the windows ending with the minute of {@code at}: the last 480 minutes (8 h),
	 * the last 15 minutes and the last 60 minutes, each counting the minute of {@code at} itself.
	 */
	Window window(long deviceId, Instant at) {
		Instant to = at.truncatedTo(ChronoUnit.MINUTES);
		return this.jdbc.sql("""
				select coalesce(sum(dose), 0), coalesce(sum(energy), 0),
				       coalesce(sum(dose) filter (where minute > :from15), 0),
				       coalesce(sum(total) filter (where minute > :from60), 0),
				       coalesce(sum(n) filter (where minute > :from60), 0)
				from monitoring.reading_minute
				where device_id = :device and minute > :from480 and minute <= :to""")
			.param("device", deviceId)
			.param("to", Timestamp.from(to))
			.param("from480", Timestamp.from(to.minus(480, ChronoUnit.MINUTES)))
			.param("from15", Timestamp.from(to.minus(15, ChronoUnit.MINUTES)))
			.param("from60", Timestamp.from(to.minus(60, ChronoUnit.MINUTES)))
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
