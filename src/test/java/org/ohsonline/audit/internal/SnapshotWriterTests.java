package org.ohsonline.audit.internal;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The trail must never hold a full identity number or a secret, whatever a module passes in. */
class SnapshotWriterTests {

	@Test
	void masksIdentityNumbersAndMobileNumbers() {
		String json = SnapshotWriter.write(Map.of("idNumber", "11010519491231002X", "mobile", "13812345678"));
		assertThat(json).isEqualTo("{\"idNumber\":\"110105********002X\",\"mobile\":\"138****5678\"}")
			.doesNotContain("19491231")
			.doesNotContain("1234");
	}

	@Test
	void redactsPasswordsAndTokens() {
		String json = SnapshotWriter.write(Map.of("password", "Harbour7lights", "passwordHash", "{bcrypt}$2a$10$x",
				"token", "ohs_abc", "tokenHash", "deadbeef"));
		assertThat(json).isEqualTo("{\"password\":\"[redacted]\",\"passwordHash\":\"[redacted]\","
				+ "\"token\":\"[redacted]\",\"tokenHash\":\"[redacted]\"}");
	}

	/** Column-style names and nested maps are caught too. */
	@Test
	void masksSnakeCaseKeysAndNestedMaps() {
		Map<String, Object> nested = new LinkedHashMap<>();
		nested.put("id_number", "11010519491231002X");
		nested.put("PASSWORD", "Harbour7lights");
		String json = SnapshotWriter.write(Map.of("worker", nested));
		assertThat(json).isEqualTo("{\"worker\":{\"PASSWORD\":\"[redacted]\",\"id_number\":\"110105********002X\"}}");
	}

	/** Canonical JSON: the same state always gives the same text, whatever the map's order. */
	@Test
	void sortsKeys() {
		Map<String, Object> snapshot = new LinkedHashMap<>();
		snapshot.put("username", "county");
		snapshot.put("enabled", true);
		snapshot.put("regionCode", "330105");
		snapshot.put("displayName", "拱墅区监管员");
		assertThat(SnapshotWriter.write(snapshot))
			.isEqualTo("{\"displayName\":\"拱墅区监管员\",\"enabled\":true,\"regionCode\":\"330105\",\"username\":\"county\"}");
	}

	@Test
	void keepsNullValuesAndANullSnapshot() {
		Map<String, Object> snapshot = new HashMap<>();
		snapshot.put("mobile", null);
		assertThat(SnapshotWriter.write(snapshot)).isEqualTo("{\"mobile\":null}");
		assertThat(SnapshotWriter.write(null)).isNull();
	}

}
