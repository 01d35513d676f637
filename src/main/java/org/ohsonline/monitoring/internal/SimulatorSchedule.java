package org.ohsonline.monitoring.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * Runs the device simulator every {@code ohs.monitoring.simulator.interval} once the application is
 * ready, when it is enabled and a server is listening (it sends through this instance's own HTTP
 * API, or the address the settings name). One thread of its own, so a long first round (the
 * backfill) delays no scheduled job.
 */
@Component
class SimulatorSchedule implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(SimulatorSchedule.class);

	private final DeviceSimulator simulator;

	private final SimulatorSettings settings;

	private final Environment environment;

	private final Clock clock;

	private ScheduledExecutorService executor;

	SimulatorSchedule(DeviceSimulator simulator, SimulatorSettings settings, Environment environment, Clock clock) {
		this.simulator = simulator;
		this.settings = settings;
		this.environment = environment;
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	void start() {
		String port = this.environment.getProperty("local.server.port");
		if (!this.settings.enabled() || (port == null && blank(this.settings.url()))) {
			return;
		}
		String base = blank(this.settings.url()) ? localAddress(port) : this.settings.url().replaceAll("/+$", "");
		SimpleClientHttpRequestFactory requests = new SimpleClientHttpRequestFactory();
		requests.setConnectTimeout(Duration.ofSeconds(5));
		requests.setReadTimeout(Duration.ofSeconds(60));
		RestClient client = RestClient.builder().baseUrl(base).requestFactory(requests).build();
		this.executor = Executors.newSingleThreadScheduledExecutor(r -> {
			Thread thread = new Thread(r, "device-simulator");
			thread.setDaemon(true);
			return thread;
		});
		long interval = this.settings.interval().toMillis();
		this.executor.scheduleWithFixedDelay(() -> round(client), Math.min(interval, 5_000), interval,
				TimeUnit.MILLISECONDS);
		log.info("Device simulator: devices {} send to {}{} every {} s (ohs.monitoring.simulator.*)",
				this.settings.devices(), base, DeviceSimulator.PATH, this.settings.interval().toSeconds());
	}

	private void round(RestClient client) {
		try {
			DeviceSimulator.Round round = this.simulator.tick(this.clock.instant(), client);
			if (round.batches() > round.devices()) {
				// A round that caught up on more than one interval (the first after a start): worth a line.
				log.info("Device simulator: {} devices, {} batches, {} readings accepted, {} duplicate, {} rejected",
						round.devices(), round.batches(), round.accepted(), round.duplicates(), round.rejected());
			}
		}
		catch (RuntimeException ex) {
			// A round that fails (the database restarting, shutdown under way) is tried again next time.
			log.warn("Device simulator round failed: {}", ex.toString());
		}
	}

	/** This instance: its bind address unless it listens on every interface, then the loopback. */
	private String localAddress(String port) {
		String host = this.environment.getProperty("server.address", "127.0.0.1");
		if (host.isBlank() || "0.0.0.0".equals(host) || "::".equals(host)) {
			host = "127.0.0.1";
		}
		if (host.contains(":")) {
			host = "[" + host + "]";
		}
		return "http://" + host + ":" + port + this.environment.getProperty("server.servlet.context-path", "");
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	@Override
	public void destroy() throws InterruptedException {
		if (this.executor != null) {
			this.executor.shutdownNow();
			this.executor.awaitTermination(10, TimeUnit.SECONDS);
		}
	}

}
