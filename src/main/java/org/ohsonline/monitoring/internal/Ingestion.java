package org.ohsonline.monitoring.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.ohsonline.monitoring.DeviceBackOnline;
import org.ohsonline.monitoring.RejectionReason;
import org.ohsonline.monitoring.internal.BatchParser.ParsedBatch;
import org.ohsonline.monitoring.internal.BatchParser.RawReading;
import org.ohsonline.shared.Text;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One path for every reading, whichever way it came (HTTP batch or MQTT message): read the payload,
 * check each reading, store the new ones with their aggregates, evaluate the device's exposure and
 * raise alerts — in one transaction, so a reading is stored exactly when its evaluation is. Every
 * reading not accepted gets an outcome; every rejection is counted per device code and reason.
 */
@Service
public class Ingestion {

	/** The advisory-lock key space (first half of the two-part key) for one device's batches. */
	private static final int DEVICE_LOCK_SPACE = 0x6D6F6E31;

	private final DeviceDirectory directory;

	private final ReadingStore readings;

	private final Limits limits;

	private final HeatLimit heat;

	private final AlertService alerts;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final MonitoringSettings settings;

	private final Clock clock;

	private final IngestionMeters meters;

	private final ApplicationEventPublisher events;

	Ingestion(DeviceDirectory directory, ReadingStore readings, Limits limits, HeatLimit heat, AlertService alerts,
			JdbcClient jdbc, TransactionTemplate transactions, MonitoringSettings settings, Clock clock,
			IngestionMeters meters, ApplicationEventPublisher events) {
		this.events = events;
		this.directory = directory;
		this.readings = readings;
		this.limits = limits;
		this.heat = heat;
		this.alerts = alerts;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.settings = settings;
		this.clock = clock;
		this.meters = meters;
	}

	/** What happened to one reading: {@code accepted}, {@code duplicate} or {@code rejected} with a reason. */
	public record Outcome(int index, String status, String reason, String detail) {

		static Outcome accepted(int index) {
			return new Outcome(index, "accepted", null, null);
		}

		static Outcome duplicate(int index) {
			return new Outcome(index, "duplicate", null, null);
		}

		static Outcome rejected(int index, RejectionReason reason, String detail) {
			return new Outcome(index, "rejected", reason.code(), detail);
		}

	}

	/**
	 * @param outcomes the readings not accepted (duplicates and rejections), in the order sent; a reading
	 * not listed was accepted
	 * @param malformed why the batch as a whole was unreadable (then {@code outcomes} is empty), or
	 * {@code null}
	 */
	public record BatchResult(String device, int accepted, int duplicates, int rejected, List<Outcome> outcomes,
			String malformed) {
	}

	/** A batch sent over HTTP by an authenticated device. */
	public BatchResult fromHttp(DeviceRef device, byte[] body, Instant received) {
		BatchResult result = fromHttpUncounted(device, body, received);
		this.meters.record("http", result);
		return result;
	}

	private BatchResult fromHttpUncounted(DeviceRef device, byte[] body, Instant received) {
		ParsedBatch batch = BatchParser.parse(body, this.settings.maxBatch());
		if (batch.malformed() != null) {
			return malformed(device.code(), batch.malformed(), received);
		}
		if (batch.device() != null && !batch.device().equals(device.code())) {
			return allRejected(device.code(), batch, RejectionReason.UNKNOWN_DEVICE,
					"this token belongs to device " + device.code() + ", not " + batch.device(), received);
		}
		return ingest(device, batch, received);
	}

	/** A message received over MQTT on the topic of device {@code code}. */
	public BatchResult fromMqtt(String code, byte[] payload, Instant received) {
		BatchResult result = fromMqttUncounted(code, payload, received);
		this.meters.record("mqtt", result);
		return result;
	}

	private BatchResult fromMqttUncounted(String code, byte[] payload, Instant received) {
		Optional<DeviceRef> device = this.directory.byCode(code);
		ParsedBatch batch = BatchParser.parse(payload, this.settings.maxBatch());
		if (device.isEmpty()) {
			if (batch.malformed() != null) {
				return malformed(code, "no active device " + code + "; " + batch.malformed(), received);
			}
			return allRejected(code, batch, RejectionReason.UNKNOWN_DEVICE, "no active device " + code, received);
		}
		if (batch.malformed() != null) {
			return malformed(code, batch.malformed(), received);
		}
		if (batch.device() != null && !batch.device().equals(code)) {
			return allRejected(code, batch, RejectionReason.UNKNOWN_DEVICE,
					"the topic names device " + code + ", the payload " + batch.device(), received);
		}
		return ingest(device.get(), batch, received);
	}

	private BatchResult malformed(String code, String why, Instant received) {
		this.transactions.executeWithoutResult(status -> countRejections(code,
				Map.of(RejectionReason.MALFORMED_PAYLOAD, 1L), why, received));
		return new BatchResult(code, 0, 0, 0, List.of(), why);
	}

