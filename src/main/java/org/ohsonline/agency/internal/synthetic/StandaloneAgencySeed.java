package org.ohsonline.agency.internal.synthetic;

import org.ohsonline.agency.Engagements;
import org.ohsonline.agency.SyntheticAgencies;
import org.ohsonline.registry.SyntheticData;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.demo.DemoSeedStep;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Standalone mode's agencies, the demo data's step after the register: the agencies and institutions
 * of the same scale and seed, so that the demo {@code agency} and {@code institution} logins have
 * their organisations, and the register's grants for the engagements written in bulk. Also fills them
 * in on a demo data directory seeded before this module existed. Never without a synthetic register.
 */
@Component
class StandaloneAgencySeed implements DemoSeedStep {

	private static final Logger log = LoggerFactory.getLogger(StandaloneAgencySeed.class);

	private final SyntheticData register;

	private final SyntheticAgencies agencies;

	private final Engagements engagements;

	StandaloneAgencySeed(SyntheticData register, SyntheticAgencies agencies, Engagements engagements) {
		this.register = register;
		this.agencies = agencies;
		this.engagements = engagements;
	}

	@Override
	public int order() {
		return 20;
	}

	@Override
	public String labelKey() {
		return "demo.step.agencies";
	}

	@Override
	public int weight() {
		return 3;
	}

	@Override
	public void run(Progress progress) {
		if (this.agencies.census() > 0) {
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
		progress.done(0.8);
		// The engagements were written in bulk: open their employers to the organisations as any accepted one does.
		this.engagements.reconcileGrants(Actor.system("agency-engagements"));
	}

}
