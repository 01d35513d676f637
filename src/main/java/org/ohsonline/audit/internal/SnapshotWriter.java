package org.ohsonline.audit.internal;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.ohsonline.shared.Masking;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns a state snapshot into canonical JSON (keys sorted) with personal data masked and secrets
 * removed, whatever the caller passed: the trail must never hold a full identity number.
 */
final class SnapshotWriter {

	private static final Set<String> SECRETS = Set.of("password", "passwordhash", "token", "tokenhash", "secret");

	private static final Set<String> IDENTITY = Set.of("idnumber", "identitynumber");

	private static final Set<String> CONTACT = Set.of("mobile", "phone", "telephone");

	private static final Set<String> OTHER_PERSONAL = Set.of("email", "address", "birthdate");

	private static final JsonMapper JSON = JsonMapper.builder()
		.enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
		.build();

	private SnapshotWriter() {
	}

	static String write(Map<String, ?> snapshot) {
		if (snapshot == null) {
			return null;
		}
		Map<String, Object> safe = new TreeMap<>();
		snapshot.forEach((key, value) -> safe.put(key, mask(key, value)));
		return JSON.writeValueAsString(safe);
	}

	private static Object mask(String key, Object value) {
		if (value == null) {
			return null;
		}
		String name = key.toLowerCase(Locale.ROOT).replace("_", "");
		if (SECRETS.contains(name)) {
			return "[redacted]";
		}
		if (IDENTITY.contains(name)) {
			return Masking.idNumber(value.toString());
		}
		if (CONTACT.contains(name)) {
			return Masking.mobile(value.toString());
		}
		if (OTHER_PERSONAL.contains(name)) {
			return Masking.other(value.toString());
		}
		if (value instanceof Map<?, ?> nested) {
			Map<String, Object> masked = new TreeMap<>();
			nested.forEach((k, v) -> masked.put(String.valueOf(k), mask(String.valueOf(k), v)));
			return masked;
		}
		return value;
	}

}
