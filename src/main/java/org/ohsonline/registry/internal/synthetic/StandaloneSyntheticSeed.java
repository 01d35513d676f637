package org.ohsonline.registry.internal.synthetic;

import java.util.concurrent.CancellationException;

import org.ohsonline.registry.SyntheticData;
import org.ohsonline.shared.demo.DemoSeedStep;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Standalone mode's register, the first step of the demo data: on the first start with an empty
 * register, the synthetic county (seed {@value #SEED}) so that every demo login sees real-looking
 * data. Tests set {@code ohs.demo.synthetic-scale=tiny}; {@code none} turns the demo data off. One
 * transaction: a start stopped halfway leaves nothing, and the next start generates it again.
 */
@Component
class StandaloneSyntheticSeed implements DemoSeedStep {

	static final long SEED = 7;

	private static final Logger log = LoggerFactory.getLogger(StandaloneSyntheticSeed.class);

	private final SyntheticData synthetic;

	private final String scale;

	StandaloneSyntheticSeed(SyntheticData synthetic, @Value("${ohs.demo.synthetic-scale:county}") String scale) {
		this.synthetic = synthetic;
		this.scale = scale;
	}

	@Override
	public int order() {
		return 10;
	}

	@Override
	public String labelKey() {
		return "demo.step.register";
	}

	@Override
	public int weight() {
		return 30;
	}

	@Override
	public void run(Progress progress) {
		SyntheticData.Census census = this.synthetic.census();
		if (census.employers() > 0 || census.lastScale().isPresent()) {
			return;
		}
		SyntheticData.Scale chosen = SyntheticData.Scale.parse(this.scale);
		try {
			SyntheticData.Summary summary = this.synthetic.generate(new SyntheticData.Request(chosen, SEED, false, false),
					written -> {
						log.info("Synthetic demo register: {} employers, {} workers written", written.employers(),
								written.workers());
						progress.done((double) written.employers() / chosen.employers());
					});
			log.info("Synthetic demo register ({} scale, seed {}) written in {} s: {}", chosen, SEED,
					summary.elapsed().toSeconds(), summary.rows());
		}
		catch (CancellationException ex) {
			throw ex;
		}
		catch (IllegalStateException ex) {
			// A register that already holds real data stays as it is.
			log.info("No synthetic demo register: {}", ex.getMessage());
		}
	}

}
