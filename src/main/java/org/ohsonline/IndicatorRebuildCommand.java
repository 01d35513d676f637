package org.ohsonline;

import org.ohsonline.indicators.Indicators;
import org.ohsonline.indicators.RebuildReport;
import org.ohsonline.shared.Actor;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The documented one-off command that rebuilds the indicator read models from the modules' data, prints what it
 * found different from the event-fed rows, and exits (docs/indicators.md):
 * {@code java -jar ohs-online.jar --rebuild-indicators}. Exit code 0 when nothing differed, 3 when rows differed
 * (they are corrected), 2 on failure.
 */
@Component
@Order(13)
class IndicatorRebuildCommand implements ApplicationRunner {

	static final String OPTION = "rebuild-indicators";

	private final Indicators indicators;

	private final ConfigurableApplicationContext context;

	IndicatorRebuildCommand(Indicators indicators, ConfigurableApplicationContext context) {
		this.indicators = indicators;
		this.context = context;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!args.containsOption(OPTION)) {
			return;
		}
		int exitCode;
		try {
			RebuildReport report = this.indicators.rebuild(Actor.system("rebuild-indicators"));
			System.out.printf("%nIndicator read models rebuilt (run %d): %,d employers, %,d rows, %,d differences, %.1f s%n",
					report.runId(), report.employers(), report.rows(), report.differences(),
					java.time.Duration.between(report.startedAt(), report.finishedAt()).toMillis() / 1000.0);
			report.sample().forEach(line -> System.out.println("  " + line));
			exitCode = report.differences() == 0 ? 0 : 3;
		}
		catch (RuntimeException ex) {
			System.err.println("Indicator read models not rebuilt: " + ex.getMessage());
			exitCode = 2;
		}
		int code = exitCode;
		System.exit(SpringApplication.exit(this.context, () -> code));
	}

}
