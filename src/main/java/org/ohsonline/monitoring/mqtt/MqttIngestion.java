package org.ohsonline.monitoring.mqtt;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.paho.mqttv5.client.IMqttToken;
import org.eclipse.paho.mqttv5.client.MqttAsyncClient;
import org.eclipse.paho.mqttv5.client.MqttCallback;
import org.eclipse.paho.mqttv5.client.MqttConnectionOptions;
import org.eclipse.paho.mqttv5.client.MqttDisconnectResponse;
import org.eclipse.paho.mqttv5.client.persist.MemoryPersistence;
import org.eclipse.paho.mqttv5.common.MqttException;
import org.eclipse.paho.mqttv5.common.MqttMessage;
import org.eclipse.paho.mqttv5.common.packet.MqttProperties;
import org.ohsonline.monitoring.internal.Ingestion;
import org.ohsonline.shared.Correlation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.SmartLifecycle;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Readings in over MQTT (Eclipse Paho, MQTT v5) from an external broker. Each connection joins the
 * shared subscription {@code $share/<group>/<prefix>/+/readings}, so the broker hands every message
 * to exactly one connection of one instance. The device is named by the topic (the broker's ACL
 * lets a device publish only under its own code); the payload is the HTTP batch. Every message
 * ends in the same {@link Ingestion} as an HTTP batch; when anything was rejected, the outcome is
 * published to {@code <prefix>/<code>/outcomes}. A message whose processing fails for a reason
 * other than its content (the database is down) is not acknowledged: the client reconnects and
 * the broker delivers it again (QoS 1, persistent session).
 */
