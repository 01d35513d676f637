package org.ohsonline;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

import org.ohsonline.agency.SyntheticAgencies;
import org.ohsonline.registry.SyntheticData;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The documented one-off command that fills the register with synthetic data, prints progress and
 * a summary, and exits (docs/synthetic-data.md):
 * {@code java -jar ohs-online.jar --generate-synthetic --scale=province --seed=7 [--append]
 * [--allow-synthetic-in-production]}.
 */
@Component
@Order(12)
class SyntheticDataCommand implements ApplicationRunner {

	static final String OPTION = "generate-synthetic";

	private static final Duration PROGRESS_EVERY = Duration.ofSeconds(5);

	private final SyntheticData synthetic;

	private final SyntheticAgencies agencies;

	private final ConfigurableApplicationContext context;

	SyntheticDataCommand(SyntheticData synthetic, SyntheticAgencies agencies, ConfigurableApplicationContext context) {
		this.synthetic = synthetic;
		this.agencies = agencies;
		this.context = context;
	}

	static boolean requested(String[] args) {
		return Arrays.stream(args).anyMatch(arg -> arg.equals("--" + OPTION) || arg.startsWith("--" + OPTION + "="));
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!args.containsOption(OPTION)) {
			return;
		}
		int exitCode;
		try {
			SyntheticData.Request request = new SyntheticData.Request(
					SyntheticData.Scale.parse(value(args, "scale", "county")), Long.parseLong(value(args, "seed", "7")),
					args.containsOption("append"), args.containsOption("allow-synthetic-in-production"));
			System.out.printf("%nGenerating synthetic data: scale %s (region %s, ≈%,d employers, ≈%,d workers), seed %d%s%n",
					request.scale().name().toLowerCase(java.util.Locale.ROOT), request.scale().regionCode(),
					request.scale().employers(), request.scale().workers(), request.seed(),
					request.append() ? ", appending" : "");
			SyntheticData.Census census = this.synthetic.census();
			boolean earlierRun = !request.append() && census.employers() > 0 && census.lastScale().isPresent();
			if (earlierRun && this.agencies.census() == 0) {
				// The register was written (its own transaction) and the agencies were not: a command stopped
				// between the two. Run again without --append, it completes that run rather than refusing.
				SyntheticData.Request earlier = earlier(census, request);
				System.out.printf("The register holds synthetic %s (seed %d) without its agencies: an earlier run stopped "
						+ "before them; generating them now%n", earlier.scale().name().toLowerCase(java.util.Locale.ROOT),
						earlier.seed());
				agencies(earlier);
			}
			else if (earlierRun) {
				// Register and agencies stand: a run that stopped before their service history (or a data directory
				// made before the history existed) gets it now; with the history there, the register refuses as ever.
				Optional<SyntheticAgencies.History> made = this.agencies.history(earlier(census, request));
				made.ifPresent(SyntheticDataCommand::print);
				if (made.isEmpty()) {
					generate(request);
				}
			}
			else {
				generate(request);
			}
			exitCode = 0;
		}
		catch (IllegalArgumentException | IllegalStateException ex) {
			System.err.println("Synthetic data not generated: " + ex.getMessage());
			exitCode = 2;
		}
		int code = exitCode;
		System.exit(SpringApplication.exit(this.context, () -> code));
	}

	private void generate(SyntheticData.Request request) {
		this.synthetic.interrupted()
			.ifPresent(earlier -> System.out.printf("An earlier synthetic run %d (scale %s, seed %d), started %s, did not "
					+ "finish: it was one transaction, so nothing of it was kept%n", earlier.run(),
					earlier.scale().toLowerCase(java.util.Locale.ROOT), earlier.seed(), earlier.startedAt()));
		Instant[] lastPrinted = { Instant.EPOCH };
		SyntheticData.Summary summary = this.synthetic.generate(request, progress -> {
			if (Duration.between(lastPrinted[0], Instant.now()).compareTo(PROGRESS_EVERY) >= 0) {
				lastPrinted[0] = Instant.now();
				System.out.printf("  %,10d employers  %,12d workers  %,14d rows  %,10.0f rows/s  %6d s%n",
						progress.employers(), progress.workers(), progress.rows(), progress.rowsPerSecond(),
						progress.elapsed().toSeconds());
			}
		});
		print(summary);
		// The agencies and institutions that serve the register's employers (first run only).
		agencies(request);
	}

	private void agencies(SyntheticData.Request request) {
		this.agencies.generate(request)
			.ifPresent(made -> System.out.printf(
					"Synthetic agencies: %,d service agencies, %,d exam and %,d diagnosis institutions, "
							+ "%,d staff, %,d engagements (%.1f s)%n",
					made.serviceAgencies(), made.examInstitutions(), made.diagnosisInstitutions(), made.staff(),
					made.engagements(), made.elapsed().toMillis() / 1000.0));
		history(request);
	}

	/** The request of the run the register holds (its scale and seed), to complete it. */
	private static SyntheticData.Request earlier(SyntheticData.Census census, SyntheticData.Request request) {
		return new SyntheticData.Request(SyntheticData.Scale.parse(census.lastScale().get()),
				census.lastSeed().orElse(request.seed()), false, request.allowInProduction());
	}

	/** The year of service history the ratings judge by: the register made here has no testing jobs or exams. */
	private void history(SyntheticData.Request request) {
		this.agencies.history(request)
			.ifPresentOrElse(SyntheticDataCommand::print,
					() -> System.out.println("Synthetic service history: none added (present already, or no agencies)"));
	}

	private static void print(SyntheticAgencies.History made) {
		System.out.printf("Synthetic service history %s to %s: %,d deliveries, %,d evaluations, %,d complaints, "
				+ "%,d penalties; report-quality draw %s: %,d drawn, %,d reviewed, %,d findings (%.1f s)%n", made.from(),
				made.to(), made.deliveries(), made.evaluations(), made.complaints(), made.penalties(), made.period(),
				made.drawn(), made.reviewed(), made.findings(), made.elapsed().toMillis() / 1000.0);
	}

	private static void print(SyntheticData.Summary summary) {
		double seconds = Math.max(0.001, summary.elapsed().toMillis() / 1000.0);
		StringBuilder out = new StringBuilder();
		out.append(String.format("%nSynthetic run %d done: scale %s, seed %d, %.1f s, %,d rows (%,.0f rows/s)%n",
				summary.run(), summary.scale().name().toLowerCase(java.util.Locale.ROOT), summary.seed(), seconds,
				summary.totalRows(), summary.totalRows() / seconds));
		out.append(String.format("  %-12s %14s %12s%n", "table", "rows", "size"));
		for (Map.Entry<String, Long> row : summary.rows().entrySet()) {
			out.append(String.format("  %-12s %,14d %12s%n", row.getKey(), row.getValue(),
					megabytes(summary.tableBytes().getOrDefault(row.getKey(), 0L))));
		}
		out.append(String.format("  %-12s %14s %12s%n", "database", "", megabytes(summary.databaseBytes())));
		System.out.println(out);
	}

	private static String megabytes(long bytes) {
		return String.format("%,.1f MB", bytes / 1024.0 / 1024.0);
	}

	private static String value(ApplicationArguments args, String option, String fallback) {
		return args.containsOption(option) && !args.getOptionValues(option).isEmpty()
				? args.getOptionValues(option).get(0) : fallback;
	}

}
