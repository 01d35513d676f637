package org.ohsonline.cdcmonitoring.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The answers of surveys and re-checks as the jsonb columns keep them. */
final class Json {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private Json() {
	}

	static String write(Object value) {
		return JSON.writeValueAsString(value);
	}

	static Map<String, String> answers(String json) {
		return json == null ? Map.of() : JSON.readValue(json, new TypeReference<LinkedHashMap<String, String>>() {
		});
	}

	static List<List<String>> rows(String json) {
		return json == null ? List.of() : JSON.readValue(json, new TypeReference<List<List<String>>>() {
		});
	}

	static List<org.ohsonline.cdcmonitoring.Progress.Row> progressRows(String json) {
		return json == null ? List.of() : JSON.readValue(json, new TypeReference<List<org.ohsonline.cdcmonitoring.Progress.Row>>() {
		});
	}

}
