package org.ohsonline.monitoring.internal;

import java.util.Map;
import java.util.TreeMap;

/**
 * The sums a batch adds to its device's minutes, and to its hours rolled up from those minutes: an
 * hour's count, total, dose and energy are the sums of its minutes', its minimum and maximum theirs.
 * Dose is value × the device's sampling seconds; energy 10^(value/10) × seconds for noise.
 */
final class Aggregates {

	private static final long MICROS_PER_MINUTE = 60_000_000L;

	private static final long MICROS_PER_HOUR = 60 * MICROS_PER_MINUTE;

	private final int seconds;

	private final boolean noise;

	private final TreeMap<Long, Bucket> minutes = new TreeMap<>();

	// Readings mostly come in time order: the minute of the last reading is looked up once, not per reading.
	private long lastMinute = Long.MIN_VALUE;

	private Bucket last;

	Aggregates(DeviceRef device) {
		this(device.samplingSeconds(), device.noise());
	}

	Aggregates(int seconds, boolean noise) {
		this.seconds = seconds;
		this.noise = noise;
	}

	void add(long micros, double value) {
		long minute = Math.floorDiv(micros, MICROS_PER_MINUTE) * MICROS_PER_MINUTE;
		if (minute != this.lastMinute || this.last == null) {
			this.last = this.minutes.computeIfAbsent(minute, m -> new Bucket());
			this.lastMinute = minute;
		}
		this.last.add(value, ExposureMath.dose(value, this.seconds),
				this.noise ? ExposureMath.energy(value, this.seconds) : 0);
	}

	ReadingStore.Buckets minutes() {
		return arrays(this.minutes);
	}

	ReadingStore.Buckets hours() {
		TreeMap<Long, Bucket> hours = new TreeMap<>();
		for (Map.Entry<Long, Bucket> minute : this.minutes.entrySet()) {
			hours.computeIfAbsent(Math.floorDiv(minute.getKey(), MICROS_PER_HOUR) * MICROS_PER_HOUR, h -> new Bucket())
				.add(minute.getValue());
		}
		return arrays(hours);
	}

	private static ReadingStore.Buckets arrays(TreeMap<Long, Bucket> buckets) {
		int size = buckets.size();
		long[] starts = new long[size];
		int[] n = new int[size];
		double[] total = new double[size];
		double[] minimum = new double[size];
		double[] maximum = new double[size];
		double[] dose = new double[size];
		double[] energy = new double[size];
		int i = 0;
		for (Map.Entry<Long, Bucket> entry : buckets.entrySet()) {
			Bucket b = entry.getValue();
			starts[i] = entry.getKey();
			n[i] = b.n;
			total[i] = b.total;
			minimum[i] = b.minimum;
			maximum[i] = b.maximum;
			dose[i] = b.dose;
			energy[i] = b.energy;
			i++;
		}
		return new ReadingStore.Buckets(starts, n, total, minimum, maximum, dose, energy);
	}

	/** Running sums of one minute or hour. */
	private static final class Bucket {

		int n;

		double total;

		double minimum = Double.POSITIVE_INFINITY;

		double maximum = Double.NEGATIVE_INFINITY;

		double dose;

		double energy;

		void add(double value, double valueDose, double valueEnergy) {
			this.n++;
			this.total += value;
			this.minimum = Math.min(this.minimum, value);
			this.maximum = Math.max(this.maximum, value);
			this.dose += valueDose;
			this.energy += valueEnergy;
		}

		void add(Bucket minute) {
			this.n += minute.n;
			this.total += minute.total;
			this.minimum = Math.min(this.minimum, minute.minimum);
			this.maximum = Math.max(this.maximum, minute.maximum);
			this.dose += minute.dose;
			this.energy += minute.energy;
		}

	}

}
