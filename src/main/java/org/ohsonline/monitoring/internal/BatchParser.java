package org.ohsonline.monitoring.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the documented batch payload without trusting it: every problem becomes a malformed
 * reading (or a malformed batch when not even the envelope can be read), never an exception.
 *
 * <pre>
 * {"device": "DEV-1", "unit": "mg/m³", "readings": [{"t": "2026-11-23T08:00:00+08:00", "v": 0.42}, …]}
 * </pre>
 * {@code device} is optional over HTTP (the token names the device); {@code unit} may be given per
 * reading instead; {@code t} is ISO-8601 with an offset, or epoch milliseconds.
 */
final class BatchParser {

	private static final ObjectMapper JSON = JsonMapper.builder().build();

	private BatchParser() {
	}

	/** One reading as sent: either parsed, or malformed with the reason. */
	record RawReading(int index, Instant at, double value, String unit, String malformed) {
	}

	/**
	 * @param malformed why the batch as a whole could not be read, or {@code null}
	 */
	record ParsedBatch(String device, List<RawReading> readings, String malformed) {

		static ParsedBatch broken(String why) {
			return new ParsedBatch(null, List.of(), why);
		}

	}

	static ParsedBatch parse(byte[] body, int maxBatch) {
		JsonNode root;
		try {
			root = JSON.readTree(body);
		}
		catch (JacksonException ex) {
			return ParsedBatch.broken("not JSON: " + firstLine(ex.getOriginalMessage()));
		}
		if (root == null || !root.isObject()) {
			return ParsedBatch.broken("the payload must be a JSON object");
		}
		JsonNode device = root.get("device");
		if (device != null && !device.isNull() && !device.isString()) {
			return ParsedBatch.broken("'device' must be a string");
		}
		JsonNode batchUnit = root.get("unit");
		if (batchUnit != null && !batchUnit.isNull() && !batchUnit.isString()) {
			return ParsedBatch.broken("'unit' must be a string");
		}
		JsonNode readings = root.get("readings");
		if (readings == null || !readings.isArray()) {
			return ParsedBatch.broken("'readings' must be an array");
		}
		if (readings.size() > maxBatch) {
			return ParsedBatch.broken("a batch carries at most " + maxBatch + " readings, this one " + readings.size());
		}
		String defaultUnit = batchUnit == null || batchUnit.isNull() ? null : batchUnit.stringValue();
		List<RawReading> parsed = new ArrayList<>(readings.size());
		for (int i = 0; i < readings.size(); i++) {
			parsed.add(reading(i, readings.get(i), defaultUnit));
		}
		return new ParsedBatch(device == null || device.isNull() ? null : device.stringValue(), parsed, null);
	}

	private static RawReading reading(int index, JsonNode node, String defaultUnit) {
		if (node == null || !node.isObject()) {
			return malformed(index, "a reading must be an object with 't' and 'v'");
		}
		JsonNode t = node.get("t");
		JsonNode v = node.get("v");
		JsonNode u = node.get("unit");
		if (t == null || t.isNull()) {
			return malformed(index, "'t' is missing");
		}
		if (v == null || v.isNull()) {
			return malformed(index, "'v' is missing");
		}
		if (!v.isNumber()) {
			return malformed(index, "'v' must be a number");
		}
		if (u != null && !u.isNull() && !u.isString()) {
			return malformed(index, "'unit' must be a string");
		}
		String unit = u == null || u.isNull() ? defaultUnit : u.stringValue();
		if (unit == null) {
			return malformed(index, "no unit: give 'unit' on the batch or the reading");
		}
		Instant at;
		if (t.isIntegralNumber()) {
			at = Instant.ofEpochMilli(t.longValue());
		}
		else if (t.isString()) {
			try {
				at = OffsetDateTime.parse(t.stringValue()).toInstant();
			}
			catch (DateTimeParseException ex) {
				return malformed(index, "'t' is not an ISO-8601 date-time with an offset");
			}
		}
		else {
			return malformed(index, "'t' must be an ISO-8601 string or epoch milliseconds");
		}
		return new RawReading(index, at, v.doubleValue(), unit, null);
	}

	private static RawReading malformed(int index, String why) {
		return new RawReading(index, null, Double.NaN, null, why);
	}

	private static String firstLine(String message) {
		if (message == null) {
			return "unreadable";
		}
		int newline = message.indexOf('\n');
		String line = newline < 0 ? message : message.substring(0, newline);
		return line.length() > 200 ? line.substring(0, 200) : line;
	}

}
