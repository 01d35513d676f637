package org.ohsonline.enforcement.internal;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ohsonline.IntegrationTest;
import org.ohsonline.TestUsers;
import org.ohsonline.enforcement.DrawLine;
import org.ohsonline.enforcement.InspectionMode;
import org.ohsonline.enforcement.InspectionPlans;
import org.ohsonline.enforcement.InspectionView;
import org.ohsonline.enforcement.Inspections;
import org.ohsonline.enforcement.MonitoringCoverage;
import org.ohsonline.enforcement.NonSiteInspections;
import org.ohsonline.enforcement.Outcome;
import org.ohsonline.enforcement.PlanCommand;
import org.ohsonline.enforcement.PlanView;
import org.ohsonline.iam.internal.UserAdministration;
import org.ohsonline.monitoring.DeviceCommand;
import org.ohsonline.monitoring.DeviceView;
import org.ohsonline.monitoring.Devices;
import org.ohsonline.monitoring.MonitoringFixtures;
import org.ohsonline.registry.EmployerView;
import org.ohsonline.registry.Employers;
import org.ohsonline.registry.RegistryFixtures;
import org.ohsonline.registry.StructureViews;
import org.ohsonline.registry.Workers;
import org.ohsonline.shared.AccessDeniedException;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.InvalidInputException;
import org.ohsonline.shared.NotFoundException;
import org.ohsonline.shared.PageQuery;
import org.ohsonline.shared.Scope;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Non-site inspection (非现场检查): a drawn employer is marked for it only when working online monitoring devices measure
 * every hazard factor at every post (read through the register's and monitoring's facades); the inspection of a marked
 * line keeps the monitoring evidence and proposes its answers from it — an exceedance a violation of the exposure item,
 * devices all reporting the monitoring item complied with, the rest not checked; jurisdiction and permission.
 */
@IntegrationTest
class NonSiteInspectionIntegrationTests {

	static final String TOWNSHIP = "330105002";

	@Autowired
	InspectionPlans plans;

	@Autowired
	Inspections inspections;

	@Autowired
	NonSiteInspections nonSite;

	@Autowired
	Employers employers;

	@Autowired
	Workers workers;

	@Autowired
	Devices devices;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserAdministration administration;

	@Autowired
	UserDetailsService details;

	static Actor supervisor(String region) {
		return new Actor(951, "nonsite-supervisor-" + region, "非现场监管员", region, Scope.region(region),
				Set.of("enforcement:plan:read", "enforcement:plan:write", "enforcement:inspection:read", "risk:portrait:read",
						"registry:employer:read", "monitoring:device:read", "monitoring:alert:read"),
				"127.0.0.1", Actor.Channel.UI);
	}

	final Actor county = supervisor("330105");

	EmployerView employer;

	StructureViews.Post post;

	DrawLine line;

	@BeforeEach
	void drawnEmployerWithTwoHazards() {
		TestUsers users = new TestUsers(this.administration, this.details);
		users.ensure("nonsite-inspector-1", "INSPECTOR", TOWNSHIP, null);
		users.ensure("nonsite-inspector-2", "INSPECTOR", TOWNSHIP, null);
		RegistryFixtures registry = new RegistryFixtures(this.employers, this.workers);
		// a chemical works (division 26 is covered in full by the sampling catalog): always drawn
		this.employer = registry.employer(MonitoringFixtures.GONGSHU, TOWNSHIP, "2614", 30);
		this.post = registry.post(MonitoringFixtures.GONGSHU, this.employer.id(), "2184", "2013");
		PlanView plan = this.plans.create(this.county, new PlanCommand("非现场检查测试", TOWNSHIP, List.of("2614"),
				LocalDate.of(2026, 12, 1), LocalDate.of(2027, 3, 31), null));
		this.plans.commit(this.county, plan.id());
		this.plans.draw(this.county, plan.id());
		this.line = this.plans.lines(this.county, plan.id(), PageQuery.of(1, 500))
			.items()
			.stream()
			.filter(l -> l.employerId() == this.employer.id())
			.findFirst()
			.orElseThrow();
		assertThat(this.line.assigned()).isTrue();
		assertThat(this.line.mode()).isEqualTo(InspectionMode.ON_SITE);
	}

	DeviceView device(String hazard) {
		return this.devices.register(MonitoringFixtures.GONGSHU, new DeviceCommand(MonitoringFixtures.code("NS"), "在线监测",
				this.employer.id(), this.post.id(), hazard, "mg/m³", null, 10, 0.0, 500.0, LocalDate.now().plusMonths(6),
				null, null, null));
	}

	/** The device's state as the monitoring module keeps it after a reading now. */
	void reading(DeviceView device, double exposure, double limit, String level) {
		Timestamp now = Timestamp.from(Instant.now());
		this.jdbc.sql("""
				insert into monitoring.device_state (device_id, last_measured_at, last_value, last_received_at, exposure,
				  exposure_limit, level)
				values (:d, :now, :v, :now, :v, :limit, :level)""")
			.param("d", device.id())
			.param("now", now)
			.param("v", exposure)
			.param("limit", limit)
			.param("level", level)
			.update();
	}

	Actor inspector(long userId) {
		return new Actor(userId, "nonsite-inspector", "非现场执法员", TOWNSHIP, Scope.region(TOWNSHIP),
				Set.of("enforcement:plan:read", "enforcement:inspection:read", "enforcement:inspection:write",
						"monitoring:device:read", "monitoring:alert:read", "risk:rectification:read",
						"risk:rectification:review", "risk:portrait:read"),
				"127.0.0.1", Actor.Channel.UI);
	}

