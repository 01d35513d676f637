package org.ohsonline.monitoring.internal;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * The readings of one batch that passed the checks, in the order sent: each one's index in the
 * batch, timestamp (epoch µs) and value, in primitive arrays — a batch of 1,000 readings boxed into
 * maps and sets per reading cost the JVM more than reading its JSON.
 */
final class Candidates {

	private static final int[] NONE = new int[0];

	private int[] indexes;

	private long[] micros;

	private double[] values;

	private int size;

	Candidates(int capacity) {
		this.indexes = new int[capacity];
		this.micros = new long[capacity];
		this.values = new double[capacity];
	}

	void add(int index, long at, double value) {
		this.indexes[this.size] = index;
		this.micros[this.size] = at;
		this.values[this.size] = value;
		this.size++;
	}

	int size() {
		return this.size;
	}

	long[] micros() {
		return Arrays.copyOf(this.micros, this.size);
	}

	double[] values() {
		return Arrays.copyOf(this.values, this.size);
	}

	/** Drops the second and later readings of one instant; answers the batch indexes of those dropped. */
	int[] dropRepeats() {
		long[] sorted = micros();
		Arrays.sort(sorted);
		Set<Long> repeated = new HashSet<>();
		for (int i = 1; i < sorted.length; i++) {
			if (sorted[i] == sorted[i - 1]) {
				repeated.add(sorted[i]);
			}
		}
		if (repeated.isEmpty()) {
			return NONE;
		}
		Set<Long> seen = new HashSet<>();
		return keepOnly(k -> !repeated.contains(this.micros[k]) || seen.add(this.micros[k]));
	}

	/** Drops the readings of these instants (epoch µs); answers the batch indexes of those dropped. */
	int[] dropStored(Set<Long> stored) {
		if (stored.isEmpty()) {
			return NONE;
		}
		return keepOnly(k -> !stored.contains(this.micros[k]));
	}

	private int[] keepOnly(java.util.function.IntPredicate keep) {
		int[] dropped = new int[this.size];
		int drops = 0;
		int kept = 0;
		for (int k = 0; k < this.size; k++) {
			if (keep.test(k)) {
				this.indexes[kept] = this.indexes[k];
				this.micros[kept] = this.micros[k];
				this.values[kept] = this.values[k];
				kept++;
			}
			else {
				dropped[drops++] = this.indexes[k];
			}
		}
		this.size = kept;
		return Arrays.copyOf(dropped, drops);
	}

}
