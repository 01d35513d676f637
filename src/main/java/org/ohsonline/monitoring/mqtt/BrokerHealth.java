package org.ohsonline.monitoring.mqtt;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The MQTT broker as the health endpoint shows it ({@code broker}): up while every connection of
 * this instance is open, down while none is (readings sent over MQTT wait at the broker), and up with
 * {@code enabled: false} where MQTT ingestion is not configured.
 */
@Component("brokerHealthIndicator")
class BrokerHealth implements HealthIndicator {

	private final MqttIngestion ingestion;

	BrokerHealth(MqttIngestion ingestion) {
		this.ingestion = ingestion;
	}

	@Override
	public Health health() {
		if (!this.ingestion.enabled()) {
			return Health.up().withDetail("enabled", false).build();
		}
		long connected = this.ingestion.connected();
		Health.Builder builder = connected == 0 ? Health.down() : Health.up();
		return builder.withDetail("connected", connected)
			.withDetail("connections", this.ingestion.connectionsWanted())
			.build();
	}

}
