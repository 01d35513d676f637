package org.ohsonline.monitoring;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ohsonline.ApiTokens;
import org.ohsonline.IntegrationTest;
import org.ohsonline.TestUsers;
import org.ohsonline.iam.internal.UserAdministration;
import org.ohsonline.registry.Employers;
import org.ohsonline.registry.Workers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The HTTP batch API: device tokens, per-reading outcomes, every rejection reason, idempotency. */
@IntegrationTest
class IngestionIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Employers employers;

	@Autowired
	Workers workers;

	@Autowired
	Devices devices;

	@Autowired
	Alerts alerts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserAdministration administration;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Autowired
	UserDetailsService details;

	MonitoringFixtures fixtures;

	MonitoringFixtures.Site site;

	DeviceView benzene;

	String token;

	@BeforeEach
	void setUp() {
		this.fixtures = new MonitoringFixtures(this.employers, this.workers, this.devices);
		this.site = this.fixtures.site();
		this.benzene = this.fixtures.device(this.site, "2013", "mg/m3", 60, 500);
		this.token = this.devices.issueToken(MonitoringFixtures.GONGSHU, this.benzene.id()).secret();
	}

	ResultActions send(String token, String body) throws Exception {
		return this.mvc.perform(post("/api/v1/monitoring/readings").header("Authorization", "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

	Map<RejectionReason, Long> rejections(DeviceView device) {
		return this.devices.rejections(MonitoringFixtures.GONGSHU, device.id())
			.stream()
			.collect(Collectors.toMap(Devices.RejectionCount::reason, Devices.RejectionCount::count));
	}

	@Test
	void storesABatchOnceAndAnswersARepeatAsDuplicates() throws Exception {
		String batch = MonitoringFixtures.everyMinute("mg/m³", 1.5, 30);
		send(this.token, batch).andExpect(status().isOk())
			.andExpect(jsonPath("$.device").value(this.benzene.code()))
			.andExpect(jsonPath("$.accepted").value(30))
			.andExpect(jsonPath("$.duplicates").value(0))
			.andExpect(jsonPath("$.outcomes.length()").value(0));
		send(this.token, batch).andExpect(status().isOk())
			.andExpect(jsonPath("$.accepted").value(0))
			.andExpect(jsonPath("$.duplicates").value(30))
			.andExpect(jsonPath("$.outcomes.length()").value(30))
			.andExpect(jsonPath("$.outcomes[29].index").value(29))
			.andExpect(jsonPath("$.outcomes[29].status").value("duplicate"));
		long stored = this.jdbc.sql("select count(*) from monitoring.reading where device_id = :d")
			.param("d", this.benzene.id())
			.query(Long.class)
			.single();
		int minuteCount = this.jdbc.sql("select sum(n) from monitoring.reading_minute where device_id = :d")
			.param("d", this.benzene.id())
			.query(Integer.class)
			.single();
		int hourCount = this.jdbc.sql("select sum(n) from monitoring.reading_hour where device_id = :d")
			.param("d", this.benzene.id())
			.query(Integer.class)
			.single();
		assertThat(stored).isEqualTo(30);
		assertThat(minuteCount).as("a repeated batch is not counted twice in the aggregates").isEqualTo(30);
		assertThat(hourCount).isEqualTo(30);
		// 30 minutes at 1.5 mg/m³, 60 s each: dose 30 × 1.5 × 60 = 2,700; TWA 2,700 / 28,800 = 0.09375
		DeviceView device = this.devices.find(MonitoringFixtures.GONGSHU, this.benzene.id());
		assertThat(device.exposure()).isEqualTo(0.09375);
		assertThat(device.level()).isEqualTo("BELOW");
		assertThat(device.lastValue()).isEqualTo(1.5);
	}

	@Test
	void evaluatesOlderReadingsThatArriveLateAtTheDevicesNewestReading() throws Exception {
		send(this.token, MonitoringFixtures.everyMinute("mg/m³", 1.5, 30)).andExpect(status().isOk());
		// Ten older minutes (40 to 31 minutes ago) at 3 mg/m³ arrive afterwards, as a resent batch would.
		Instant end = Instant.now().truncatedTo(ChronoUnit.MINUTES);
		StringBuilder older = new StringBuilder("{\"unit\":\"mg/m³\",\"readings\":[");
		for (int k = 40; k >= 31; k--) {
			older.append(k == 40 ? "" : ",").append("{\"t\":\"").append(end.minus(k, ChronoUnit.MINUTES)).append("\",\"v\":3}");
		}
		send(this.token, older.append("]}").toString()).andExpect(jsonPath("$.accepted").value(10));
		// Dose 30 × 1.5 × 60 + 10 × 3 × 60 = 2,700 + 1,800 = 4,500; TWA 4,500 / 28,800 = 0.15625,
		// and the device's latest value is still the newest reading's, 1.5.
		DeviceView device = this.devices.find(MonitoringFixtures.GONGSHU, this.benzene.id());
		assertThat(device.exposure()).isEqualTo(0.15625);
		assertThat(device.lastValue()).isEqualTo(1.5);
	}

	@Test
	void answersEveryRejectionReasonPerReadingAndCountsItPerDevice() throws Exception {
		Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		String body = """
				{"unit": "mg/m³", "readings": [
				  {"t": "%s", "v": 2.0},
				  {"t": "%s", "v": 2.0, "unit": "ppm"},
				  {"t": "%s", "v": -1},
				  {"t": "%s", "v": 501},
				  {"t": "%s", "v": 2.0},
				  {"t": "%s", "v": 2.0},
				  {"t": "%s", "v": "2.0"},
				  {"t": "%s", "v": 2.0}]}""".formatted(now.minusSeconds(60), now.minusSeconds(120),
				now.minusSeconds(180), now.minusSeconds(240), now.minus(8, ChronoUnit.DAYS), now.plus(1, ChronoUnit.HOURS),
				now.minusSeconds(300), now.minusSeconds(60));
		send(this.token, body).andExpect(status().isOk())
			.andExpect(jsonPath("$.accepted").value(1))
			.andExpect(jsonPath("$.duplicates").value(1))
			.andExpect(jsonPath("$.rejected").value(6))
			// Reading 0 was accepted, so it is not listed: the outcomes are those of readings 1 to 7.
			.andExpect(jsonPath("$.outcomes.length()").value(7))
			.andExpect(jsonPath("$.outcomes[*].index").value(org.hamcrest.Matchers.contains(1, 2, 3, 4, 5, 6, 7)))
			.andExpect(jsonPath("$.outcomes[0].reason").value("unit-mismatch"))
			.andExpect(jsonPath("$.outcomes[1].reason").value("impossible-value"))
			.andExpect(jsonPath("$.outcomes[2].reason").value("impossible-value"))
			.andExpect(jsonPath("$.outcomes[3].reason").value("timestamp-out-of-range"))
			.andExpect(jsonPath("$.outcomes[4].reason").value("timestamp-out-of-range"))
			.andExpect(jsonPath("$.outcomes[5].status").value("rejected"))
			.andExpect(jsonPath("$.outcomes[5].reason").value("malformed-payload"))
			.andExpect(jsonPath("$.outcomes[5].detail").value("'v' must be a number"))
			.andExpect(jsonPath("$.outcomes[6].status").value("duplicate"));
		// A batch naming another device: every reading is rejected as unknown-device.
		send(this.token, "{\"device\": \"NOT-MINE\", \"unit\": \"mg/m³\", \"readings\": [{\"t\": \"" + now
				+ "\", \"v\": 1}, {\"t\": \"" + now.minusSeconds(1) + "\", \"v\": 1}]}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.rejected").value(2))
			.andExpect(jsonPath("$.outcomes[1].reason").value("unknown-device"));
		// An unreadable batch: 400 with the reason, counted too.
		send(this.token, "{\"readings\": [").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.reason").value("malformed-payload"))
			.andExpect(jsonPath("$.device").value(this.benzene.code()));
		assertThat(rejections(this.benzene)).containsExactlyInAnyOrderEntriesOf(Map.of(RejectionReason.UNIT_MISMATCH, 1L,
				RejectionReason.IMPOSSIBLE_VALUE, 2L, RejectionReason.TIMESTAMP_OUT_OF_RANGE, 2L,
				RejectionReason.MALFORMED_PAYLOAD, 2L, RejectionReason.UNKNOWN_DEVICE, 2L));
		assertThat(this.devices.find(MonitoringFixtures.GONGSHU, this.benzene.id()).rejected()).isEqualTo(9);
	}

	/** The rejection's detail quotes the device's unit and code; a NUL in them failed the whole batch. */
	@Test
	void countsRejectionsWhoseDetailQuotesControlCharacters() throws Exception {
		Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		send(this.token, "{\"unit\": \"mg\\u0000\", \"readings\": [{\"t\": \"" + now.minusSeconds(30) + "\", \"v\": 1}]}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.outcomes[0].reason").value("unit-mismatch"));
		send(this.token, "{\"device\": \"X\\u0000\", \"unit\": \"mg/m³\", \"readings\": [{\"t\": \"" + now.minusSeconds(20)
				+ "\", \"v\": 1}]}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.outcomes[0].reason").value("unknown-device"));
		assertThat(rejections(this.benzene)).containsExactlyInAnyOrderEntriesOf(
				Map.of(RejectionReason.UNIT_MISMATCH, 1L, RejectionReason.UNKNOWN_DEVICE, 1L));
	}

	@Test
	void aDeviceTokenAuthenticatesOnlyIngestionOfItsDevice() throws Exception {
		send("dev_unknown", MonitoringFixtures.everyMinute("mg/m³", 1, 1)).andExpect(status().isUnauthorized());
		this.mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + this.token))
			.andExpect(status().isUnauthorized());
		this.mvc.perform(get("/api/v1/monitoring/devices").header("Authorization", "Bearer " + this.token))
			.andExpect(status().isUnauthorized());
		TestUsers users = new TestUsers(this.administration, this.details);
		String userToken = ApiTokens.issue(this.mvc, users.as("county"), "monitoring:device:read");
		send(userToken, MonitoringFixtures.everyMinute("mg/m³", 1, 1)).andExpect(status().isUnauthorized());
		// A new token replaces the old one; a retired device's token stops working.
		String second = this.devices.issueToken(MonitoringFixtures.GONGSHU, this.benzene.id()).secret();
		send(this.token, MonitoringFixtures.everyMinute("mg/m³", 1, 1)).andExpect(status().isUnauthorized());
		send(second, MonitoringFixtures.everyMinute("mg/m³", 1, 1)).andExpect(status().isOk());
		this.devices.retire(MonitoringFixtures.GONGSHU, this.benzene.id());
		send(second, MonitoringFixtures.everyMinute("mg/m³", 1, 1)).andExpect(status().isUnauthorized());
	}

	/**
	 * Ingestion plans its statements on the partitioned tables generically (a transaction-local
	 * {@code plan_cache_mode}) and puts the transaction's own mode back afterwards, also when every reading
	 * was a duplicate: a transaction it joins keeps its setting, alerts are raised under it.
	 */
	@Test
	void givesTheTransactionItsPlanCacheModeBackWhenItsReadingsAreStored() {
		String batch = MonitoringFixtures.everyMinute("mg/m³", 12, 300);
		new TransactionTemplate(this.transactionManager).executeWithoutResult(status -> {
			this.jdbc.sql("select set_config('plan_cache_mode', 'force_custom_plan', true)").query(String.class).single();
			try {
				send(this.token, batch).andExpect(status().isOk()).andExpect(jsonPath("$.accepted").value(300));
				assertThat(planCacheMode()).as("after a batch that raised alerts").isEqualTo("force_custom_plan");
				send(this.token, batch).andExpect(status().isOk()).andExpect(jsonPath("$.duplicates").value(300));
				assertThat(planCacheMode()).as("after a batch of duplicates").isEqualTo("force_custom_plan");
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
			assertThat(this.jdbc.sql("select count(*) from monitoring.alert where device_id = :d")
				.param("d", this.benzene.id())
				.query(Long.class)
				.single()).as("TWA and STEL raised in the same transaction").isEqualTo(2);
			status.setRollbackOnly();
		});
		assertThat(planCacheMode()).isEqualTo("auto");
	}

	String planCacheMode() {
		return this.jdbc.sql("select current_setting('plan_cache_mode')").query(String.class).single();
	}

	@Test
	void raisesTwaAndStelAlertsFromStoredMinutesAndDeduplicatesRepeats() throws Exception {
		// 300 minutes at 12 mg/m³ benzene (PC-TWA 6, PC-STEL 10), 60 s per reading:
		// TWA = 300 × 12 × 60 / 28,800 = 7.5 > 6; the last 15 minutes: 15 × 12 × 60 / 900 = 12 > 10.
		send(this.token, MonitoringFixtures.everyMinute("mg/m³", 12, 300)).andExpect(status().isOk())
			.andExpect(jsonPath("$.accepted").value(300));
		DeviceView device = this.devices.find(MonitoringFixtures.GONGSHU, this.benzene.id());
		assertThat(device.exposure()).isEqualTo(7.5);
		assertThat(device.exposureLimit()).isEqualTo(6.0);
		assertThat(device.level()).isEqualTo("EXCEEDED");
		List<AlertView> raised = this.alerts
			.search(MonitoringFixtures.GONGSHU, new AlertFilter(null, null, null, this.site.employer().id(), null),
					org.ohsonline.shared.PageQuery.of(1, 20))
			.items();
		assertThat(raised).extracting(AlertView::kind).containsExactlyInAnyOrder(AlertKind.TWA, AlertKind.STEL);
		AlertView twa = raised.stream().filter(a -> a.kind() == AlertKind.TWA).findFirst().orElseThrow();
		assertThat(twa.observed()).isEqualTo(7.5);
		assertThat(twa.status()).isEqualTo(AlertStatus.RAISED);
		// A further minute at 30: still one TWA alert, now seen twice, with the highest value kept:
		// TWA = (300 × 720 + 30 × 60) / 28,800 = (216,000 + 1,800) / 28,800 = 7.5625
		Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
		send(this.token, "{\"unit\": \"mg/m³\", \"readings\": [{\"t\": \"" + now + "\", \"v\": 30}]}")
			.andExpect(status().isOk());
		AlertView again = this.alerts.find(MonitoringFixtures.GONGSHU, twa.id());
		assertThat(again.occurrences()).isEqualTo(2);
		assertThat(again.observed()).isEqualTo(7.5625);
		assertThat(this.alerts
			.search(MonitoringFixtures.GONGSHU, new AlertFilter(null, null, AlertKind.TWA, this.site.employer().id(), null),
					org.ohsonline.shared.PageQuery.of(1, 20))
			.total()).isEqualTo(1);
	}

	@Test
	void noiseIsJudgedByLexEightHoursFromStoredReadings() throws Exception {
		DeviceView meter = this.fixtures.device(this.site, "3008", "dB(A)", 60, 140);
		String meterToken = this.devices.issueToken(MonitoringFixtures.GONGSHU, meter.id()).secret();
		// 240 minutes at 88 dB(A): energy 240 × 60 × 10^8.8; L_EX,8h = 88 + 10·lg(14,400 / 28,800) = 84.99 → action level
		send(meterToken, MonitoringFixtures.everyMinute("dB(A)", 88, 240)).andExpect(status().isOk());
		DeviceView device = this.devices.find(MonitoringFixtures.GONGSHU, meter.id());
		assertThat(device.exposure()).isCloseTo(84.9897, org.assertj.core.api.Assertions.within(1e-4));
		assertThat(device.level()).isEqualTo("ACTION");
	}

	@Test
	void heatIsJudgedAgainstTheCatalogLimitForTheDevicesWorkload() throws Exception {
		DeviceView wbgt = this.devices.register(MonitoringFixtures.GONGSHU,
				new DeviceCommand(MonitoringFixtures.code("WBGT"), "高温监测", this.site.employer().id(),
						this.site.post().id(), "3007", "°C WBGT", null, 60, 0.0, 60.0,
						java.time.LocalDate.now().plusMonths(6), "II", 75, false));
		String wbgtToken = this.devices.issueToken(MonitoringFixtures.GONGSHU, wbgt.id()).secret();
		// 60 minutes at 29.5 °C WBGT: the mean 29.5 exceeds the limit of intensity II at 75 % (29 °C)
		send(wbgtToken, MonitoringFixtures.everyMinute("°C WBGT", 29.5, 60)).andExpect(status().isOk())
			.andExpect(jsonPath("$.accepted").value(60));
		DeviceView device = this.devices.find(MonitoringFixtures.GONGSHU, wbgt.id());
		assertThat(device.exposure()).isEqualTo(29.5);
		assertThat(device.exposureLimit()).isEqualTo(29.0);
		assertThat(device.level()).isEqualTo("EXCEEDED");
		assertThat(this.alerts
			.search(MonitoringFixtures.GONGSHU, new AlertFilter(null, null, AlertKind.HEAT, this.site.employer().id(), null),
					org.ohsonline.shared.PageQuery.of(1, 5))
			.total()).isEqualTo(1);
	}

	/**
	 * A batch resent with new readings in it: the ones already stored are answered duplicate by their index
	 * and stored once, the new ones accepted; the minutes and the hours rolled up from them count each
	 * reading once and hold the sums of the readings.
	 */
	@Test
	void storesTheNewReadingsOfAPartlyResentBatchAndRollsItsMinutesUpIntoHours() throws Exception {
		// 90 readings a minute apart, values 1, 2, 3, 1, 2, 3, …, from 2 h 10 min to 41 min before the current hour began:
		// all in the past whatever the minute now (a reading from the future is refused), across three hours
		Instant start = Instant.now().truncatedTo(ChronoUnit.HOURS).minus(3, ChronoUnit.HOURS).plus(50, ChronoUnit.MINUTES);
		send(this.token, batch(start, 0, 60)).andExpect(status().isOk())
			.andExpect(jsonPath("$.accepted").value(60))
			.andExpect(jsonPath("$.outcomes.length()").value(0));
		// Readings 30 to 89: the first 30 are stored already, the last 30 are new.
		send(this.token, batch(start, 30, 90)).andExpect(status().isOk())
			.andExpect(jsonPath("$.accepted").value(30))
			.andExpect(jsonPath("$.duplicates").value(30))
			.andExpect(jsonPath("$.outcomes.length()").value(30))
			.andExpect(jsonPath("$.outcomes[0].index").value(0))
			.andExpect(jsonPath("$.outcomes[29].index").value(29))
			.andExpect(jsonPath("$.outcomes[29].status").value("duplicate"));
		var readings = this.jdbc.sql("""
				select count(*), sum(value), min(value), max(value) from monitoring.reading where device_id = :d""")
			.param("d", this.benzene.id())
			.query((rs, n) -> List.of(rs.getDouble(1), rs.getDouble(2), rs.getDouble(3), rs.getDouble(4)))
			.single();
		// 90 readings, 30 each of 1, 2 and 3: total 30 × 6 = 180
		assertThat(readings).containsExactly(90.0, 180.0, 1.0, 3.0);
		for (String table : List.of("reading_minute", "reading_hour")) {
			var sums = this.jdbc.sql("select sum(n), sum(total), min(minimum), max(maximum), sum(dose) from monitoring."
					+ table + " where device_id = :d")
				.param("d", this.benzene.id())
				.query((rs, n) -> List.of(rs.getDouble(1), rs.getDouble(2), rs.getDouble(3), rs.getDouble(4),
						rs.getDouble(5)))
				.single();
			// dose: 180 × 60 s = 10,800
			assertThat(sums).as(table).containsExactly(90.0, 180.0, 1.0, 3.0, 10_800.0);
		}
		// Each hour holds the sums of the readings measured in it (the first 10 minutes of the first hour, …).
		List<List<Double>> mismatches = this.jdbc.sql("""
				select extract(epoch from h.hour), h.n, r.n from monitoring.reading_hour h
				join (select date_bin('1 hour', measured_at, timestamptz 'epoch') as hour, count(*) as n, sum(value) as total,
				        min(value) as minimum, max(value) as maximum
				      from monitoring.reading where device_id = :d group by 1) r on r.hour = h.hour
				where h.device_id = :d and (h.n <> r.n or h.total <> r.total or h.minimum <> r.minimum
				  or h.maximum <> r.maximum or h.dose <> r.total * 60)""")
			.param("d", this.benzene.id())
			.query((rs, n) -> List.of(rs.getDouble(1), rs.getDouble(2), rs.getDouble(3)))
			.list();
		assertThat(mismatches).isEmpty();
		assertThat(this.jdbc.sql("select count(*) from monitoring.reading_hour where device_id = :d")
			.param("d", this.benzene.id())
			.query(Integer.class)
			.single()).as("the 90 minutes span two clock hours and part of a third").isEqualTo(3);
	}

	/** Readings {@code from} (inclusive) to {@code to} (exclusive), a minute apart from {@code start}, values 1, 2, 3, … */
	static String batch(Instant start, int from, int to) {
		StringBuilder body = new StringBuilder("{\"unit\":\"mg/m³\",\"readings\":[");
		for (int k = from; k < to; k++) {
			body.append(k == from ? "" : ",")
				.append("{\"t\":")
				.append(start.plus(k, ChronoUnit.MINUTES).toEpochMilli())
				.append(",\"v\":")
				.append(1 + k % 3)
				.append('}');
		}
		return body.append("]}").toString();
	}

	/**
	 * The devices of several employers read at once are each one's device list with its health: the site's benzene
	 * device after a batch of readings and a noise device without any, another site's retired device; an employer
	 * without a device and an unknown id are absent, and an inspector of another county reads none.
	 */
	@Test
	void readsTheDevicesOfSeveralEmployersAtOnceAsEachOnesList() throws Exception {
		DeviceView noise = this.fixtures.device(this.site, "3008", "dB(A)", 60, 140);
		send(this.token, MonitoringFixtures.everyMinute("mg/m³", 1.5, 5)).andExpect(status().isOk());
		MonitoringFixtures.Site other = this.fixtures.site();
		this.devices.retire(MonitoringFixtures.GONGSHU, this.fixtures.device(other, "3008", "dB(A)", 60, 140).id());
		MonitoringFixtures.Site bare = this.fixtures.site();
		List<Long> ids = List.of(this.site.employer().id(), other.employer().id(), bare.employer().id(), -1L);

		Map<Long, List<DeviceView>> batch = this.devices.ofEmployers(MonitoringFixtures.GONGSHU, ids);
		assertThat(batch).containsOnlyKeys(this.site.employer().id(), other.employer().id());
		assertThat(batch.get(this.site.employer().id())).extracting(DeviceView::id, d -> d.lastMeasuredAt() != null)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(this.benzene.id(), true),
					org.assertj.core.groups.Tuple.tuple(noise.id(), false));
		assertThat(batch.get(other.employer().id())).singleElement()
			.satisfies(d -> assertThat(d.status()).isEqualTo("RETIRED"));
		for (long id : ids) {
			assertThat(batch.getOrDefault(id, List.of())).as("employer %d", id)
				.isEqualTo(this.devices.search(MonitoringFixtures.GONGSHU, null, id, null,
						org.ohsonline.shared.PageQuery.of(1, 50)).items());
		}
		assertThat(this.devices.ofEmployers(MonitoringFixtures.inspector("330106"), ids)).isEmpty();
	}

}
