package org.ohsonline.registry.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.ohsonline.reference.RiskDirectory;
import org.ohsonline.reference.Severity;
import org.ohsonline.reference.SeverityAnswers;
import org.ohsonline.reference.SeverityQuestion;
import org.ohsonline.reference.SizeClass;

import org.springframework.stereotype.Component;

/**
 * {@link Derivations} for bulk writers (the synthetic generator, imports) in sub-packages of the
 * register: the same rules, cached for the life of one bulk run because the catalogs in force do
 * not change under it. Take a fresh {@link Session} per run.
 */
@Component
public class BulkDerivations {

	private final Derivations derivations;

	BulkDerivations(Derivations derivations) {
		this.derivations = derivations;
	}

	/**
	 * The derived hazard severity of an industry, the sentence that explains it, and the directory's
	 * questions still open (nothing is answered for a bulk-written employer).
	 */
	public record DerivedSeverity(Severity severity, String basis, List<SeverityQuestion> questions) {

		/** The questions as a PostgreSQL array literal, for COPY. */
		public String questionsArray() {
			return "{" + String.join(",", this.questions.stream().map(SeverityQuestion::name).toList()) + "}";
		}

	}

	public Session session() {
		return new Session();
	}

	/** Caches for one run; not thread-safe. */
	public final class Session {

		/** The directory in force when the run started, held in memory: no query per industry. */
		private final RiskDirectory directory = BulkDerivations.this.derivations.directory();

		private final Map<String, DerivedSeverity> severities = new HashMap<>();

		private final Map<String, TreeMap<Integer, Optional<SizeClass>>> sizes = new HashMap<>();

		private final Map<String, Optional<SizeClass>> withRevenue = new HashMap<>();

		private int lookups;

		private long lookupNanos;

		private Session() {
		}

		/** How often the catalogs were asked, and how long that took: for the run's log. */
		public String statistics() {
			return this.lookups + " catalog lookups in " + this.lookupNanos / 1_000_000 + " ms";
		}

		/** The severity of an employer without sites of another industry. */
		public DerivedSeverity severity(String industryCode) {
			return this.severities.computeIfAbsent(industryCode, code -> {
				long start = System.nanoTime();
				Derivations.Derived derived = Derivations.severity(this.directory, code, List.of(), SeverityAnswers.none());
				this.lookups++;
				this.lookupNanos += System.nanoTime() - start;
				return new DerivedSeverity(derived.severity(), derived.basis(), derived.questions());
			});
		}

		/**
		 * The size class from headcount alone (revenue unknown); {@code null} when no threshold
		 * applies. With revenue unknown the class never falls as headcount grows, so a headcount
		 * between two known headcounts of the same class has that class too: the catalog is asked
		 * only near the thresholds, a few dozen times per industry instead of once per headcount.
		 */
		public SizeClass sizeClass(String industryCode, int employees) {
			TreeMap<Integer, Optional<SizeClass>> known = this.sizes.computeIfAbsent(industryCode, code -> new TreeMap<>());
			Map.Entry<Integer, Optional<SizeClass>> below = known.floorEntry(employees);
			Map.Entry<Integer, Optional<SizeClass>> above = known.ceilingEntry(employees);
			if (below != null && above != null && below.getValue().equals(above.getValue())) {
				return below.getValue().orElse(null);
			}
			long start = System.nanoTime();
			Optional<SizeClass> derived = Optional
				.ofNullable(BulkDerivations.this.derivations.sizeClass(industryCode, employees, null));
			this.lookups++;
			this.lookupNanos += System.nanoTime() - start;
			known.put(employees, derived);
			return derived.orElse(null);
		}

		/** The size class from headcount and revenue (万元), cached on both. */
		public SizeClass sizeClass(String industryCode, int employees, long revenue) {
			String key = industryCode + '/' + employees + '/' + revenue;
			Optional<SizeClass> cached = this.withRevenue.get(key);
			if (cached == null) {
				long start = System.nanoTime();
				cached = Optional.ofNullable(BulkDerivations.this.derivations.sizeClass(industryCode, employees, revenue));
				this.lookups++;
				this.lookupNanos += System.nanoTime() - start;
				this.withRevenue.put(key, cached);
			}
			return cached.orElse(null);
		}

	}

}