@Component
public class MqttIngestion implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(MqttIngestion.class);

	private static final ObjectMapper JSON = JsonMapper.builder().build();

	private final Ingestion ingestion;

	private final MqttSettings settings;

	private final List<MqttAsyncClient> clients = new ArrayList<>();

	private final List<AtomicLong> received = new ArrayList<>();

	private final Environment environment;

	private volatile boolean running;

	MqttIngestion(Ingestion ingestion, MqttSettings settings, Environment environment) {
		this.ingestion = ingestion;
		this.settings = settings;
		this.environment = environment;
	}

	@Override
	public void start() {
		if (!this.settings.enabled()) {
			return;
		}
		for (int n = 0; n < Math.max(1, this.settings.connections()); n++) {
			try {
				AtomicLong counter = new AtomicLong();
				MqttAsyncClient client = new MqttAsyncClient(this.settings.url(), clientId(n), new MemoryPersistence());
				client.setCallback(new Handler(client, counter));
				client.connect(options()).waitForCompletion(10_000);
				this.clients.add(client);
				this.received.add(counter);
			}
			catch (MqttException ex) {
				throw new IllegalStateException("Cannot connect to the MQTT broker " + this.settings.url(), ex);
			}
		}
		this.running = true;
		log.info("MQTT ingestion: {} connection(s) to {} on {}", this.clients.size(), this.settings.url(),
				this.settings.subscription());
	}

	@Override
	public void stop() {
		this.running = false;
		for (MqttAsyncClient client : this.clients) {
			try {
				if (client.isConnected()) {
					client.disconnect().waitForCompletion(5_000);
				}
				client.close();
			}
			catch (MqttException ex) {
				log.warn("MQTT client {} did not close cleanly: {}", client.getClientId(), ex.getMessage());
			}
		}
		this.clients.clear();
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	/** Whether ingestion over MQTT is configured at all. */
	public boolean enabled() {
		return this.settings.enabled();
	}

	/** Connections open now, out of {@link #connectionsWanted()} (health). */
	public long connected() {
		return this.clients.stream().filter(MqttAsyncClient::isConnected).count();
	}

	public int connectionsWanted() {
		return Math.max(1, this.settings.connections());
	}

	/** Messages handled so far by each connection (health and tests). */
	public List<Long> receivedPerConnection() {
		return this.received.stream().map(AtomicLong::get).toList();
	}

	private MqttConnectionOptions options() {
		MqttConnectionOptions options = new MqttConnectionOptions();
		options.setAutomaticReconnect(true);
		options.setAutomaticReconnectDelay(1, 30);
		// A persistent session: QoS 1 messages not acknowledged before a disconnect are delivered again.
		options.setCleanStart(false);
		options.setSessionExpiryInterval(3600L);
		options.setKeepAliveInterval(30);
		if (this.settings.username() != null && !this.settings.username().isBlank()) {
			options.setUserName(this.settings.username());
			options.setPassword(this.settings.password() == null ? new byte[0]
					: this.settings.password().getBytes(StandardCharsets.UTF_8));
		}
		return options;
	}

	private String clientId(int n) {
		String host;
		try {
			host = InetAddress.getLocalHost().getHostName();
		}
		catch (UnknownHostException ex) {
			host = "unknown";
		}
		// The port tells apart instances on one host (the broker would otherwise hand one instance's
		// session to the other); a listening port is stable across restarts, so the session is kept.
		String port = this.environment.getProperty("local.server.port", this.environment.getProperty("server.port", "0"));
		String id = this.settings.clientIdPrefix() + "-" + host + "-" + port + "-" + n;
		return id.length() > 64 ? id.substring(0, 64) : id;
	}

	/** The device code of a readings topic, or {@code null} when the topic is not one. */
	String deviceOf(String topic) {
		String prefix = this.settings.topicPrefix() + "/";
		if (!topic.startsWith(prefix) || !topic.endsWith("/readings")) {
			return null;
		}
		String code = topic.substring(prefix.length(), topic.length() - "/readings".length());
		return code.isEmpty() || code.contains("/") ? null : code;
	}

	private final class Handler implements MqttCallback {

		private final MqttAsyncClient client;

		private final AtomicLong counter;

		Handler(MqttAsyncClient client, AtomicLong counter) {
			this.client = client;
			this.counter = counter;
		}

		@Override
		public void connectComplete(boolean reconnect, String serverURI) {
			try {
				this.client.subscribe(MqttIngestion.this.settings.subscription(), 1);
			}
			catch (MqttException ex) {
				log.error("MQTT subscription {} failed: {}", MqttIngestion.this.settings.subscription(), ex.getMessage());
			}
		}

		@Override
		public void messageArrived(String topic, MqttMessage message) {
			this.counter.incrementAndGet();
			try (Correlation.Scope scope = Correlation.begin(Correlation.newId("mqtt-"))) {
				String code = deviceOf(topic);
				if (code == null) {
					log.warn("MQTT message on {} ignored: not a readings topic", topic);
					return;
				}
				Ingestion.BatchResult result = MqttIngestion.this.ingestion.fromMqtt(code, message.getPayload(),
						MqttIngestion.this.ingestion.now());
				if (result.malformed() != null || result.rejected() > 0) {
					publishOutcome(code, result);
				}
			}
		}

		private void publishOutcome(String code, Ingestion.BatchResult result) {
			Map<String, Object> outcome = new LinkedHashMap<>();
			outcome.put("device", code);
			outcome.put("accepted", result.accepted());
			outcome.put("duplicates", result.duplicates());
			outcome.put("rejected", result.rejected());
			if (result.malformed() != null) {
				outcome.put("reason", "malformed-payload");
				outcome.put("detail", result.malformed());
			}
			outcome.put("outcomes", result.outcomes().stream().filter(o -> "rejected".equals(o.status())).toList());
			try {
				this.client.publish(MqttIngestion.this.settings.topicPrefix() + "/" + code + "/outcomes",
						JSON.writeValueAsBytes(outcome), 0, false);
			}
			catch (MqttException ex) {
				log.warn("Outcome for device {} not published: {}", code, ex.getMessage());
			}
		}

		@Override
		public void disconnected(MqttDisconnectResponse response) {
			log.warn("MQTT connection {} lost: {}", this.client.getClientId(), response.getReasonString());
		}

		@Override
		public void mqttErrorOccurred(MqttException exception) {
			log.warn("MQTT error on {}: {}", this.client.getClientId(), exception.getMessage());
		}

		@Override
		public void deliveryComplete(IMqttToken token) {
		}

		@Override
		public void authPacketArrived(int reasonCode, MqttProperties properties) {
		}

	}

}
