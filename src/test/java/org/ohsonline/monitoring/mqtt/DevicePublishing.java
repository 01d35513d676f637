package org.ohsonline.monitoring.mqtt;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import org.eclipse.paho.mqttv5.client.MqttClient;
import org.eclipse.paho.mqttv5.client.MqttClientException;
import org.eclipse.paho.mqttv5.common.MqttException;
import org.eclipse.paho.mqttv5.common.MqttMessage;

/**
 * Publishes a device's batch with QoS 1 the way a device with a bounded in-flight window does.
 * Paho's synchronous client returns once the broker's PUBACK has completed the token, but it
 * releases the in-flight slot a moment later on its own thread, so a fast sender can meet
 * "Too many publishes in progress" (reason 32202) with the broker's window not in fact full. A
 * real device retries then; so does this, for at most ten seconds, and any other failure is
 * thrown at once.
 */
public final class DevicePublishing {

	private DevicePublishing() {
	}

	public static void publish(MqttClient client, String topic, String payload) throws MqttException {
		MqttMessage message = new MqttMessage(payload.getBytes(StandardCharsets.UTF_8));
		message.setQos(1);
		Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
		while (true) {
			try {
				client.publish(topic, message);
				return;
			}
			catch (MqttException ex) {
				if (ex.getReasonCode() != MqttClientException.REASON_CODE_MAX_INFLIGHT || Instant.now().isAfter(deadline)) {
					throw ex;
				}
				Thread.onSpinWait();
			}
		}
	}

}
