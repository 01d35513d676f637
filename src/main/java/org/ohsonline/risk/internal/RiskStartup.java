package org.ohsonline.risk.internal;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * At start, in every mode: a portrait for every employer of the register that has none (one registered
 * while the application was down, or by a bulk import that publishes no events), the counts of findings of
 * every portrait never gathered, and a class for every portrait without one or whose counts changed
 * ({@link FullReclassification#build}); after the testing clocks' synchronisation and the initial declarations'
 * reconciliation (orders 40 and 41), whose clocks it counts. The standalone demo's facts and self-inspections are {@link DemoRisk},
 * a step of the demo data that runs after the register and the other modules' demo data exist.
 */
@Component
@Order(42)
class RiskStartup implements ApplicationRunner {

	private final FullReclassification full;

	RiskStartup(FullReclassification full) {
		this.full = full;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (args.containsOption("generate-synthetic")) {
			return;
		}
		this.full.build("start-up");
	}

}
