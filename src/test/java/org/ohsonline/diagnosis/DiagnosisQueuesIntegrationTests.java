package org.ohsonline.diagnosis;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.ohsonline.IntegrationTest;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.CreditCode;
import org.ohsonline.shared.PageQuery;
import org.ohsonline.shared.Scope;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The home pages' counts of clocks, cases and rehabilitation appointments: the same as the clock and
 * case lists and the station's appointments, in the caller's scope only. The demo diagnosis
 * institution has a case at each step and runs the demo station.
 */
@IntegrationTest
class DiagnosisQueuesIntegrationTests {

	private static final Set<String> READ = Set.of("diagnosis:case:read", "diagnosis:rehab:read");

	private static final String DEMO_DIAGNOSIS = "12330105DEMDX0001" + CreditCode.checkCharacter("12330105DEMDX0001");

	@Autowired
	DiagnosisQueues queues;

	@Autowired
	Diagnoses diagnoses;

	@Autowired
	Rehabilitation rehabilitation;

	final LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));

	@Test
	void countsRunningClocksByKindAsTheClockListDoes() {
		for (Actor actor : List.of(institution(DEMO_DIAGNOSIS), region("330105"))) {
			Map<ClockKind, DiagnosisQueues.ClockCount> clocks = this.queues.clocks(actor);
			assertThat(clocks.values().stream().mapToLong(DiagnosisQueues.ClockCount::open).sum()).as(actor.username())
				.isPositive();
			for (ClockKind kind : ClockKind.values()) {
				DiagnosisQueues.ClockCount count = clocks.get(kind);
				assertThat(count.open()).as(kind.name()).isEqualTo(listed(actor, kind, "open"));
				assertThat(count.overdue()).as(kind.name()).isEqualTo(listed(actor, kind, "overdue"));
				if (count.open() > 0) {
					assertThat(count.nextDue()).isEqualTo(this.diagnoses
						.clocks(actor, new ClockFilter(null, kind.name(), "open"), PageQuery.of(1, 1))
						.items()
						.get(0)
						.dueOn());
				}
			}
		}
		assertThat(this.queues.clocks(region("330114")).values()).allSatisfy(c -> assertThat(c.open()).isZero());
	}

	@Test
	void countsCasesByStatusAsTheCaseListDoes() {
		Actor staff = institution(DEMO_DIAGNOSIS);
		Map<CaseStatus, Long> cases = this.queues.cases(staff);
		assertThat(cases.values().stream().mapToLong(Long::longValue).sum()).isGreaterThanOrEqualTo(4);
		for (CaseStatus status : CaseStatus.values()) {
			assertThat(cases.get(status)).as(status.name())
				.isEqualTo(this.diagnoses.search(staff, new CaseFilter(null, null, status.name(), null, null, null),
						PageQuery.of(1, 1)).total());
		}
		String other = "12330114TEMPD0001" + CreditCode.checkCharacter("12330114TEMPD0001");
		assertThat(this.queues.cases(institution(other)).values()).containsOnly(0L);
	}

	@Test
	void countsTheStationsAppointmentsOfADay() {
		Actor staff = institution(DEMO_DIAGNOSIS);
		List<Rehabilitation.StationView> stations = this.rehabilitation.stations(staff, null);
		assertThat(stations).isNotEmpty();
		long stationId = stations.get(0).id();
		Rehabilitation.AppointmentView next = this.rehabilitation.appointments(staff, stationId, this.today)
			.stream()
			.filter(a -> "SCHEDULED".equals(a.status()))
			.findFirst()
			.orElseThrow();
		long expected = this.rehabilitation.appointments(staff, stationId, next.scheduledOn())
			.stream()
			.filter(a -> a.scheduledOn().equals(next.scheduledOn()) && "SCHEDULED".equals(a.status()))
			.count();
		assertThat(this.queues.appointmentsOn(staff, next.scheduledOn()))
			.filteredOn(d -> d.stationId() == stationId)
			.singleElement()
			.satisfies(d -> assertThat(d.appointments()).isEqualTo(expected).isPositive());
		assertThat(this.queues.appointmentsOn(staff, next.scheduledOn().plusYears(50)))
			.allSatisfy(d -> assertThat(d.appointments()).isZero());
		assertThat(this.queues.appointmentsOn(institution("12330114TEMPD0001"
				+ CreditCode.checkCharacter("12330114TEMPD0001")), next.scheduledOn())).isEmpty();
	}

	private long listed(Actor actor, ClockKind kind, String due) {
		return this.diagnoses.clocks(actor, new ClockFilter(null, kind.name(), due), PageQuery.of(1, 1)).total();
	}

	private static Actor region(String prefix) {
		return new Actor(50, "queue-region-" + prefix, "监管", prefix, Scope.region(prefix), READ, "127.0.0.1",
				Actor.Channel.UI);
	}

	private static Actor institution(String creditCode) {
		return new Actor(51, "queue-institution", "机构", "3301", new Scope(Scope.Kind.INSTITUTION, creditCode), READ,
				"127.0.0.1", Actor.Channel.UI);
	}

}
