package org.ohsonline.shared;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The ordering that the platform's verifiable draws share (decision 0026): each value's key is SHA-256 (hex, lower
 * case) of the UTF-8 text {@code seed|label|value}, and a list is ordered by key ascending. Anyone holding the seed
 * and the values can redo it with a standard SHA-256, which is why the random inspection plans ({@code OHS-DRAW-1})
 * and the verification of construction projects ({@code OHS-VERIFY-1}) both draw with it. Not thread-safe: one
 * instance per draw.
 */
public final class SeededOrder {

	private final String seed;

	private final MessageDigest digest;

	public SeededOrder(String seed) {
		this.seed = seed;
		try {
			this.digest = MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java platform has SHA-256", ex);
		}
	}

	/** The key of a value under a label: SHA-256 of {@code seed|label|value}. */
	public String key(String label, String value) {
		return HexFormat.of()
			.formatHex(this.digest.digest((this.seed + "|" + label + "|" + value).getBytes(StandardCharsets.UTF_8)));
	}

	/** The items ordered by the key of {@code id(item)} under the label, ascending. */
	public <T> List<T> sorted(String label, List<T> items, Function<T, String> id) {
		List<Map.Entry<String, T>> keyed = new ArrayList<>(items.size());
		for (T item : items) {
			keyed.add(Map.entry(key(label, id.apply(item)), item));
		}
		keyed.sort(Map.Entry.comparingByKey());
		return keyed.stream().map(Map.Entry::getValue).toList();
	}

}
