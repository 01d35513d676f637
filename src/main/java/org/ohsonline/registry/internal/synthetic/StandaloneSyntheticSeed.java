package org.ohsonline.registry.internal.synthetic;

import org.ohsonline.registry.SyntheticData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Standalone mode's register: on the first start with an empty register, the synthetic county
 * (seed {@value #SEED}) so that every demo login sees real-looking data. Tests set
 * {@code ohs.demo.synthetic-scale=tiny}; {@code none} turns it off. Never in production
 * ({@code ohs.demo.enabled=false}), and not when the start is the explicit generation command.
 */
@Component
@Order(20)
class StandaloneSyntheticSeed implements ApplicationRunner {

	static final long SEED = 7;

	private static final Logger log = LoggerFactory.getLogger(StandaloneSyntheticSeed.class);

	private final SyntheticData synthetic;

	private final boolean enabled;

	private final String scale;

	StandaloneSyntheticSeed(SyntheticData synthetic, @Value("${ohs.demo.enabled:false}") boolean enabled,
			@Value("${ohs.demo.synthetic-scale:county}") String scale) {
		this.synthetic = synthetic;
		this.enabled = enabled;
		this.scale = scale;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.enabled || this.scale.isBlank() || "none".equalsIgnoreCase(this.scale)
				|| args.containsOption("generate-synthetic")) {
			return;
		}
		SyntheticData.Census census = this.synthetic.census();
		if (census.employers() > 0 || census.lastScale().isPresent()) {
			return;
		}
		SyntheticData.Scale chosen = SyntheticData.Scale.parse(this.scale);
		try {
			SyntheticData.Summary summary = this.synthetic.generate(new SyntheticData.Request(chosen, SEED, false, false),
					progress -> log.info("Synthetic demo register: {} employers, {} workers written", progress.employers(),
							progress.workers()));
			log.info("Synthetic demo register ({} scale, seed {}) written in {} s: {}", chosen, SEED,
					summary.elapsed().toSeconds(), summary.rows());
		}
		catch (IllegalStateException ex) {
			// A register that already holds real data stays as it is.
			log.info("No synthetic demo register: {}", ex.getMessage());
		}
	}

}