	@Test
	void marksALineNonSiteOnlyWhenEveryHazardIsMonitoredAndInspectsFromTheEvidence() {
		DeviceView h2s = device("2184");
		MonitoringCoverage partial = this.nonSite.coverage(this.county, this.line.planId(), this.line.seq());
		assertThat(partial.hazards()).extracting(MonitoringCoverage.Hazard::hazardCode).containsExactlyInAnyOrder("2184", "2013");
		assertThat(partial.covered()).isEqualTo(1);
		assertThat(partial.complete()).isFalse();
		assertThatThrownBy(() -> this.nonSite.mark(this.county, this.line.planId(), this.line.seq()))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.errors().get(0).code())
				.isEqualTo("enforcement.nonSite.notCovered"));
		assertThat(this.nonSite.line(this.county, this.line.planId(), this.line.seq()).mode()).isEqualTo(InspectionMode.ON_SITE);

		DeviceView benzene = device("2013");
		MonitoringCoverage full = this.nonSite.coverage(this.county, this.line.planId(), this.line.seq());
		assertThat(full.complete()).isTrue();
		DrawLine marked = this.nonSite.mark(this.county, this.line.planId(), this.line.seq());
		assertThat(marked.mode()).isEqualTo(InspectionMode.NON_SITE);
		assertThat(marked.nonSiteBasis()).startsWith("2/2 ").contains(h2s.code(), benzene.code());
		// back and forth while nothing started
		assertThat(this.nonSite.unmark(this.county, this.line.planId(), this.line.seq()).mode()).isEqualTo(InspectionMode.ON_SITE);
		this.nonSite.mark(this.county, this.line.planId(), this.line.seq());

		// H2S over its limit (TWA 15 against 10), benzene below: both reporting
		reading(h2s, 15, 10, "EXCEEDED");
		reading(benzene, 1.2, 6, "BELOW");
		Actor inspector = inspector(this.line.inspectorA());
		InspectionView inspection = this.inspections.start(inspector, this.line.planId(), this.line.seq());
		assertThat(inspection.mode()).isEqualTo(InspectionMode.NON_SITE);
		assertThat(inspection.evidence()).extracting(InspectionView.Evidence::deviceCode)
			.containsExactlyInAnyOrder(h2s.code(), benzene.code());
		assertThat(inspection.evidence()).filteredOn(e -> e.deviceCode().equals(h2s.code())).singleElement().satisfies(e -> {
			assertThat(e.level()).isEqualTo("EXCEEDED");
			assertThat(e.exposure()).isEqualTo(15.0);
			assertThat(e.working()).isTrue();
		});
		// the exposure item (penalty Art. 72(1)) a violation, the monitoring item (Art. 71(2)) complied with,
		// every other item not checked
		for (InspectionView.Item item : inspection.items()) {
			String key = item.violation() == null ? "" : item.violation().key();
			Outcome expected = switch (key) {
				case "72.1" -> Outcome.VIOLATION;
				case "71.2" -> Outcome.COMPLIANT;
				default -> Outcome.NOT_APPLICABLE;
			};
			assertThat(item.outcome()).as(item.code()).isEqualTo(expected);
			assertThat(item.note()).as(item.code()).startsWith("非现场检查");
		}
		assertThat(inspection.unanswered()).isZero();
		// the mode is fixed once the inspection started
		assertThatThrownBy(() -> this.nonSite.unmark(this.county, this.line.planId(), this.line.seq()))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.errors().get(0).code())
				.isEqualTo("enforcement.nonSite.started"));

		InspectionView recorded = this.inspections.record(inspector, inspection.id());
		assertThat(recorded.recordCode()).isNotNull();
		assertThat(recorded.violations()).isEqualTo(1);
		assertThat(recorded.items()).filteredOn(i -> i.outcome() == Outcome.VIOLATION)
			.singleElement()
			.satisfies(i -> assertThat(i.rectificationId()).isNotNull());
		assertThat(this.inspections.recordPdf(inspector, inspection.id())).startsWith("%PDF".getBytes());
	}

	@Test
	void aDeviceNotReportingMakesTheMonitoringItemAViolation() {
		DeviceView h2s = device("2184");
		device("2013");
		this.nonSite.mark(this.county, this.line.planId(), this.line.seq());
		reading(h2s, 3, 10, "BELOW");
		// benzene's device registered but never reported
		InspectionView inspection = this.inspections.start(inspector(this.line.inspectorB()), this.line.planId(),
				this.line.seq());
		assertThat(inspection.items()).filteredOn(i -> i.violation() != null && i.violation().key().equals("71.2"))
			.singleElement()
			.satisfies(i -> assertThat(i.outcome()).isEqualTo(Outcome.VIOLATION));
		assertThat(inspection.items()).filteredOn(i -> i.violation() != null && i.violation().key().equals("72.1"))
			.singleElement()
			.satisfies(i -> assertThat(i.outcome()).isEqualTo(Outcome.COMPLIANT));
	}

	@Test
	void onlyTheRegionsSupervisorsMarkAndAnotherCountysLineDoesNotExist() {
		device("2184");
		device("2013");
		Actor xihu = supervisor("330106");
		assertThatThrownBy(() -> this.nonSite.coverage(xihu, this.line.planId(), this.line.seq()))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.nonSite.mark(xihu, this.line.planId(), this.line.seq()))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.nonSite.mark(inspector(this.line.inspectorA()), this.line.planId(), this.line.seq()))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(this.nonSite.line(this.county, this.line.planId(), this.line.seq()).mode()).isEqualTo(InspectionMode.ON_SITE);
	}

}
