package org.ohsonline.registry;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The synthetic register (docs/synthetic-data.md): employers, their sites, posts and hazards,
 * workers and their employment, generated deterministically from a seed at one of four scales and
 * written in bulk. Every generated employer and worker is flagged {@code synthetic} and every
 * employer name ends in {@value #NAME_MARK}. Bulk rows are not audited one by one; each run leaves
 * one audit entry {@value #AUDIT_ACTION} with its scale, seed and counts.
 */
public interface SyntheticData {

	/** The mark every synthetic employer's name ends with. */
	String NAME_MARK = "（模拟）";

	String AUDIT_ACTION = "registry.synthetic.generated";

	/**
	 * Recorded, and committed, before a run writes anything: a run with this entry and without its
	 * {@value #AUDIT_ACTION} entry did not finish (killed, or failed), see {@link #interrupted()}.
	 */
	String STARTED_ACTION = "registry.synthetic.started";

	/** How much to generate, and where. */
	enum Scale {

		/** For the test suite's shared context. */
		TINY("330105", 60, 1_500),
		/** One county, 拱墅区: what standalone mode seeds. */
		COUNTY("330105", 3_000, 100_000),
		/** One city, 杭州市. */
		CITY("3301", 30_000, 1_000_000),
		/** The province, 浙江省. */
		PROVINCE("33", 300_000, 10_000_000);

		private final String regionCode;

		private final int employers;

		private final int workers;

		Scale(String regionCode, int employers, int workers) {
			this.regionCode = regionCode;
			this.employers = employers;
			this.workers = workers;
		}

		public String regionCode() {
			return this.regionCode;
		}

		public int employers() {
			return this.employers;
		}

		/** The approximate number of workers (the sum of the employers' drawn headcounts). */
		public int workers() {
			return this.workers;
		}

		public static Scale parse(String text) {
			try {
				return valueOf(text.trim().toUpperCase(java.util.Locale.ROOT));
			}
			catch (RuntimeException ex) {
				throw new IllegalArgumentException(
						"Unknown scale '" + text + "': use tiny, county, city or province");
			}
		}

	}

	/**
	 * A generation to run.
	 *
	 * @param append continue into a register that already holds data, with fresh codes; without it a
	 * non-empty register is refused
	 * @param allowInProduction required under the {@code prod} profile, so synthetic rows never mix
	 * with a real register by accident
	 */
	record Request(Scale scale, long seed, boolean append, boolean allowInProduction) {
	}

	/** Reported while a run writes, about once per batch. */
	record Progress(long employers, long workers, long rows, Duration elapsed) {

		public double rowsPerSecond() {
			return this.elapsed.isZero() ? 0 : this.rows * 1000.0 / this.elapsed.toMillis();
		}

	}

	/**
	 * A finished run.
	 *
	 * @param run the run's number (0 for the first synthetic run into this register)
	 * @param rows rows written per table
	 * @param databaseBytes {@code pg_database_size} after the run
	 * @param tableBytes {@code pg_total_relation_size} per register table after the run
	 */
	record Summary(Scale scale, long seed, int run, Map<String, Long> rows, Duration elapsed, long databaseBytes,
			Map<String, Long> tableBytes) {

		public long totalRows() {
			return this.rows.values().stream().mapToLong(Long::longValue).sum();
		}

	}

	/** What the register holds of synthetic data, and the last run that put it there. */
	record Census(long employers, long workers, Optional<String> lastScale, Optional<Long> lastSeed) {
	}

	/**
	 * Generates and writes one run in a single transaction (nothing is left behind when it fails).
	 * @throws IllegalStateException when refused (non-empty register without {@code append},
	 * {@code prod} profile without {@code allowInProduction})
	 */
	Summary generate(Request request, Consumer<Progress> progress);

	Census census();

	/**
	 * A run that started and did not finish: the process was killed or the run failed. It wrote in one
	 * transaction, so nothing of it is in the register; the next run takes its number and writes it again.
	 */
	record Interrupted(int run, String scale, long seed, Instant startedAt) {
	}

	/** The run that started last and did not finish, when no run has finished since. */
	Optional<Interrupted> interrupted();

}
