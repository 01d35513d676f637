package org.ohsonline.shared;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

import org.slf4j.MDC;

/**
 * The correlation id of the work in hand: one per HTTP request (taken from {@value #HEADER} when the
 * caller or the proxy sent a sensible one, made up otherwise), one per MQTT message. It is in the
 * logging context under {@value #MDC_KEY}, so every log line of the request carries it, and the audit
 * trail stores it with each entry, so an entry leads to the log lines of the request that made it.
 */
public final class Correlation {

	public static final String MDC_KEY = "correlationId";

	public static final String HEADER = "X-Correlation-Id";

	/** What is taken from outside: short, and nothing that could forge a log line or a header. */
	private static final Pattern ACCEPTABLE = Pattern.compile("[A-Za-z0-9._:-]{8,64}");

	private static final SecureRandom RANDOM = new SecureRandom();

	private Correlation() {
	}

	/** The id of the work in hand, if any. */
	public static Optional<String> current() {
		return Optional.ofNullable(MDC.get(MDC_KEY));
	}

	/** A new id: 16 random hex digits, optionally after a prefix naming the channel ({@code mqtt-}). */
	public static String newId(String prefix) {
		byte[] bytes = new byte[8];
		RANDOM.nextBytes(bytes);
		return prefix + HexFormat.of().formatHex(bytes);
	}

	/** The caller's id when it is acceptable, a new one otherwise. */
	public static String acceptOrCreate(String offered) {
		return offered != null && ACCEPTABLE.matcher(offered).matches() ? offered : newId("");
	}

	/** Sets the id for the current thread; close the returned scope when the work is done. */
	public static Scope begin(String id) {
		String previous = MDC.get(MDC_KEY);
		MDC.put(MDC_KEY, id);
		return () -> {
			if (previous == null) {
				MDC.remove(MDC_KEY);
			}
			else {
				MDC.put(MDC_KEY, previous);
			}
		};
	}

	/** Ends a correlation scope. */
	public interface Scope extends AutoCloseable {

		@Override
		void close();

	}

}
