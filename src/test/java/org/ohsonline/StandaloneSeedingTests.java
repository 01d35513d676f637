package org.ohsonline;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.ohsonline.shared.demo.DemoSeedStep;
import org.ohsonline.shared.demo.DemoSeeding;

import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The demo data's steps run in order after the demo logins, in the background while a server
 * listens, with a progress figure weighted by the steps, past a failing step, and stop cleanly when
 * the application shuts down.
 */
class StandaloneSeedingTests {

	private final List<String> ran = Collections.synchronizedList(new ArrayList<>());

	private final List<Integer> seen = Collections.synchronizedList(new ArrayList<>());

	@Test
	void runsTheStepsInOrderAndReportsWeightedProgress() {
		StandaloneSeeding[] seeding = new StandaloneSeeding[1];
		List<DemoSeedStep> steps = List.of(step(20, "b", 3, p -> {
			p.done(0.5);
			this.seen.add(seeding[0].progress().percent());
		}), step(10, "a", 1, p -> this.seen.add(seeding[0].progress().percent())));
		seeding[0] = seeding(steps, false, true);
		assertThat(seeding[0].progress().state()).as("before the start's runners").isEqualTo(DemoSeeding.State.PENDING);
		assertThat(seeding[0].progress().arriving()).isTrue();

		seeding[0].run(new DefaultApplicationArguments());

		assertThat(this.ran).containsExactly("a", "b");
		// a (weight 1) running: 0 %; b (weight 3) half done: (1 + 1.5) / 4 = 62.5 % → 62.
		assertThat(this.seen).containsExactly(0, 62);
		DemoSeeding.Progress done = seeding[0].progress();
		assertThat(done.state()).isEqualTo(DemoSeeding.State.DONE);
		assertThat(done.percent()).isEqualTo(100);
		assertThat(done.arriving()).isFalse();
		assertThat(done.failed()).isEmpty();
		assertThat(done.finishedAt()).isNotNull();
	}

	@Test
	void aFailingStepIsReportedAndTheOthersStillRun() {
		StandaloneSeeding seeding = seeding(List.of(step(10, "broken", 1, p -> {
			throw new IllegalStateException("no institution");
		}), step(20, "next", 1, p -> {
		})), false, true);

		seeding.run(new DefaultApplicationArguments());

		assertThat(this.ran).containsExactly("broken", "next");
		assertThat(seeding.progress().failed()).containsExactly("broken");
		assertThat(seeding.progress().state()).isEqualTo(DemoSeeding.State.DONE);
	}

	@Test
	void runsInTheBackgroundWhileAServerListensAndStopsAtTheNextCheckpointOnShutdown() throws Exception {
		CountDownLatch started = new CountDownLatch(1);
		StandaloneSeeding seeding = seeding(List.of(step(10, "long", 1, p -> {
			started.countDown();
			while (true) {
				p.checkpoint();
				Thread.onSpinWait();
			}
		}), step(20, "after", 1, p -> {
		})), true, true);

		seeding.run(new DefaultApplicationArguments());
		assertThat(started.await(10, TimeUnit.SECONDS)).as("the step runs on its own thread").isTrue();
		assertThat(seeding.progress().state()).isEqualTo(DemoSeeding.State.RUNNING);
		assertThat(seeding.progress().step()).isEqualTo("long");

		seeding.stop();

		assertThat(this.ran).containsExactly("long");
		await().atMost(java.time.Duration.ofSeconds(5))
			.untilAsserted(() -> assertThat(seeding.progress().state()).isEqualTo(DemoSeeding.State.DONE));
	}

	@Test
	void makesNothingForTheOneOffCommandsOrWhenTurnedOff() {
		StandaloneSeeding command = seeding(List.of(step(10, "a", 1, p -> {
		})), false, true);
		command.run(new DefaultApplicationArguments("--generate-synthetic", "--scale=tiny"));
		StandaloneSeeding off = seeding(List.of(step(10, "a", 1, p -> {
		})), false, false);
		off.run(new DefaultApplicationArguments());

		assertThat(this.ran).isEmpty();
		assertThat(command.progress().state()).isEqualTo(DemoSeeding.State.OFF);
		assertThat(off.progress().state()).isEqualTo(DemoSeeding.State.OFF);
		assertThat(off.progress().arriving()).isFalse();
	}

	private StandaloneSeeding seeding(List<DemoSeedStep> steps, boolean server, boolean enabled) {
		MockEnvironment environment = new MockEnvironment();
		if (server) {
			environment.setProperty("local.server.port", "18081");
		}
		DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
		for (int i = 0; i < steps.size(); i++) {
			beans.registerSingleton("step" + i, steps.get(i));
		}
		return new StandaloneSeeding(beans.getBeanProvider(DemoSeedStep.class), new StandaloneSettings(Path.of("target/seeding-test"), null, false, true, null),
				environment, Clock.systemUTC(), enabled, "tiny", true);
	}

	private DemoSeedStep step(int order, String label, int weight, java.util.function.Consumer<DemoSeedStep.Progress> body) {
		return new DemoSeedStep() {

			@Override
			public int order() {
				return order;
			}

			@Override
			public String labelKey() {
				return label;
			}

			@Override
			public int weight() {
				return weight;
			}

			@Override
			public void run(Progress progress) {
				StandaloneSeedingTests.this.ran.add(label);
				body.accept(progress);
			}

		};
	}

}