	private BatchResult allRejected(String code, ParsedBatch batch, RejectionReason reason, String detail,
			Instant received) {
		List<Outcome> outcomes = batch.readings().stream().map(r -> Outcome.rejected(r.index(), reason, detail)).toList();
		if (!outcomes.isEmpty()) {
			this.transactions.executeWithoutResult(
					status -> countRejections(code, Map.of(reason, (long) outcomes.size()), detail, received));
		}
		return new BatchResult(code, 0, 0, outcomes.size(), outcomes, null);
	}

	private BatchResult ingest(DeviceRef device, ParsedBatch batch, Instant received) {
		List<RawReading> raw = batch.readings();
		// Only readings not accepted get an outcome: the answer lists those, and a batch is usually all accepted.
		Outcome[] outcomes = new Outcome[raw.size()];
		Map<RejectionReason, Long> rejected = new EnumMap<>(RejectionReason.class);
		String lastDetail = null;
		Instant oldest = received.minus(this.settings.maxAge());
		Instant newest = received.plus(this.settings.maxSkew());
		Candidates candidates = new Candidates(raw.size());
		// Readings of a batch share their unit's spelling, so it is made canonical once, not per reading.
		String unitSent = null;
		boolean unitMatches = false;
		for (RawReading reading : raw) {
			int i = reading.index();
			RejectionReason reason = null;
			String detail = null;
			if (reading.malformed() == null && !reading.unit().equals(unitSent)) {
				unitSent = reading.unit();
				unitMatches = device.unit().equals(Units.canonical(unitSent));
			}
			if (reading.malformed() != null) {
				reason = RejectionReason.MALFORMED_PAYLOAD;
				detail = reading.malformed();
			}
			else if (!unitMatches) {
				reason = RejectionReason.UNIT_MISMATCH;
				detail = "device " + device.code() + " reports in " + device.unit() + ", not " + reading.unit();
			}
			else if (!Double.isFinite(reading.value()) || reading.value() < device.rangeMin()
					|| reading.value() > device.rangeMax()) {
				reason = RejectionReason.IMPOSSIBLE_VALUE;
				detail = reading.value() + " is outside the measuring range " + device.rangeMin() + "–"
						+ device.rangeMax() + " " + device.unit();
			}
			else if (reading.at().isBefore(oldest) || reading.at().isAfter(newest)) {
				reason = RejectionReason.TIMESTAMP_OUT_OF_RANGE;
				detail = reading.at() + " is outside " + oldest + " – " + newest;
			}
			if (reason != null) {
				outcomes[i] = Outcome.rejected(i, reason, detail);
				rejected.merge(reason, 1L, Long::sum);
				lastDetail = detail;
				continue;
			}
			candidates.add(i, micros(reading.at()), reading.value());
		}
		// A second reading of the same instant in one batch is a duplicate of the first.
		for (int index : candidates.dropRepeats()) {
			outcomes[index] = Outcome.duplicate(index);
		}
		String detail = lastDetail;
		int[] counts = this.transactions.execute(status -> {
			if (!rejected.isEmpty()) {
				countRejections(device.code(), rejected, detail, received);
			}
			return store(device, candidates, outcomes, received);
		});
		List<Outcome> answered = new ArrayList<>();
		for (Outcome outcome : outcomes) {
			if (outcome != null) {
				answered.add(outcome);
			}
		}
		return new BatchResult(device.code(), counts[0], counts[1],
				(int) rejected.values().stream().mapToLong(Long::longValue).sum(), answered, null);
	}

