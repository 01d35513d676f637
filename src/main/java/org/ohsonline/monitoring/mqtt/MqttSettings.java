package org.ohsonline.monitoring.mqtt;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * MQTT ingestion ({@code ohs.monitoring.mqtt.*}); off unless {@code url} is set.
 *
 * @param url the broker, e.g. {@code tcp://broker.example:1883} or {@code ssl://…:8883}
 * @param username the platform's broker account (devices have their own, see docs)
 * @param password its password
 * @param topicPrefix devices publish to {@code <prefix>/<device code>/readings}
 * @param group the shared-subscription group: every instance subscribes to
 * {@code $share/<group>/<prefix>/+/readings}, so the broker gives each message to one of them
 * @param connections connections per instance, all in the same group (each is handled by one thread)
 * @param clientIdPrefix client identifiers are {@code <prefix>-<host>-<port>-<n>}, stable across restarts
 * so the broker keeps the session
 */
@ConfigurationProperties("ohs.monitoring.mqtt")
record MqttSettings(String url, String username, String password, @DefaultValue("ohs/v1/devices") String topicPrefix,
		@DefaultValue("ohs-ingest") String group, @DefaultValue("1") int connections,
		@DefaultValue("ohs-ingest") String clientIdPrefix) {

	boolean enabled() {
		return this.url != null && !this.url.isBlank();
	}

	String subscription() {
		return "$share/" + this.group + "/" + this.topicPrefix + "/+/readings";
	}

}
