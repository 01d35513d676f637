package org.ohsonline.monitoring.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.ohsonline.monitoring.DeviceView;
import org.ohsonline.monitoring.Devices;
import org.ohsonline.reference.Oels;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.Page;
import org.ohsonline.shared.PageQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * A stand-in for the sensors of registered devices: every round, each device the settings name gets
 * the readings due since its last one ({@link SimulatedReadings}) and sends them as a real device
 * does — {@code POST /api/v1/monitoring/readings} with its own bearer token — so they go through
 * authentication, the checks, storage, exposure and alerts like any device's. A device named in
 * {@code tokens} sends with the token it was issued (commissioning: the token then moves to the sensor
 * unchanged); one matched by {@code devices} gets a token the simulator issues when it first sends for
 * it in this process (audited as {@code system:device-simulator}) — the demo's devices. A device whose
 * token stops working is left alone from then on. Used by the demo (devices {@code SIM-*}) and to
 * commission a device before its sensor is connected (README).
 */
@Component
class DeviceSimulator {

	static final String PATH = "/api/v1/monitoring/readings";

	private static final Logger log = LoggerFactory.getLogger(DeviceSimulator.class);

	private static final Actor SIMULATOR = Actor.system("device-simulator");

	private final Devices devices;

	private final Oels oels;

	private final SimulatorSettings settings;

	private final MonitoringSettings monitoring;

	private final SimulatedReadings model;

	private final Map<Long, String> tokens = new ConcurrentHashMap<>();

	private final Set<Long> replaced = ConcurrentHashMap.newKeySet();

	DeviceSimulator(Devices devices, Oels oels, SimulatorSettings settings, MonitoringSettings monitoring) {
		this.devices = devices;
		this.oels = oels;
		this.settings = settings;
		this.monitoring = monitoring;
		this.model = new SimulatedReadings(settings.seed(), settings.exceedancesPerDay());
	}

	/** What a round sent: devices, batches, and the readings the platform accepted, found duplicate or rejected. */
	record Round(int devices, int batches, long accepted, long duplicates, long rejected) {
	}

	/**
	 * One round at {@code now}: each simulated device sends what is due since its last reading (at most
	 * the backfill, never older than the platform accepts), through {@code client}, whose base address
	 * is the platform's.
	 */
	Round tick(Instant now, RestClient client) {
		Instant oldest = now.minus(min(this.settings.backfill(), this.monitoring.maxAge().minusMinutes(5)));
		int sent = 0;
		int batches = 0;
		long accepted = 0;
		long duplicates = 0;
		long rejected = 0;
		for (DeviceView device : simulated()) {
			Limits.Resolved limits = Limits.resolve(this.oels.limitsOf(device.hazardCode()), device.unit(),
					device.dustFraction());
			if (!limits.any() || this.replaced.contains(device.id())) {
				continue;
			}
			Instant from = device.lastMeasuredAt() == null || device.lastMeasuredAt().isBefore(oldest) ? oldest
					: device.lastMeasuredAt();
			SimulatedReadings.Device simulated = new SimulatedReadings.Device(device.code(),
					Units.DECIBELS.equals(device.unit()), device.samplingSeconds(), device.rangeMin(), device.rangeMax(),
					limits);
			String token = this.settings.tokenOf(device.code())
				.orElseGet(() -> this.tokens.computeIfAbsent(device.id(),
						id -> this.devices.issueToken(SIMULATOR, id).secret()));
			sent++;
			for (List<SimulatedReadings.Reading> batch : this.model.batches(simulated, from, now)) {
				try {
					Map<?, ?> answer = client.post()
						.uri(PATH)
						.contentType(MediaType.APPLICATION_JSON)
						.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
						.body(body(device, batch))
						.retrieve()
						.body(Map.class);
					batches++;
					accepted += number(answer, "accepted");
					duplicates += number(answer, "duplicates");
					rejected += number(answer, "rejected");
				}
				catch (HttpClientErrorException ex) {
					if (ex.getStatusCode().value() == HttpStatus.UNAUTHORIZED.value()) {
						this.replaced.add(device.id());
						this.tokens.remove(device.id());
						log.warn("Device {} refused the simulator's token (replaced, revoked or retired): the simulator "
								+ "stops sending for it", device.code());
					}
					else {
						log.warn("Device {}: the platform answered {} to a simulated batch", device.code(),
								ex.getStatusCode());
					}
					break;
				}
				catch (RestClientException ex) {
					log.warn("Device {}: simulated readings not sent ({}); the next round tries again", device.code(),
							ex.getMessage());
					break;
				}
			}
		}
		if (rejected > 0) {
			log.warn("Simulated readings rejected: {} (see the devices' rejection counts)", rejected);
		}
		return new Round(sent, batches, accepted, duplicates, rejected);
	}

	/** The active devices the settings name, by code. */
	private List<DeviceView> simulated() {
		Map<Long, DeviceView> found = new LinkedHashMap<>();
		List<String> patterns = new ArrayList<>(this.settings.devices());
		patterns.addAll(this.settings.tokenCodes());
		for (String pattern : patterns) {
			String q = pattern.endsWith("*") ? pattern.substring(0, pattern.length() - 1) : pattern;
			int page = 1;
			while (true) {
				Page<DeviceView> devices = this.devices.search(SIMULATOR, null, null, q.isBlank() ? null : q,
						PageQuery.of(page++, PageQuery.MAX_SIZE));
				devices.items()
					.stream()
					.filter(d -> "ACTIVE".equals(d.status()) && this.settings.simulates(d.code())
							&& !Units.WBGT.equals(d.unit()))
					.forEach(d -> found.putIfAbsent(d.id(), d));
				if (!devices.hasNext()) {
					break;
				}
			}
		}
		return new ArrayList<>(found.values());
	}

	private static Map<String, Object> body(DeviceView device, List<SimulatedReadings.Reading> batch) {
		List<Map<String, Object>> readings = new ArrayList<>(batch.size());
		for (SimulatedReadings.Reading r : batch) {
			readings.add(Map.of("t", r.at().toEpochMilli(), "v", r.value()));
		}
		return Map.of("device", device.code(), "unit", device.unit(), "readings", readings);
	}

	private static long number(Map<?, ?> answer, String key) {
		return answer != null && answer.get(key) instanceof Number n ? n.longValue() : 0;
	}

	private static Duration min(Duration a, Duration b) {
		return a.compareTo(b) <= 0 ? a : b;
	}

}
