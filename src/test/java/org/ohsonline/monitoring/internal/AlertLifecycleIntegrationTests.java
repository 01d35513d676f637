package org.ohsonline.monitoring.internal;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ohsonline.IntegrationTest;
import org.ohsonline.monitoring.AlertConfirmedAsViolation;
import org.ohsonline.monitoring.AlertFilter;
import org.ohsonline.monitoring.AlertKind;
import org.ohsonline.monitoring.AlertStatus;
import org.ohsonline.monitoring.AlertView;
import org.ohsonline.monitoring.Alerts;
import org.ohsonline.monitoring.DeviceOffline;
import org.ohsonline.monitoring.DeviceView;
import org.ohsonline.monitoring.Devices;
import org.ohsonline.monitoring.ExposureAlertRaised;
import org.ohsonline.monitoring.MonitoringFixtures;
import org.ohsonline.notification.Inbox;
import org.ohsonline.notification.InboxItem;
import org.ohsonline.registry.Employers;
import org.ohsonline.registry.Workers;
import org.ohsonline.shared.AccessDeniedException;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.InvalidInputException;
import org.ohsonline.shared.NotFoundException;
import org.ohsonline.shared.PageQuery;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An alert from raising to closing or confirmation, with escalation and offline detection at
 * chosen instants, and alerts kept inside their jurisdiction.
 */
@IntegrationTest
@RecordApplicationEvents
class AlertLifecycleIntegrationTests {

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
	Inbox inbox;

	@Autowired
	AlertService alertService;

	@Autowired
	DeviceHealth health;

	@Autowired
	ApplicationEvents events;

	MonitoringFixtures.Site site;

	DeviceView h2s;

	Actor manager;

