package org.ohsonline.monitoring.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import org.postgresql.PGConnection;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.support.SQLExceptionTranslator;
import org.springframework.jdbc.support.SQLStateSQLExceptionTranslator;
import org.springframework.stereotype.Repository;

/**
 * Readings and their aggregates. Under the device's lock, the readings already stored are looked up
 * and the new ones copied in (binary {@code COPY}); only those are added to the minute aggregates,
 * and the minutes to the hours, so a retried batch counts once. The primary key (device,
 * measured_at) still refuses a second row for an instant.
 */
@Repository
class ReadingStore {

	/** The binary COPY signature: "PGCOPY\n\377\r\n\0". */
	private static final byte[] COPY_SIGNATURE = "PGCOPY\n\u00ff\r\n\u0000".getBytes(StandardCharsets.ISO_8859_1);

	/** PostgreSQL's binary timestamps count microseconds from 2000-01-01T00:00:00Z. */
	private static final long POSTGRES_EPOCH_MICROS = 946_684_800_000_000L;

	private final JdbcClient jdbc;

	private static final SQLExceptionTranslator TRANSLATOR = new SQLStateSQLExceptionTranslator();

	private final DataSource dataSource;

	ReadingStore(JdbcClient jdbc, DataSource dataSource) {
		this.jdbc = jdbc;
		this.dataSource = dataSource;
	}

	/**
	 * Which of a device's readings (epoch µs) are already stored. Asked under the device's advisory lock,
	 * which every writer of readings holds (this class is the only one, called from {@link Ingestion}), so
	 * the answer still holds when the new ones are copied in.
	 */
	Set<Long> stored(long deviceId, long[] micros) {
		long from = Long.MAX_VALUE;
		long to = Long.MIN_VALUE;
		for (long m : micros) {
			from = Math.min(from, m);
			to = Math.max(to, m);
		}
		// The bounds let the plan keep to the batch's day partitions; the array finds the exact instants.
		List<Long> found = this.jdbc.sql("""
				select (extract(epoch from measured_at) * 1000000)::bigint from monitoring.reading
				where device_id = :device and measured_at between :from and :to
				  and measured_at = any(array(select timestamptz 'epoch' + t * interval '1 microsecond'
				                              from unnest(cast(:t as bigint[])) as x(t)))""")
			.param("device", deviceId)
			.param("from", Timestamp.from(Ingestion.instant(from)))
			.param("to", Timestamp.from(Ingestion.instant(to)))
			.param("t", micros)
			.query(Long.class)
			.list();
		return found.isEmpty() ? Set.of() : new HashSet<>(found);
	}

	/**
	 * Copies new readings in (binary {@code COPY}, as fast as PostgreSQL takes rows): none of them may be
	 * stored yet ({@link #stored}). {@code INSERT … ON CONFLICT DO NOTHING RETURNING} of 1,000 readings spent
	 * about a quarter of its backend's time on the conflict checks and speculative insertion, and sent every
	 * new timestamp back (docs/benchmarks.md, "Monitoring ingestion").
	 */
	void copy(long deviceId, long[] micros, double[] values, Instant received) {
		// PGCOPY header, flags, header extension; per row 4 fields of 8 bytes each with their lengths; trailer.
		ByteBuffer rows = ByteBuffer.allocate(19 + micros.length * (2 + 4 * (4 + 8)) + 2);
		rows.put(COPY_SIGNATURE).putInt(0).putInt(0);
		long receivedAt = Ingestion.micros(received) - POSTGRES_EPOCH_MICROS;
		for (int i = 0; i < micros.length; i++) {
			rows.putShort((short) 4);
			rows.putInt(8).putLong(deviceId);
			rows.putInt(8).putLong(micros[i] - POSTGRES_EPOCH_MICROS);
			rows.putInt(8).putDouble(values[i]);
			rows.putInt(8).putLong(receivedAt);
		}
		rows.putShort((short) -1);
		// The transaction's own connection: the rows are stored exactly when the batch's evaluation is.
		Connection connection = DataSourceUtils.getConnection(this.dataSource);
		try {
			connection.unwrap(PGConnection.class)
				.getCopyAPI()
				.copyIn("copy monitoring.reading (device_id, measured_at, value, received_at) from stdin (format binary)",
						new ByteArrayInputStream(rows.array(), 0, rows.position()));
		}
		catch (SQLException ex) {
			throw TRANSLATOR.translate("copy monitoring.reading", null, ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, this.dataSource);
		}
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
