package org.ohsonline.monitoring.mqtt;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.eclipse.paho.mqttv5.client.MqttClient;
import org.eclipse.paho.mqttv5.client.MqttConnectionOptions;
import org.eclipse.paho.mqttv5.client.persist.MemoryPersistence;
import org.eclipse.paho.mqttv5.common.MqttMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.ohsonline.IntegrationTest;
import org.ohsonline.monitoring.DeviceView;
import org.ohsonline.monitoring.Devices;
import org.ohsonline.monitoring.MonitoringFixtures;
import org.ohsonline.monitoring.RejectionReason;
import org.ohsonline.monitoring.internal.Ingestion;
import org.ohsonline.registry.Employers;
import org.ohsonline.registry.Workers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The MQTT path end to end: a device client publishes to a real Mosquitto, the platform's Paho
 * connections (two, in one shared-subscription group) take the messages and store them through
 * the same ingestion as HTTP; rejections come back on the outcomes topic and are counted.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MqttIngestionIntegrationTests {

	@Autowired
	Ingestion ingestion;

	@Autowired
	Employers employers;

	@Autowired
	Workers workers;

	@Autowired
	Devices devices;

	@Autowired
	JdbcClient jdbc;

	MosquittoBroker broker;

	MqttIngestion platform;

	MqttClient device;

	DeviceView benzene;

	final BlockingQueue<String> outcomes = new LinkedBlockingQueue<>();

	@BeforeAll
	void startBroker() throws Exception {
		this.broker = MosquittoBroker.start();
		this.platform = new MqttIngestion(this.ingestion, new MqttSettings(this.broker.url(), null, null,
				"ohs/v1/devices", "ohs-ingest", 2, "ohs-test-" + UUID.randomUUID().toString().substring(0, 8)),
				new org.springframework.mock.env.MockEnvironment());
		this.platform.start();
	}

	@AfterAll
	void stopBroker() throws Exception {
		if (this.platform != null) {
			this.platform.stop();
		}
		if (this.broker != null) {
			this.broker.close();
		}
	}

	@BeforeEach
	void connectDevice() throws Exception {
		MonitoringFixtures fixtures = new MonitoringFixtures(this.employers, this.workers, this.devices);
		this.benzene = fixtures.device(fixtures.site(), "2013", "mg/m³", 60, 500);
		this.device = new MqttClient(this.broker.url(), "device-" + this.benzene.code(), new MemoryPersistence());
		MqttConnectionOptions options = new MqttConnectionOptions();
		options.setCleanStart(true);
		this.device.connect(options);
		this.outcomes.clear();
		this.device.subscribe("ohs/v1/devices/+/outcomes", 1);
		this.device.setCallback(new org.eclipse.paho.mqttv5.client.MqttCallback() {
			@Override
			public void messageArrived(String topic, MqttMessage message) {
				MqttIngestionIntegrationTests.this.outcomes
					.add(topic + " " + new String(message.getPayload(), StandardCharsets.UTF_8));
			}

			@Override
			public void disconnected(org.eclipse.paho.mqttv5.client.MqttDisconnectResponse response) {
			}

			@Override
			public void mqttErrorOccurred(org.eclipse.paho.mqttv5.common.MqttException exception) {
			}

			@Override
			public void deliveryComplete(org.eclipse.paho.mqttv5.client.IMqttToken token) {
			}

			@Override
			public void connectComplete(boolean reconnect, String serverURI) {
			}

			@Override
			public void authPacketArrived(int reasonCode, org.eclipse.paho.mqttv5.common.packet.MqttProperties properties) {
			}
		});
	}

	@AfterEach
	void disconnectDevice() throws Exception {
		this.device.disconnect();
		this.device.close();
	}

	void publish(String code, String payload) throws Exception {
		DevicePublishing.publish(this.device, "ohs/v1/devices/" + code + "/readings", payload);
	}

	long stored(DeviceView device) {
		return this.jdbc.sql("select count(*) from monitoring.reading where device_id = :d")
			.param("d", device.id())
			.query(Long.class)
			.single();
	}

	long rejected(String code, RejectionReason reason) {
		return this.jdbc.sql("select coalesce(sum(count), 0) from monitoring.rejection_count where device_code = :c and reason = :r")
			.param("c", code)
			.param("r", reason.name())
			.query(Long.class)
			.single();
	}

	static void await(BooleanSupplier condition) throws InterruptedException {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
		while (!condition.getAsBoolean()) {
			assertThat(Instant.now()).as("condition not met in 20 s").isBefore(deadline);
			Thread.sleep(50);
		}
	}

	@Test
	void readingsPublishedByADeviceAreStoredOnceAcrossTheSharedSubscription() throws Exception {
		Instant start = Instant.now().truncatedTo(ChronoUnit.MINUTES).minus(40, ChronoUnit.MINUTES);
		for (int i = 0; i < 40; i++) {
			publish(this.benzene.code(), "{\"unit\":\"mg/m³\",\"readings\":[{\"t\":\"" + start.plus(i, ChronoUnit.MINUTES)
					+ "\",\"v\":2}]}");
		}
		await(() -> stored(this.benzene) == 40);
		// the same message again changes nothing (idempotent on device + timestamp)
		publish(this.benzene.code(), "{\"unit\":\"mg/m³\",\"readings\":[{\"t\":\"" + start + "\",\"v\":2}]}");
		Thread.sleep(500);
		assertThat(stored(this.benzene)).isEqualTo(40);
		List<Long> perConnection = this.platform.receivedPerConnection();
		assertThat(perConnection).hasSize(2).allSatisfy(n -> assertThat(n).as("both connections shared the load").isPositive());
		// 40 minutes at 2 mg/m³: TWA = 40 × 2 × 60 / 28,800 = 0.1667
		assertThat(this.devices.find(MonitoringFixtures.GONGSHU, this.benzene.id()).exposure())
			.isCloseTo(0.16667, org.assertj.core.api.Assertions.within(1e-5));
	}

	@Test
	void rejectionsComeBackOnTheOutcomesTopicAndAreCounted() throws Exception {
		publish(this.benzene.code(), "not json at all");
		String malformed = this.outcomes.poll(20, TimeUnit.SECONDS);
		assertThat(malformed).startsWith("ohs/v1/devices/" + this.benzene.code() + "/outcomes")
			.contains("\"reason\":\"malformed-payload\"");
		assertThat(rejected(this.benzene.code(), RejectionReason.MALFORMED_PAYLOAD)).isEqualTo(1);

		publish(this.benzene.code(), "{\"unit\":\"dB(A)\",\"readings\":[{\"t\":\"" + Instant.now() + "\",\"v\":2}]}");
		assertThat(this.outcomes.poll(20, TimeUnit.SECONDS)).contains("\"reason\":\"unit-mismatch\"");
		assertThat(rejected(this.benzene.code(), RejectionReason.UNIT_MISMATCH)).isEqualTo(1);

		String stranger = MonitoringFixtures.code("NOBODY");
		publish(stranger, "{\"unit\":\"mg/m³\",\"readings\":[{\"t\":\"" + Instant.now() + "\",\"v\":2}]}");
		assertThat(this.outcomes.poll(20, TimeUnit.SECONDS)).startsWith("ohs/v1/devices/" + stranger + "/outcomes")
			.contains("\"reason\":\"unknown-device\"");
		assertThat(rejected(stranger, RejectionReason.UNKNOWN_DEVICE)).isEqualTo(1);
		assertThat(stored(this.benzene)).isZero();
	}

}
