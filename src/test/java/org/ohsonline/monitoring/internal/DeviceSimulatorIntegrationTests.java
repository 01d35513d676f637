package org.ohsonline.monitoring.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.ohsonline.IntegrationTest;
import org.ohsonline.monitoring.DeviceCommand;
import org.ohsonline.monitoring.DeviceView;
import org.ohsonline.monitoring.Devices;
import org.ohsonline.reference.Oels;
import org.ohsonline.shared.Actor;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.client.MockMvcClientHttpRequestFactory;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The simulator sends through the real ingestion path — {@code POST /api/v1/monitoring/readings}
 * with the device's own bearer token, the security chain, the checks, storage, exposure — and an
 * exceeding episode raises an alert. Driven by explicit rounds at fixed instants (MockMvc answers
 * within the call), not by its schedule: no waiting.
 */
@IntegrationTest
class DeviceSimulatorIntegrationTests {

	private static final Actor SYSTEM = Actor.system("simulator-test");

	@Autowired
	Devices devices;

	@Autowired
	Oels oels;

	@Autowired
	MonitoringSettings monitoring;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Test
	void theSimulatorsReadingsArriveThroughIngestionWithTheDevicesTokenAndAnEpisodeRaisesAnAlert() {
		// A post of the synthetic register with noise (L_EX,8h limit 85 dB(A)).
		Map<String, Object> post = this.jdbc.sql("""
				select p.id as post, p.employer_id as employer from registry.post p
				join registry.post_hazard h on h.post_id = p.id and h.hazard_code = '3008'
				join registry.employer e on e.id = p.employer_id and e.synthetic and e.status = 'IN_PRODUCTION'
				order by e.name, p.id limit 1""").query().singleRow();
		Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		String code = codeWithAnEpisodeIn(now.minus(Duration.ofDays(3)).plus(Duration.ofHours(1)),
				now.minus(Duration.ofMinutes(10)));
		DeviceView device = this.devices.register(SYSTEM, new DeviceCommand(code, "噪声在线监测仪（模拟，测试）",
				((Number) post.get("employer")).longValue(), ((Number) post.get("post")).longValue(), "3008", "dB(A)", null,
				60, 30.0, 140.0, LocalDate.now().plusMonths(6), null, null, null));
		DeviceSimulator simulator = new DeviceSimulator(this.devices, this.oels,
				new SimulatorSettings(true, List.of(code), List.of(), Duration.ofSeconds(60), Duration.ofDays(3), 0.4, 7, null),
				this.monitoring);
		RestClient client = RestClient.builder()
			.baseUrl("http://localhost")
			.requestFactory(new MockMvcClientHttpRequestFactory(this.mvc))
			.build();

		DeviceSimulator.Round first = simulator.tick(now, client);

		// Three days of one reading a minute, in batches that end at each hour and episode.
		assertThat(first.devices()).isEqualTo(1);
		assertThat(first.accepted()).isEqualTo(3 * 24 * 60);
		assertThat(first.rejected()).isZero();
		assertThat(first.batches()).isGreaterThanOrEqualTo(72);
		DeviceView after = this.devices.find(SYSTEM, device.id());
		assertThat(after.lastMeasuredAt()).isEqualTo(now.truncatedTo(ChronoUnit.MINUTES));
		assertThat(after.tokenHint()).as("the simulator issued the device its own token").isNotNull();
		assertThat(this.jdbc.sql("""
				select count(*) from audit.entry where action = 'monitoring.device.token-issued'
				and target_id = :id and actor_name like '%device-simulator%'""")
			.param("id", String.valueOf(device.id()))
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(this.jdbc.sql("select kind from monitoring.alert where device_id = :d")
			.param("d", device.id())
			.query(String.class)
			.list()).as("the episode lifted the rolling L_EX,8h above 85 dB(A)").containsExactly("NOISE");

		// The next round, a minute on, sends only the minute that passed.
		DeviceSimulator.Round next = simulator.tick(now.plusSeconds(60), client);
		assertThat(next.accepted()).isEqualTo(1);
		assertThat(next.duplicates()).isZero();
		assertThat(this.jdbc.sql("select count(*) from monitoring.reading where device_id = :d")
			.param("d", device.id())
			.query(Long.class)
			.single()).isEqualTo(3 * 24 * 60 + 1);
	}

	@Test
	void commissioningSendsWithTheDevicesOwnTokenAndStopsOnceTheSensorHasANewOne() {
		Map<String, Object> post = this.jdbc.sql("""
				select p.id as post, p.employer_id as employer from registry.post p
				join registry.post_hazard h on h.post_id = p.id and h.hazard_code = '3008'
				join registry.employer e on e.id = p.employer_id and e.synthetic
				order by e.name desc, p.id limit 1""").query().singleRow();
		String code = "COMM-" + System.nanoTime() % 1_000_000;
		DeviceView device = this.devices.register(SYSTEM, new DeviceCommand(code, "噪声在线监测仪（模拟，调试）",
				((Number) post.get("employer")).longValue(), ((Number) post.get("post")).longValue(), "3008", "dB(A)", null,
				60, 30.0, 140.0, LocalDate.now().plusMonths(6), null, null, null));
		// The operator issued the device its token and gives it to the simulator, not to a sensor yet.
		String token = this.devices.issueToken(SYSTEM, device.id()).secret();
		DeviceSimulator simulator = new DeviceSimulator(this.devices, this.oels, new SimulatorSettings(true, List.of(),
				List.of(code + ":" + token), Duration.ofSeconds(60), Duration.ofHours(1), 0.4, 7, null), this.monitoring);
		RestClient client = RestClient.builder()
			.baseUrl("http://localhost")
			.requestFactory(new MockMvcClientHttpRequestFactory(this.mvc))
			.build();
		Instant now = Instant.now();

		assertThat(simulator.tick(now, client).accepted()).isEqualTo(60);
		assertThat(this.devices.find(SYSTEM, device.id()).tokenHint()).as("the same token, none issued by the simulator")
			.isEqualTo(DeviceDirectory.hint(token));

		// The sensor gets a token of its own: the simulator's is refused and it stops sending for the device.
		this.devices.issueToken(SYSTEM, device.id());
		DeviceSimulator.Round refused = simulator.tick(now.plusSeconds(120), client);
		DeviceSimulator.Round after = simulator.tick(now.plusSeconds(240), client);

		assertThat(refused.accepted()).isZero();
		assertThat(after.devices()).isZero();
	}

	/** A device code whose simulated noise has an episode wholly inside the window (the schedule is fixed). */
	private static String codeWithAnEpisodeIn(Instant from, Instant to) {
		SimulatedReadings model = new SimulatedReadings(7, 0.4);
		for (int n = 0; n < 1000; n++) {
			String code = "SIMT-" + n;
			SimulatedReadings.Device probe = new SimulatedReadings.Device(code, true, 60, 30, 140,
					new Limits.Resolved(null, 85.0, null, false));
			if (model.episodes(probe, from, to).stream().anyMatch(e -> e.from().isAfter(from) && e.to().isBefore(to))) {
				return code;
			}
		}
		throw new IllegalStateException("no code with an episode in the window");
	}

}
