package org.ohsonline;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CancellationException;

import org.ohsonline.shared.demo.DemoSeedStep;
import org.ohsonline.shared.demo.DemoSeeding;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Standalone mode's demo data, made once the demo logins exist (iam's demo users run at order 5):
 * the steps modules contribute ({@link DemoSeedStep}), one after another on one thread. When a
 * server is listening the steps run in the background, so the banner with the logins comes at once
 * and pages say that data is still arriving ({@link DemoSeeding#progress()}). Without a server, or
 * on an ephemeral database (the tests), they finish before start-up does, so whoever comes next
 * finds the data in place. Never in production ({@code ohs.demo.enabled=false}) nor for the
 * one-off commands.
 */
@Component
@Order(15)
class StandaloneSeeding implements ApplicationRunner, DemoSeeding, SmartLifecycle, DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(StandaloneSeeding.class);

	/** How long shutting down waits for a running step to notice and roll back. */
	private static final Duration STOP_WAIT = Duration.ofSeconds(30);

	/** Resolved when the seeding runs: the steps reach much of the context, which must not wait for them. */
	private final ObjectProvider<DemoSeedStep> stepBeans;

	private List<DemoSeedStep> steps = List.of();

	private int totalWeight = 1;

	private final StandaloneSettings settings;

	private final Environment environment;

	private final Clock clock;

	private final boolean enabled;

	private final boolean background;

	private volatile Progress progress;

	private volatile boolean stopping;

	private volatile Thread worker;

	StandaloneSeeding(ObjectProvider<DemoSeedStep> steps, StandaloneSettings settings, Environment environment, Clock clock,
			@Value("${ohs.demo.enabled:false}") boolean enabled,
			@Value("${ohs.demo.synthetic-scale:county}") String scale,
			@Value("${ohs.demo.background:true}") boolean background) {
		this.stepBeans = steps;
		this.settings = settings;
		this.environment = environment;
		this.clock = clock;
		this.enabled = enabled && !scale.isBlank() && !"none".equalsIgnoreCase(scale.trim());
		this.background = background;
		this.progress = this.enabled ? new Progress(State.PENDING, 0, null, 0, 0, List.of(), null, null) : Progress.off();
	}

	@Override
	public Progress progress() {
		return this.progress;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.enabled || SyntheticDataCommand.requested(args.getSourceArgs())
				|| AdministratorBootstrap.requested(args.getSourceArgs())) {
			this.progress = Progress.off();
			return;
		}
		this.steps = this.stepBeans.orderedStream().sorted(Comparator.comparingInt(DemoSeedStep::order)).toList();
		this.totalWeight = Math.max(1, this.steps.stream().mapToInt(s -> Math.max(1, s.weight())).sum());
		this.progress = new Progress(State.PENDING, 0, null, 0, this.steps.size(), List.of(), null, null);
		if (inBackground()) {
			Thread thread = new Thread(this::runSteps, "demo-seeding");
			thread.setDaemon(true);
			this.worker = thread;
			thread.start();
		}
		else {
			runSteps();
		}
	}

	/** In the background only where someone may log in meanwhile: a listening server, a kept database. */
	boolean inBackground() {
		return this.background && !this.settings.ephemeral() && this.environment.getProperty("local.server.port") != null;
	}

	void runSteps() {
		Instant started = Instant.now(this.clock);
		List<String> failed = new ArrayList<>();
		int doneWeight = 0;
		log.info("Demo data: {} steps{}", this.steps.size(), Thread.currentThread() == this.worker
				? " in the background; the demo logins work meanwhile" : "");
		for (int i = 0; i < this.steps.size(); i++) {
			DemoSeedStep step = this.steps.get(i);
			if (this.stopping) {
				break;
			}
			int before = doneWeight;
			int weight = Math.max(1, step.weight());
			int index = i;
			this.progress = new Progress(State.RUNNING, percent(before), step.labelKey(), i, this.steps.size(), failed,
					started, null);
			Instant stepStarted = Instant.now(this.clock);
			try {
				step.run(new StepProgress(fraction -> this.progress = new Progress(State.RUNNING,
						percent(before + weight * Math.min(1, Math.max(0, fraction))), step.labelKey(), index,
						this.steps.size(), failed, started, null)));
				log.info("Demo data step {} ({}/{}) done in {} ms", step.labelKey(), i + 1, this.steps.size(),
						Duration.between(stepStarted, Instant.now(this.clock)).toMillis());
			}
			catch (CancellationException ex) {
				log.info("Demo data step {} stopped: the application is shutting down", step.labelKey());
				break;
			}
			catch (RuntimeException ex) {
				// Demo data never stops the application; the other steps may still have something to show.
				if (this.stopping) {
					log.info("Demo data step {} stopped by the shutdown: {}", step.labelKey(), ex.getMessage());
					break;
				}
				failed.add(step.labelKey());
				log.error("Demo data step {} failed", step.labelKey(), ex);
			}
			doneWeight += weight;
		}
		Instant finished = Instant.now(this.clock);
		this.progress = new Progress(State.DONE, 100, null, this.steps.size(), this.steps.size(), failed, started,
				finished);
		if (!this.stopping) {
			log.info("Demo data complete in {} s ({} steps{})", Duration.between(started, finished).toSeconds(),
					this.steps.size(), failed.isEmpty() ? "" : "; failed: " + failed);
		}
	}

	private int percent(double weight) {
		return (int) Math.floor(100 * weight / this.totalWeight);
	}

	/**
	 * Stops a background run at its next checkpoint and waits for its transaction to roll back: first
	 * of everything at shutdown (the highest phase), while the server, the event registry and the
	 * database are still there for the step's last statement.
	 */
	@Override
	public void stop() {
		this.stopping = true;
		Thread thread = this.worker;
		if (thread != null && thread.isAlive()) {
			log.info("Stopping the demo data at its next checkpoint");
			try {
				thread.join(STOP_WAIT.toMillis());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	@Override
	public void start() {
		// Nothing: the steps start with the application's runners, once the demo logins exist.
	}

	@Override
	public boolean isRunning() {
		return !this.stopping;
	}

	@Override
	public int getPhase() {
		return Integer.MAX_VALUE;
	}

	/** A context closed before its lifecycle started (a failed start) still stops the steps. */
	@Override
	public void destroy() {
		stop();
	}

	/** A step's report; throws once the application is shutting down, so the step rolls back and ends. */
	private final class StepProgress implements DemoSeedStep.Progress {

		private final java.util.function.DoubleConsumer report;

		StepProgress(java.util.function.DoubleConsumer report) {
			this.report = report;
		}

		@Override
		public void done(double fraction) {
			checkpoint();
			this.report.accept(fraction);
		}

		@Override
		public void checkpoint() {
			if (StandaloneSeeding.this.stopping) {
				throw new CancellationException("The application is shutting down");
			}
		}

	}

}
