package org.ohsonline.agency.internal.synthetic;

import org.ohsonline.agency.SyntheticAgencies;
import org.ohsonline.registry.SyntheticData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Standalone mode's agencies: right after the synthetic register is seeded (order 20), the agencies
 * and institutions of the same scale and seed, so that the demo {@code agency} and
 * {@code institution} logins have their organisations. Also fills them in on a demo data directory
 * seeded before this module existed. Never in production, never without a synthetic register.
 */
@Component
@Order(21)
class StandaloneAgencySeed implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(StandaloneAgencySeed.class);

	private final SyntheticData register;

	private final SyntheticAgencies agencies;

	private final boolean enabled;

	private final String scale;

	StandaloneAgencySeed(SyntheticData register, SyntheticAgencies agencies,
			@Value("${ohs.demo.enabled:false}") boolean enabled, @Value("${ohs.demo.synthetic-scale:county}") String scale) {
		this.register = register;
		this.agencies = agencies;
		this.enabled = enabled;
		this.scale = scale;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.enabled || this.scale.isBlank() || "none".equalsIgnoreCase(this.scale)
				|| args.containsOption("generate-synthetic") || this.agencies.census() > 0) {
			return;
		}
		SyntheticData.Census census = this.register.census();
		if (census.lastScale().isEmpty() || census.lastSeed().isEmpty()) {
			return;
		}
		SyntheticData.Scale chosen = SyntheticData.Scale.parse(census.lastScale().get());
		this.agencies.generate(new SyntheticData.Request(chosen, census.lastSeed().get(), false, false))
			.ifPresent(summary -> log.info("Synthetic demo agencies ({} scale, seed {}): {}", chosen,
					census.lastSeed().get(), summary));
	}

}
