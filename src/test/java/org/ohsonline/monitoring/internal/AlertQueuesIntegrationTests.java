package org.ohsonline.monitoring.internal;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ohsonline.IntegrationTest;
import org.ohsonline.monitoring.AlertFilter;
import org.ohsonline.monitoring.AlertKind;
import org.ohsonline.monitoring.AlertQueues;
import org.ohsonline.monitoring.AlertStatus;
import org.ohsonline.monitoring.AlertView;
import org.ohsonline.monitoring.Alerts;
import org.ohsonline.monitoring.DeviceView;
import org.ohsonline.monitoring.Devices;
import org.ohsonline.monitoring.MonitoringFixtures;
import org.ohsonline.registry.Employers;
import org.ohsonline.registry.Workers;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.PageQuery;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The home pages' counts of alerts follow an alert through its life exactly as the alert queue's
 * filters do: waiting for the employer's explanation with its deadline, then for an inspector, then
 * under that inspector's verification; and alerts per month and kind.
 */
@IntegrationTest
class AlertQueuesIntegrationTests {

	@Autowired
	AlertQueues queues;

	@Autowired
	Alerts alerts;

	@Autowired
	Ingestion ingestion;

	@Autowired
	Employers employers;

	@Autowired
	Workers workers;

	@Autowired
	Devices devices;

	MonitoringFixtures.Site site;

	DeviceView h2s;

	Actor manager;

	final Actor inspector = MonitoringFixtures.inspector("330105");

	final Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS);

	@BeforeEach
	void setUp() {
		MonitoringFixtures fixtures = new MonitoringFixtures(this.employers, this.workers, this.devices);
		this.site = fixtures.site();
		this.h2s = fixtures.device(this.site, "2184", "mg/m³", 10, 200);
		this.manager = MonitoringFixtures.employerManager(this.site.employer());
	}

	@Test
	void followsAnAlertFromTheEmployersAnswerToTheInspectorsVerification() {
		AlertQueues.Queue before = this.queues.queue(this.inspector);
		AlertView raised = exceed();

		AlertQueues.Queue own = this.queues.queue(this.manager);
		assertThat(own.awaitingAnswer()).isEqualTo(1);
		assertThat(own.escalated()).isZero();
		assertThat(own.nextAnswerDue()).isEqualTo(raised.acknowledgeDue());
		AlertQueues.Queue county = this.queues.queue(this.inspector);
		assertThat(county.awaitingAnswer()).isEqualTo(before.awaitingAnswer() + 1)
			.isEqualTo(listed(new AlertFilter(null, AlertStatus.RAISED, null, null, null)));
		assertThat(county.open()).isEqualTo(before.open() + 1).isEqualTo(listed(new AlertFilter(null, null, null, null, "open")));

		this.alerts.acknowledge(this.manager, raised.id(), "检修时阀门泄漏，已更换密封件");
		assertThat(this.queues.queue(this.manager).awaitingAnswer()).isZero();
		AlertQueues.Queue explained = this.queues.queue(this.inspector);
		assertThat(explained.awaitingVerification()).isEqualTo(before.awaitingVerification() + 1)
			.isEqualTo(listed(new AlertFilter(null, null, null, null, "verification")));

		this.alerts.startVerification(this.inspector, raised.id());
		AlertQueues.Queue verifying = this.queues.queue(this.inspector);
		assertThat(verifying.mine()).isEqualTo(before.mine() + 1)
			.isEqualTo(listed(new AlertFilter(null, null, null, null, "mine")));
		assertThat(verifying.awaitingVerification()).isEqualTo(before.awaitingVerification());
		// Another district's inspector sees none of it.
		assertThat(this.queues.queue(MonitoringFixtures.inspector("330114")).open()).isZero();
	}

	@Test
	void countsAlertsRaisedPerMonthAndKind() {
		YearMonth month = YearMonth.now(ZoneId.of("Asia/Shanghai"));
		long before = ceilings(month);
		exceed();
		assertThat(ceilings(month)).isEqualTo(before + 1);
		assertThat(this.queues.byMonth(this.manager, month.minusMonths(11)))
			.singleElement()
			.satisfies(c -> {
				assertThat(c.kind()).isEqualTo(AlertKind.CEILING);
				assertThat(c.alerts()).isEqualTo(1);
			});
	}

	private long ceilings(YearMonth month) {
		return this.queues.byMonth(this.inspector, month.minusMonths(11))
			.stream()
			.filter(c -> c.month().equals(month) && c.kind() == AlertKind.CEILING)
			.mapToLong(AlertQueues.MonthCount::alerts)
			.sum();
	}

	private long listed(AlertFilter filter) {
		return this.alerts.search(this.inspector, filter, PageQuery.of(1, 1)).total();
	}

	/** One H2S reading of 15 mg/m³ (MAC 10) raises a ceiling alert. */
	private AlertView exceed() {
		Ingestion.BatchResult result = this.ingestion.fromMqtt(this.h2s.code(),
				("{\"unit\":\"mg/m³\",\"readings\":[{\"t\":\"" + this.start + "\",\"v\":15}]}").getBytes(), this.start);
		assertThat(result.accepted()).isEqualTo(1);
		return this.alerts
			.search(this.manager, new AlertFilter(null, null, AlertKind.CEILING, null, "open"), PageQuery.of(1, 5))
			.items()
			.get(0);
	}

}