	/**
	 * Stores the candidates that are new, evaluates exposure and raises alerts; marks the others duplicates
	 * and answers {accepted, duplicates}.
	 */
	private int[] store(DeviceRef device, Candidates candidates, Outcome[] outcomes, Instant received) {
		int duplicates = (int) Arrays.stream(outcomes).filter(o -> o != null && "duplicate".equals(o.status())).count();
		if (candidates.size() == 0) {
			return new int[] { 0, duplicates };
		}
		// Batches of one device taken by several consumers at once (the MQTT shared subscription, several
		// instances) are evaluated one after another, each seeing the others' committed readings in its
		// window; without this, two concurrent batches each computed the exposure without the other's rows.
		// Every writer of readings takes this lock, so what is found stored below stays all there is.
		// The same statement has the statements that follow, on the partitioned tables, use generic plans:
		// they got custom plans, planned at every execution (8 % of the backends' time), though run-time
		// pruning keeps a generic plan to the batch's partitions. The setting is the transaction's own
		// (set_config's third argument) and the one it replaces is read first: the window query, the last
		// on the partitioned tables, puts it back, so the state and alerts, and whatever else the
		// transaction does, are planned as usual.
		String planCacheMode = this.jdbc.sql("""
				select pg_advisory_xact_lock(:space, :device), current_setting('plan_cache_mode'),
				       set_config('plan_cache_mode', 'force_generic_plan', true)""")
			.param("space", DEVICE_LOCK_SPACE)
			.param("device", (int) device.id())
			.query((rs, n) -> rs.getString(2))
			.single();
		ReadingStore.Lookup lookup = this.readings.lookup(device.id(), candidates.micros());
		for (int index : candidates.dropStored(lookup.stored())) {
			outcomes[index] = Outcome.duplicate(index);
			duplicates++;
		}
		int accepted = candidates.size();
		if (accepted == 0) {
			this.jdbc.sql("select set_config('plan_cache_mode', :mode, true)")
				.param("mode", planCacheMode)
				.query((rs, n) -> 1)
				.single();
			return new int[] { 0, duplicates };
		}
		long[] micros = candidates.micros();
		double[] values = candidates.values();
		this.readings.insert(device.id(), micros, values, received);
		Aggregates aggregates = new Aggregates(device);
		double peak = Double.NEGATIVE_INFINITY;
		long peakAt = 0;
		long latest = Long.MIN_VALUE;
		double latestValue = 0;
		for (int j = 0; j < micros.length; j++) {
			aggregates.add(micros[j], values[j]);
			if (values[j] > peak) {
				peak = values[j];
				peakAt = micros[j];
			}
			if (micros[j] > latest) {
				latest = micros[j];
				latestValue = values[j];
			}
		}
		this.readings.addAggregates(device.id(), aggregates.minutes(), aggregates.hours());
		Instant at = instant(latest);
		// A batch of older readings arriving after newer ones (MQTT consumers race, devices resend) is
		// evaluated at the device's newest reading, so the state always describes the latest window. The state
		// was read with the lookup, under the lock: only this method, under the same lock, moves it.
		if (lookup.newestAt() != null && lookup.newestAt().isAfter(at)) {
			at = lookup.newestAt();
			latestValue = lookup.newestValue();
		}
		Window window = this.readings.window(device.id(), at, planCacheMode);
		Limits.Resolved resolved = device.heat() ? Limits.Resolved.NONE : this.limits.of(device);
		Double heatLimit = device.heat() ? this.heat.of(device).orElse(null) : null;
		ExposureEvaluator.Evaluation evaluation = ExposureEvaluator.evaluate(device, resolved, heatLimit, window, peak,
				instant(peakAt), at);
		updateState(device, at, latestValue, received, evaluation);
		for (ExposureEvaluator.Exceedance exceedance : evaluation.exceedances()) {
			this.alerts.raise(device, exceedance, received);
		}
		return new int[] { accepted, duplicates };
	}

	private void updateState(DeviceRef device, Instant at, double value, Instant received,
			ExposureEvaluator.Evaluation evaluation) {
		// The state before the upsert tells whether the device was offline or had never measured: its (re)start is
		// announced once, not with every reading (the statement's snapshot still sees the old row in the CTE).
		boolean wasOffline = this.jdbc.sql("""
				with before as (select offline_since from monitoring.device_state where device_id = :device)
				insert into monitoring.device_state (device_id, last_measured_at, last_value, last_received_at, exposure,
				  exposure_limit, short_term, level, offline_since)
				values (:device, :at, :value, :received, :exposure, :limit, :short, :level, null)
				on conflict (device_id) do update set last_measured_at = excluded.last_measured_at,
				  last_value = excluded.last_value, last_received_at = excluded.last_received_at,
				  exposure = excluded.exposure, exposure_limit = excluded.exposure_limit, short_term = excluded.short_term,
				  level = excluded.level, offline_since = null
				where device_state.last_measured_at <= excluded.last_measured_at
				returning (select coalesce(bool_or(offline_since is not null), true) from before)""")
			.param("device", device.id())
			.param("at", Timestamp.from(at))
			.param("value", value)
			.param("received", Timestamp.from(received))
			.param("exposure", evaluation.exposure())
			.param("limit", evaluation.limit())
			.param("short", evaluation.shortTerm())
			.param("level", evaluation.level())
			.query(Boolean.class)
			.optional()
			.map(Boolean.TRUE::equals)
			.orElse(false);
		if (wasOffline) {
			this.events.publishEvent(new DeviceBackOnline(device.id(), device.code(), device.employerId(),
					device.regionCode(), at));
		}
	}

	private void countRejections(String code, Map<RejectionReason, Long> counts, String detail, Instant at) {
		// The detail quotes the device's own words (its unit, the device it named), control characters and all.
		String trimmed = Text.printable(detail == null || detail.length() <= 500 ? detail : detail.substring(0, 500));
		for (Map.Entry<RejectionReason, Long> entry : new TreeMap<>(counts).entrySet()) {
			this.jdbc.sql("""
					insert into monitoring.rejection_count (device_code, reason, count, last_at, last_detail)
					values (:code, :reason, :count, :at, :detail)
					on conflict (device_code, reason) do update set count = rejection_count.count + excluded.count,
					  last_at = excluded.last_at, last_detail = excluded.last_detail""")
				.param("code", code.length() > 64 ? code.substring(0, 64) : code)
				.param("reason", entry.getKey().name())
				.param("count", entry.getValue())
				.param("at", Timestamp.from(at))
				.param("detail", trimmed)
				.update();
		}
	}

	public Instant now() {
		return Instant.now(this.clock);
	}

	static long micros(Instant at) {
		return Math.addExact(Math.multiplyExact(at.getEpochSecond(), 1_000_000L), at.getNano() / 1_000);
	}

	static Instant instant(long micros) {
		return Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1_000L);
	}

}
