package org.ohsonline.monitoring.internal;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The built-in device simulator ({@code ohs.monitoring.simulator.*}): on in standalone mode, off in
 * production, where it serves to commission devices (README, online monitoring).
 *
 * @param enabled whether it runs (only where a server is listening: it sends through the HTTP API)
 * @param devices the codes of devices it sends for with a token it issues itself (demo devices, devices
 * set aside for trials); a trailing {@code *} matches any ending ({@code SIM-*}, the demo devices, by default)
 * @param tokens {@code code:token} of devices it sends for with the token they were issued (commissioning:
 * the token then moves to the sensor unchanged); it never issues these a token
 * @param interval how often each device sends the readings due since its last
 * @param backfill how far back a device without recent readings starts (at most
 * {@code ohs.monitoring.max-age}), so charts and the 8-hour windows have history at once
 * @param exceedancesPerDay expected exceeding episodes per device and working day
 * @param seed the values follow from it, the device's code and the time
 * @param url the ingestion address; empty: this instance's own ({@code http://127.0.0.1:<port>})
 */
@ConfigurationProperties("ohs.monitoring.simulator")
record SimulatorSettings(@DefaultValue("false") boolean enabled, @DefaultValue("SIM-*") List<String> devices,
		@DefaultValue("") List<String> tokens,
		@DefaultValue("60s") Duration interval, @DefaultValue("3d") Duration backfill,
		@DefaultValue("0.4") double exceedancesPerDay, @DefaultValue("7") long seed, String url) {

	SimulatorSettings {
		if (interval.isNegative() || interval.isZero() || backfill.isNegative() || exceedancesPerDay < 0) {
			throw new IllegalArgumentException(
					"ohs.monitoring.simulator: interval must be positive, backfill and exceedances-per-day not negative");
		}
		devices = List.copyOf(devices);
		tokens = tokens.stream().filter(t -> !t.isBlank()).toList();
		for (String token : tokens) {
			if (token.indexOf(':') < 1) {
				throw new IllegalArgumentException("ohs.monitoring.simulator.tokens: write each as <device code>:<token>");
			}
		}
	}

	/** The configured token of the device with this code, if it has one. */
	java.util.Optional<String> tokenOf(String code) {
		return this.tokens.stream()
			.filter(t -> t.substring(0, t.indexOf(':')).equals(code))
			.map(t -> t.substring(t.indexOf(':') + 1))
			.findFirst();
	}

	/** The codes of the devices with a configured token. */
	List<String> tokenCodes() {
		return this.tokens.stream().map(t -> t.substring(0, t.indexOf(':'))).toList();
	}

	/** Whether the simulator sends for the device with this code. */
	boolean simulates(String code) {
		return tokenOf(code).isPresent() || this.devices.stream()
			.anyMatch(pattern -> pattern.endsWith("*") ? code.startsWith(pattern.substring(0, pattern.length() - 1))
					: code.equals(pattern));
	}

}
