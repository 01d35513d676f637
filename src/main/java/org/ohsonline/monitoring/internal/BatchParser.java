package org.ohsonline.monitoring.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
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
 * <p>
 * The payload is read token by token: a batch of 1,000 readings read into a tree first cost the
 * ingestion benchmark about a sixth of the request's time in the JVM (docs/benchmarks.md). The
 * envelope's keys may come in any order, so a reading's unit is resolved once the whole object is read.
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
		try (JsonParser parser = JSON.createParser(body)) {
			return envelope(parser, maxBatch);
		}
		catch (JacksonException ex) {
			return ParsedBatch.broken("not JSON: " + firstLine(ex.getOriginalMessage()));
		}
	}

	/** What the envelope's keys held; checked in a fixed order once the object is read, whatever the key order. */
	private static final class Envelope {

		boolean deviceNotString;

		String device;

		boolean unitNotString;

		String unit;

		boolean readingsNotArray = true;

		int count;

		List<Fields> readings = List.of();

	}

	private static ParsedBatch envelope(JsonParser parser, int maxBatch) {
		if (parser.nextToken() != JsonToken.START_OBJECT) {
			skipRest(parser);
			return ParsedBatch.broken("the payload must be a JSON object");
		}
		Envelope envelope = new Envelope();
		String name;
		while ((name = parser.nextName()) != null) {
			JsonToken token = parser.nextToken();
			switch (name) {
				case "device" -> {
					envelope.deviceNotString = token != JsonToken.VALUE_STRING && token != JsonToken.VALUE_NULL;
					envelope.device = token == JsonToken.VALUE_STRING ? parser.getString() : null;
				}
				case "unit" -> {
					envelope.unitNotString = token != JsonToken.VALUE_STRING && token != JsonToken.VALUE_NULL;
					envelope.unit = token == JsonToken.VALUE_STRING ? parser.getString() : null;
				}
				case "readings" -> readings(parser, token, maxBatch, envelope);
				default -> {
				}
			}
			parser.skipChildren();
		}
		if (parser.nextToken() != null) {
			return ParsedBatch.broken("not JSON: content after the batch's object");
		}
		if (envelope.deviceNotString) {
			return ParsedBatch.broken("'device' must be a string");
		}
		if (envelope.unitNotString) {
			return ParsedBatch.broken("'unit' must be a string");
		}
		if (envelope.readingsNotArray) {
			return ParsedBatch.broken("'readings' must be an array");
		}
		if (envelope.count > maxBatch) {
			return ParsedBatch.broken("a batch carries at most " + maxBatch + " readings, this one " + envelope.count);
		}
		List<RawReading> parsed = new ArrayList<>(envelope.readings.size());
		for (int i = 0; i < envelope.readings.size(); i++) {
			parsed.add(envelope.readings.get(i).reading(i, envelope.unit));
		}
		return new ParsedBatch(envelope.device, parsed, null);
	}

	/** Reads the array of readings; past {@code maxBatch} they are only counted, for the answer. */
	private static void readings(JsonParser parser, JsonToken token, int maxBatch, Envelope envelope) {
		envelope.readingsNotArray = token != JsonToken.START_ARRAY;
		envelope.count = 0;
		envelope.readings = new ArrayList<>();
		if (token != JsonToken.START_ARRAY) {
			return;
		}
		JsonToken element;
		while ((element = parser.nextToken()) != JsonToken.END_ARRAY) {
			envelope.count++;
			if (envelope.count > maxBatch) {
				parser.skipChildren();
				continue;
			}
			envelope.readings.add(element == JsonToken.START_OBJECT ? fields(parser) : Fields.NOT_AN_OBJECT);
			parser.skipChildren();
		}
	}

	/** What one reading's object held, before the envelope's unit is known. */
	private record Fields(boolean object, Kind t, long epochMillis, String iso, Kind v, double value, Kind unit,
			String unitValue) {

		static final Fields NOT_AN_OBJECT = new Fields(false, Kind.ABSENT, 0, null, Kind.ABSENT, 0, Kind.ABSENT, null);

		RawReading reading(int index, String defaultUnit) {
			if (!this.object) {
				return malformed(index, "a reading must be an object with 't' and 'v'");
			}
			if (this.t == Kind.ABSENT) {
				return malformed(index, "'t' is missing");
			}
			if (this.v == Kind.ABSENT) {
				return malformed(index, "'v' is missing");
			}
			if (this.v != Kind.NUMBER) {
				return malformed(index, "'v' must be a number");
			}
			if (this.unit == Kind.OTHER) {
				return malformed(index, "'unit' must be a string");
			}
			String resolved = this.unit == Kind.STRING ? this.unitValue : defaultUnit;
			if (resolved == null) {
				return malformed(index, "no unit: give 'unit' on the batch or the reading");
			}
			Instant at;
			if (this.t == Kind.NUMBER) {
				at = Instant.ofEpochMilli(this.epochMillis);
			}
			else if (this.t == Kind.STRING) {
				try {
					at = OffsetDateTime.parse(this.iso).toInstant();
				}
				catch (DateTimeParseException ex) {
					return malformed(index, "'t' is not an ISO-8601 date-time with an offset");
				}
			}
			else {
				return malformed(index, "'t' must be an ISO-8601 string or epoch milliseconds");
			}
			return new RawReading(index, at, this.value, resolved, null);
		}

	}

	/** A field's kind as the checks need it: absent (or null), a number, a string, or anything else. */
	private enum Kind {

		ABSENT, NUMBER, STRING, OTHER

	}

	private static Fields fields(JsonParser parser) {
		Kind t = Kind.ABSENT;
		long epochMillis = 0;
		String iso = null;
		Kind v = Kind.ABSENT;
		double value = Double.NaN;
		Kind unit = Kind.ABSENT;
		String unitValue = null;
		String name;
		while ((name = parser.nextName()) != null) {
			JsonToken token = parser.nextToken();
			switch (name) {
				case "t" -> {
					iso = null;
					if (token == JsonToken.VALUE_NUMBER_INT) {
						t = Kind.NUMBER;
						// A tree's integral node gave its low 64 bits for a larger number; kept, so the answer is the same.
						epochMillis = parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER
								? parser.getBigIntegerValue().longValue() : parser.getLongValue();
					}
					else if (token == JsonToken.VALUE_STRING) {
						t = Kind.STRING;
						iso = parser.getString();
					}
					else {
						t = token == JsonToken.VALUE_NULL ? Kind.ABSENT : Kind.OTHER;
					}
				}
				case "v" -> {
					if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
						v = Kind.NUMBER;
						value = parser.getDoubleValue();
					}
					else {
						v = token == JsonToken.VALUE_NULL ? Kind.ABSENT : Kind.OTHER;
					}
				}
				case "unit" -> {
					unit = token == JsonToken.VALUE_STRING ? Kind.STRING
							: token == JsonToken.VALUE_NULL ? Kind.ABSENT : Kind.OTHER;
					unitValue = token == JsonToken.VALUE_STRING ? parser.getString() : null;
				}
				default -> {
				}
			}
			parser.skipChildren();
		}
		return new Fields(true, t, epochMillis, iso, v, value, unit, unitValue);
	}

	/** Reads to the end, so that a syntax error after a wrong start is still reported as such. */
	private static void skipRest(JsonParser parser) {
		parser.skipChildren();
		while (parser.nextToken() != null) {
			parser.skipChildren();
		}
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
