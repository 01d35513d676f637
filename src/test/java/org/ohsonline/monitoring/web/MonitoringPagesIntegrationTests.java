package org.ohsonline.monitoring.web;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ohsonline.IntegrationTest;
import org.ohsonline.TestUsers;
import org.ohsonline.iam.internal.UserAdministration;
import org.ohsonline.monitoring.AlertFilter;
import org.ohsonline.monitoring.AlertView;
import org.ohsonline.monitoring.Alerts;
import org.ohsonline.monitoring.DeviceView;
import org.ohsonline.monitoring.Devices;
import org.ohsonline.monitoring.MonitoringFixtures;
import org.ohsonline.monitoring.internal.Ingestion;
import org.ohsonline.registry.Employers;
import org.ohsonline.registry.Workers;
import org.ohsonline.shared.PageQuery;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The monitoring pages as the demo county supervisor and inspector see them, and what others cannot. */
@IntegrationTest
class MonitoringPagesIntegrationTests {

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
	Ingestion ingestion;

	@Autowired
	UserAdministration administration;

	@Autowired
	UserDetailsService details;

	TestUsers users;

	MonitoringFixtures.Site site;

	DeviceView h2s;

	AlertView alert;

	@BeforeEach
	void setUp() {
		this.users = new TestUsers(this.administration, this.details);
		this.users.ensure("monitoring-xihu", "INSPECTOR", "330106", null);
		this.site = new MonitoringFixtures(this.employers, this.workers, this.devices).site();
		this.h2s = new MonitoringFixtures(this.employers, this.workers, this.devices).device(this.site, "2184", "mg/m³",
				60, 200);
		Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
		this.ingestion.fromMqtt(this.h2s.code(), ("{\"unit\":\"mg/m³\",\"readings\":[{\"t\":\"" + now.minusSeconds(120)
				+ "\",\"v\":4},{\"t\":\"" + now.minusSeconds(60) + "\",\"v\":12}]}").getBytes(), now);
		this.alert = this.alerts
			.search(MonitoringFixtures.GONGSHU, new AlertFilter(null, null, null, this.site.employer().id(), null),
					PageQuery.of(1, 5))
			.items()
			.get(0);
	}

	@Test
	void theJurisdictionLiveViewShowsTheExceededPostInRed() throws Exception {
		this.mvc.perform(get("/monitoring").with(this.users.as("county")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(this.site.employer().name())))
			.andExpect(content().string(containsString("data-light=\"RED\"")));
		this.mvc.perform(get("/monitoring/lights").with(this.users.as("county")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-testid=\"post-lights\"")));
	}

	@Test
	void theEmployerLiveViewHasAChartPerDeviceFedByMinuteSeries() throws Exception {
		this.mvc.perform(get("/monitoring/employers/{id}", this.site.employer().id()).with(this.users.as("county")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-testid=\"device-chart\"")))
			.andExpect(content().string(containsString("echarts.min.js")));
		this.mvc.perform(get("/monitoring/devices/{id}/series", this.h2s.id()).with(this.users.as("county")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(2))
			.andExpect(jsonPath("$[1].mean").value(12.0));
		this.mvc.perform(get("/monitoring/devices/{id}", this.h2s.id()).with(this.users.as("county")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-testid=\"chart-table\"")));
	}

	@Test
	void anInspectorWorksTheAlertFromTheQueue() throws Exception {
		this.alerts.acknowledge(MonitoringFixtures.employerManager(this.site.employer()), this.alert.id(), "阀门泄漏");
		this.mvc.perform(get("/monitoring/alerts").with(this.users.as("inspector")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/monitoring/alerts/" + this.alert.id())));
		this.mvc.perform(post("/monitoring/alerts/{id}/verification", this.alert.id()).with(csrf())
				.with(this.users.as("inspector")))
			.andExpect(redirectedUrl("/monitoring/alerts/" + this.alert.id()));
		this.mvc.perform(post("/monitoring/alerts/{id}/close", this.alert.id()).with(csrf())
				.with(this.users.as("inspector"))
				.param("text", "核查属实"))
			.andExpect(redirectedUrl("/monitoring/alerts/" + this.alert.id()));
		this.mvc.perform(get("/monitoring/alerts/{id}", this.alert.id()).with(this.users.as("inspector")))
			.andExpect(content().string(containsString("核查属实")));
	}

	@Test
	void exportsTheFilteredQueueWithinTheJurisdiction() throws Exception {
		List<List<String>> rows = export("/monitoring/alerts/export.xlsx?queue=all&kind=" + this.alert.kind(), "county");
		assertThat(rows.get(0)).startsWith("预警时间", "用人单位");
		assertThat(rows).anySatisfy(row -> assertThat(row).contains(this.site.employer().name(), this.h2s.code(), "12.0"));
		assertThat(rows.subList(1, rows.size())).allSatisfy(row -> assertThat(row.get(2)).startsWith("330105"));
		assertThat(export("/monitoring/alerts/export.xlsx?queue=all", "monitoring-xihu"))
			.noneSatisfy(row -> assertThat(row).contains(this.h2s.code()));
	}

	private List<List<String>> export(String path, String username) throws Exception {
		byte[] xlsx = this.mvc.perform(get(path).with(this.users.as(username)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		List<List<String>> rows = new ArrayList<>();
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
			for (Row row : workbook.getFirstSheet().read()) {
				List<String> cells = new ArrayList<>();
				for (int i = 0; i < row.getCellCount(); i++) {
					cells.add(row.getCellText(i));
				}
				rows.add(cells);
			}
		}
		return rows;
	}

	@Test
	void anotherCountySeesNeitherTheAlertNorTheDevice() throws Exception {
		this.mvc.perform(get("/monitoring/alerts/{id}", this.alert.id()).with(this.users.as("monitoring-xihu")))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/monitoring/devices/{id}/series", this.h2s.id()).with(this.users.as("monitoring-xihu")))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/monitoring/alerts").param("queue", "all").with(this.users.as("monitoring-xihu")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("/monitoring/alerts/" + this.alert.id() + "\""))));
		this.mvc.perform(get("/inbox").with(this.users.as("monitoring-xihu")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(this.h2s.code()))));
		this.mvc.perform(get("/inbox").with(this.users.as("county")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(this.h2s.code())));
	}

}
