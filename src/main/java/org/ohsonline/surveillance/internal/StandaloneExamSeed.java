package org.ohsonline.surveillance.internal;

import org.ohsonline.agency.SyntheticAgencies;
import org.ohsonline.registry.SyntheticData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Standalone mode's exams: after the synthetic register (order 20) and its agencies (21), exams for
 * the demo employer and the first employers of the region, so the demo logins see exams, audiograms
 * over several years, exams due and tasks. Never in production, never without a synthetic register,
 * never twice.
 */
@Component
@Order(22)
class StandaloneExamSeed implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(StandaloneExamSeed.class);

	private final SyntheticData register;

	private final SyntheticAgencies agencies;

	private final SyntheticExams exams;

	private final JdbcClient jdbc;

	private final boolean enabled;

	private final String scale;

	StandaloneExamSeed(SyntheticData register, SyntheticAgencies agencies, SyntheticExams exams, JdbcClient jdbc,
			@Value("${ohs.demo.enabled:false}") boolean enabled, @Value("${ohs.demo.synthetic-scale:county}") String scale) {
		this.register = register;
		this.agencies = agencies;
		this.exams = exams;
		this.jdbc = jdbc;
		this.enabled = enabled;
		this.scale = scale;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.enabled || this.scale.isBlank() || "none".equalsIgnoreCase(this.scale)
				|| args.containsOption("generate-synthetic") || this.agencies.census() == 0) {
			return;
		}
		long existing = this.jdbc.sql("select count(*) from surveillance.exam where synthetic").query(Long.class).single();
		SyntheticData.Census census = this.register.census();
		if (existing > 0 || census.lastScale().isEmpty() || census.lastSeed().isEmpty()) {
			return;
		}
		SyntheticData.Scale chosen = SyntheticData.Scale.parse(census.lastScale().get());
		boolean tiny = chosen == SyntheticData.Scale.TINY;
		SyntheticExams.Summary summary;
		try {
			summary = this.exams.generate(chosen.regionCode(), census.lastSeed().get(), tiny ? 6 : 120, tiny ? 8 : 40);
		}
		catch (RuntimeException ex) {
			// The demo still serves everything else; the log says what went wrong.
			log.error("Synthetic demo exams failed", ex);
			return;
		}
		log.info("Synthetic demo exams ({} scale, seed {}): {} employers, {} exams, {} skipped", chosen,
				census.lastSeed().get(), summary.employers(), summary.exams(), summary.skipped());
	}

}