	/** Each exceedance of a test is sent at its own second before the test started (no duplicates). */
	final Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS);

	int sent;

	final Actor inspector = MonitoringFixtures.inspector("330105");

	@BeforeEach
	void setUp() {
		MonitoringFixtures fixtures = new MonitoringFixtures(this.employers, this.workers, this.devices);
		this.site = fixtures.site();
		this.h2s = fixtures.device(this.site, "2184", "mg/m³", 10, 200);
		this.manager = MonitoringFixtures.employerManager(this.site.employer());
	}

	/** Sends one H2S reading of 15 mg/m³ (MAC 10) now, raising a ceiling alert. */
	AlertView exceed() {
		Instant now = this.start.minusSeconds(this.sent++);
		Ingestion.BatchResult result = this.ingestion.fromMqtt(this.h2s.code(),
				("{\"unit\":\"mg/m³\",\"readings\":[{\"t\":\"" + now + "\",\"v\":15}]}").getBytes(), now);
		assertThat(result.accepted()).isEqualTo(1);
		return this.alerts
			.search(MonitoringFixtures.GONGSHU,
					new AlertFilter(null, null, AlertKind.CEILING, this.site.employer().id(), "open"), PageQuery.of(1, 5))
			.items()
			.get(0);
	}

	@Test
	void goesFromRaisedThroughExplanationToAnInspectorWhoClosesIt() {
		AlertView raised = exceed();
		assertThat(raised.status()).isEqualTo(AlertStatus.RAISED);
		assertThat(raised.observed()).isEqualTo(15.0);
		assertThat(raised.limit()).isEqualTo(10.0);
		assertThat(this.events.stream(ExposureAlertRaised.class).filter(e -> e.alertId() == raised.id())).hasSize(1);
		assertThat(notices(this.manager)).contains("monitoring:alert:" + raised.id());

		assertThatThrownBy(() -> this.alerts.startVerification(this.inspector, raised.id()))
			.as("nothing to verify before the employer explained (and before escalation)")
			.isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> this.alerts.acknowledge(this.inspector, raised.id(), "x"))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.alerts.acknowledge(this.manager, raised.id(), " "))
			.isInstanceOf(InvalidInputException.class);

		AlertView acknowledged = this.alerts.acknowledge(this.manager, raised.id(), "检修时阀门泄漏，已更换密封件");
		assertThat(acknowledged.status()).isEqualTo(AlertStatus.ACKNOWLEDGED);
		assertThat(this.alerts.search(this.inspector, new AlertFilter(null, null, null, null, "verification"),
				PageQuery.of(1, 200)).items()).extracting(AlertView::id).contains(raised.id());
		assertThat(notices(this.inspector)).contains("monitoring:alert:" + raised.id());

		AlertView verifying = this.alerts.startVerification(this.inspector, raised.id());
		assertThat(verifying.status()).isEqualTo(AlertStatus.VERIFYING);
		assertThat(verifying.inspector()).isEqualTo(this.inspector.username());
		Actor colleague = MonitoringFixtures.inspector("330105");
		Actor other = new Actor(9100, "another-inspector", "另一执法人员", "330105", colleague.scope(),
				colleague.permissions(), "127.0.0.1", Actor.Channel.UI);
		assertThatThrownBy(() -> this.alerts.closeAsExplained(other, raised.id(), "同意"))
			.isInstanceOf(InvalidInputException.class);

		AlertView closed = this.alerts.closeAsExplained(this.inspector, raised.id(), "现场核查属实，说明成立");
		assertThat(closed.status()).isEqualTo(AlertStatus.CLOSED);
		assertThat(closed.resolvedAt()).isNotNull();
		// Closed, a new exceedance raises a new alert rather than reopening this one.
		assertThat(exceed().id()).isNotEqualTo(raised.id());
	}

	@Test
	void aConfirmedViolationIsPublishedForEnforcement() {
		AlertView raised = exceed();
		this.alerts.acknowledge(this.manager, raised.id(), "设备故障");
		this.alerts.startVerification(this.inspector, raised.id());
		AlertView confirmed = this.alerts.confirmViolation(this.inspector, raised.id(), "调取视频，确认超标作业");
		assertThat(confirmed.status()).isEqualTo(AlertStatus.CONFIRMED);
		assertThat(this.events.stream(AlertConfirmedAsViolation.class).filter(e -> e.alertId() == raised.id()))
			.singleElement()
			.satisfies(e -> {
				assertThat(e.employerCreditCode()).isEqualTo(this.site.employer().creditCode());
				assertThat(e.hazardCode()).isEqualTo("2184");
				assertThat(e.observed()).isEqualTo(15.0);
				assertThat(e.inspector()).isEqualTo(this.inspector.username());
			});
	}

	@Test
	void anAlertNotAcknowledgedInTimeIsEscalatedOnceAndMayBeVerifiedWithoutExplanation() {
		AlertView raised = exceed();
		// The default acknowledgement period is 24 h: one minute before the due time nothing happens,
		// one minute after it the alert is escalated, and a second run does not escalate it again.
		assertThat(this.alertService.escalate(raised.acknowledgeDue().minusSeconds(60))).extracting(AlertView::id)
			.doesNotContain(raised.id());
		assertThat(this.alertService.escalate(raised.acknowledgeDue().plusSeconds(60))).extracting(AlertView::id)
			.contains(raised.id());
		assertThat(this.alertService.escalate(raised.acknowledgeDue().plusSeconds(120))).extracting(AlertView::id)
			.doesNotContain(raised.id());
		AlertView escalated = this.alerts.find(this.inspector, raised.id());
		assertThat(escalated.escalated()).isTrue();
		assertThat(escalated.awaitingVerification()).isTrue();
		assertThat(this.alerts.startVerification(this.inspector, raised.id()).status()).isEqualTo(AlertStatus.VERIFYING);
	}

	@Test
	void alertsStayInsideTheirJurisdiction() {
		AlertView raised = exceed();
		Actor xihu = MonitoringFixtures.inspector("330106");
		assertThatThrownBy(() -> this.alerts.find(xihu, raised.id())).isInstanceOf(NotFoundException.class);
		assertThat(this.alerts.search(xihu, AlertFilter.all(), PageQuery.of(1, 200)).items()).extracting(AlertView::id)
			.doesNotContain(raised.id());
		assertThat(this.alerts.search(xihu, new AlertFilter("330105", null, null, null, null), PageQuery.of(1, 200))
			.total()).as("asking for another county's region gives nothing").isZero();
		this.alerts.acknowledge(this.manager, raised.id(), "说明");
		assertThatThrownBy(() -> this.alerts.startVerification(xihu, raised.id())).isInstanceOf(NotFoundException.class);
		MonitoringFixtures.Site otherSite = new MonitoringFixtures(this.employers, this.workers, this.devices).site();
		Actor otherManager = MonitoringFixtures.employerManager(otherSite.employer());
		assertThatThrownBy(() -> this.alerts.find(otherManager, raised.id())).isInstanceOf(NotFoundException.class);
		assertThat(notices(xihu)).doesNotContain("monitoring:alert:" + raised.id());
		assertThat(notices(otherManager)).doesNotContain("monitoring:alert:" + raised.id());
	}

	@Test
	void aDeviceThatGoesQuietForFiveIntervalsIsOffline() {
		Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		this.ingestion.fromMqtt(this.h2s.code(),
				("{\"unit\":\"mg/m³\",\"readings\":[{\"t\":\"" + now + "\",\"v\":1}]}").getBytes(), now);
		// sampling every 10 s, offline after 5 intervals: quiet for 50 s is not yet offline, 51 s is.
		assertThat(this.health.detectOffline(now.plusSeconds(50))).extracting(DeviceOffline::deviceId)
			.doesNotContain(this.h2s.id());
		assertThat(this.health.detectOffline(now.plusSeconds(51))).extracting(DeviceOffline::deviceId)
			.contains(this.h2s.id());
		assertThat(this.devices.find(MonitoringFixtures.GONGSHU, this.h2s.id()).offline()).isTrue();
		assertThat(this.health.detectOffline(now.plusSeconds(120))).extracting(DeviceOffline::deviceId)
			.as("reported once per silence")
			.doesNotContain(this.h2s.id());
		Instant later = now.plusSeconds(10);
		this.ingestion.fromMqtt(this.h2s.code(),
				("{\"unit\":\"mg/m³\",\"readings\":[{\"t\":\"" + later + "\",\"v\":1}]}").getBytes(), later);
		assertThat(this.devices.find(MonitoringFixtures.GONGSHU, this.h2s.id()).offline()).isFalse();
	}

	private List<String> notices(Actor actor) {
		return this.inbox.list(actor, false, PageQuery.of(1, 200)).items().stream().map(InboxItem::source).toList();
	}

}
