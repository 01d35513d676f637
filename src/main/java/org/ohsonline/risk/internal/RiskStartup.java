package org.ohsonline.risk.internal;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * At start, in every mode: a portrait for every employer of the register that has none (one registered
 * while the application was down, or by a bulk import that publishes no events), and a class for every
 * portrait without one. The standalone demo's facts and self-inspections are {@link DemoRisk}, a step
 * of the demo data that runs after the register and the other modules' demo data exist.
 */
@Component
@Order(40)
class RiskStartup implements ApplicationRunner {

	private final FullReclassification full;

	private final JdbcClient jdbc;

	RiskStartup(FullReclassification full, JdbcClient jdbc) {
		this.full = full;
		this.jdbc = jdbc;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (args.containsOption("generate-synthetic")) {
			return;
		}
		this.full.buildMissing();
		if (this.jdbc.sql("select exists (select 1 from risk.portrait where risk_class is null)").query(Boolean.class)
			.single()) {
			this.full.reclassifyAll("start-up");
		}
	}

}
