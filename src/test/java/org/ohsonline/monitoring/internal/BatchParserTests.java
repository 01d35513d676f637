package org.ohsonline.monitoring.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BatchParserTests {

	static BatchParser.ParsedBatch parse(String json) {
		return BatchParser.parse(json.getBytes(StandardCharsets.UTF_8), 100);
	}

	@Test
	void readsIsoAndEpochTimestampsWithBatchOrReadingUnits() {
		var batch = parse("""
				{"device": "DEV-1", "unit": "mg/m3", "readings": [
				  {"t": "2026-11-23T08:00:00+08:00", "v": 0.5},
				  {"t": 1795392000000, "v": 1, "unit": "ppm"}]}""");
		assertThat(batch.malformed()).isNull();
		assertThat(batch.device()).isEqualTo("DEV-1");
		assertThat(batch.readings()).hasSize(2);
		assertThat(batch.readings().get(0).at()).isEqualTo(Instant.parse("2026-11-23T00:00:00Z"));
		assertThat(batch.readings().get(0).unit()).isEqualTo("mg/m3");
		assertThat(batch.readings().get(1).at()).isEqualTo(Instant.ofEpochMilli(1795392000000L));
		assertThat(batch.readings().get(1).unit()).isEqualTo("ppm");
	}

	@Test
	void anUnreadableEnvelopeMakesTheBatchMalformed() {
		assertThat(parse("{not json").malformed()).startsWith("not JSON");
		assertThat(parse("[1, 2]").malformed()).contains("JSON object");
		assertThat(parse("{\"readings\": 3}").malformed()).contains("'readings' must be an array");
		assertThat(parse("{\"device\": 7, \"readings\": []}").malformed()).contains("'device'");
		assertThat(BatchParser.parse("{\"readings\": [{}, {}, {}]}".getBytes(StandardCharsets.UTF_8), 2).malformed())
			.contains("at most 2");
	}

	@Test
	void eachBadReadingIsMalformedOnItsOwn() {
		var batch = parse("""
				{"unit": "mg/m³", "readings": [
				  {"t": "2026-11-23T08:00:00Z", "v": 0.5},
				  {"v": 1},
				  {"t": "2026-11-23T08:00:00Z"},
				  {"t": "2026-11-23T08:00:00Z", "v": "high"},
				  {"t": "yesterday", "v": 1},
				  {"t": "2026-11-23T08:00:00", "v": 1},
				  {"t": true, "v": 1},
				  42]}""");
		assertThat(batch.malformed()).isNull();
		assertThat(batch.readings()).extracting(BatchParser.RawReading::malformed)
			.containsExactly(null, "'t' is missing", "'v' is missing", "'v' must be a number",
					"'t' is not an ISO-8601 date-time with an offset", "'t' is not an ISO-8601 date-time with an offset",
					"'t' must be an ISO-8601 string or epoch milliseconds", "a reading must be an object with 't' and 'v'");
	}

	@Test
	void theEnvelopesKeysMayComeInAnyOrderAndUnknownOnesAreIgnored() {
		var batch = parse("""
				{"readings": [{"t": 1795392000000, "extra": {"a": [1, 2]}, "v": 0.5}, {"v": 2, "t": 1795392001000,
				  "unit": "ppm"}], "meta": [{"x": 1}], "unit": "mg/m3", "device": "DEV-1"}""");
		assertThat(batch.malformed()).isNull();
		assertThat(batch.device()).isEqualTo("DEV-1");
		assertThat(batch.readings()).extracting(BatchParser.RawReading::unit).containsExactly("mg/m3", "ppm");
		assertThat(batch.readings()).extracting(BatchParser.RawReading::value).containsExactly(0.5, 2.0);
		assertThat(batch.readings().get(1).at()).isEqualTo(Instant.ofEpochMilli(1795392001000L));
	}

	@Test
	void aBrokenOrTrailingDocumentMakesTheBatchMalformed() {
		assertThat(parse("{\"readings\": [{\"t\": 1, \"v\": 1}").malformed()).startsWith("not JSON");
		assertThat(parse("{\"readings\": []} {}").malformed()).startsWith("not JSON");
		assertThat(parse("").malformed()).isNotNull();
		assertThat(parse("{\"unit\": 3, \"readings\": []}").malformed()).contains("'unit' must be a string");
		assertThat(parse("{\"unit\": \"ppm\"}").malformed()).contains("'readings' must be an array");
	}

	@Test
	void aReadingsWrongTypesAreNamed() {
		var batch = parse("""
				{"unit": "ppm", "readings": [{"t": null, "v": 1}, {"t": 1, "v": null}, {"t": 1, "v": 1, "unit": 7},
				  {"t": {"at": 1}, "v": 1}, null, [1]]}""");
		assertThat(batch.readings()).extracting(BatchParser.RawReading::malformed)
			.containsExactly("'t' is missing", "'v' is missing", "'unit' must be a string",
					"'t' must be an ISO-8601 string or epoch milliseconds", "a reading must be an object with 't' and 'v'",
					"a reading must be an object with 't' and 'v'");
	}

	@Test
	void aReadingWithoutAnyUnitIsMalformed() {
		var batch = parse("{\"readings\": [{\"t\": \"2026-11-23T08:00:00Z\", \"v\": 1}]}");
		assertThat(batch.readings().get(0).malformed()).contains("no unit");
	}

}
