package org.ohsonline.radiation.internal;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.ohsonline.IntegrationTest;
import org.ohsonline.agency.Agencies;
import org.ohsonline.agency.AgencyView;
import org.ohsonline.radiation.DoseBand;
import org.ohsonline.radiation.DoseEntry;
import org.ohsonline.radiation.DoseRecords;
import org.ohsonline.radiation.DoseView;
import org.ohsonline.radiation.EmployerMonitoring;
import org.ohsonline.radiation.ImportResult;
import org.ohsonline.radiation.InvestigationView;
import org.ohsonline.radiation.MonitoringGap;
import org.ohsonline.radiation.MonitoringRate;
import org.ohsonline.radiation.MonitoringRates;
import org.ohsonline.radiation.RadiationFilter;
import org.ohsonline.radiation.RadiationPost;
import org.ohsonline.radiation.RadiationWorkerCommand;
import org.ohsonline.radiation.RadiationWorkerView;
import org.ohsonline.radiation.RadiationWorkers;
import org.ohsonline.registry.EmployerView;
import org.ohsonline.registry.Employers;
import org.ohsonline.registry.RegistryFixtures;
import org.ohsonline.registry.Workers;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.InvalidInputException;
import org.ohsonline.shared.NotFoundException;
import org.ohsonline.shared.PageQuery;
import org.ohsonline.shared.PiiCipher;
import org.ohsonline.shared.Scope;
import org.ohsonline.shared.web.SpreadsheetExport;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Radiation workers and their dose records on a fresh employer and dosimetry service of each test: marking, the dose
 * checks against the bundled limits in the database, bad input refused with nothing saved, the upload that keeps every
 * rejected row with its reasons, gaps on a fixed day, rates, and the isolation of jurisdictions.
 */
@IntegrationTest
class RadiationIntegrationTests {

	@Autowired RadiationWorkers radiationWorkers;
	@Autowired DoseRecords doses;
	@Autowired DoseQueries queries;
	@Autowired Employers employers;
	@Autowired Workers workers;
	@Autowired Agencies agencies;
	@Autowired PiiCipher cipher;
	@Autowired JdbcClient jdbc;

	record World(RadiationFixtures.Employer employer, AgencyView agency, Actor manager, Actor staff,
			List<RadiationWorkerView> marked) {
	}

	World world(String township, int workers, LocalDate from) {
		RadiationFixtures.Employer employer = RadiationFixtures.employer(this.employers, this.workers, township, workers);
		AgencyView agency = RadiationFixtures.agency(this.agencies, township.substring(0, 6));
		Actor manager = RadiationFixtures.manager(employer.view());
		List<RadiationWorkerView> marked = employer.idNumbers().stream()
			.map(id -> this.radiationWorkers.mark(manager, new RadiationWorkerCommand(null, id, "2E", null, agency.id(), from)))
			.toList();
		return new World(employer, agency, manager, RadiationFixtures.agencyStaff(agency), marked);
	}

	static DoseEntry dose(RadiationWorkerView w, String period, String hp10) {
		return new DoseEntry(w.id(), null, null, period, new BigDecimal(hp10), false, new BigDecimal(hp10), false, null, null, null);
	}

	long doseRows() {
		return this.jdbc.sql("select count(*) from radiation.dose").query(Long.class).single();
	}

	@Test
	void marksAWorkerOfTheEmployerAndRefusesSomeoneElse() {
		World w = world("330105001", 1, LocalDate.of(2025, 1, 1));
		assertThat(w.marked().get(0).categoryName()).isEqualTo("介入放射学");
		assertThat(w.marked().get(0).nameMasked()).startsWith("放").doesNotContain("放射员甲");
		assertThatThrownBy(() -> this.radiationWorkers.mark(w.manager(), new RadiationWorkerCommand(null,
				RadiationFixtures.idNumber("330105"), "2E", null, w.agency().id(), LocalDate.of(2025, 1, 1))))
			.isInstanceOfSatisfying(InvalidInputException.class,
					ex -> assertThat(ex.errors()).extracting(InvalidInputException.FieldError::code).contains("radiation.worker.notEmployed"));
		assertThatThrownBy(() -> this.radiationWorkers.mark(w.manager(), new RadiationWorkerCommand(null, w.employer().idNumbers().get(0),
				"9Z", null, w.agency().id(), LocalDate.of(2025, 1, 1))))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.errors())
				.extracting(InvalidInputException.FieldError::code)
				.containsExactlyInAnyOrder("radiation.category.unknown", "radiation.worker.already"));
	}

	@Test
	void aMarkedPostWithoutARadiationFactorInTheRegisterIsFlagged() {
		World w = world("330105001", 0, LocalDate.of(2025, 1, 1));
		EmployerView employer = w.employer().view();
		Actor registrar = new Actor(0, "radiation-registrar-" + employer.id(), "登记", employer.regionCode(),
				Scope.region(employer.regionCode().substring(0, 6)), Set.of("registry:employer:read", "registry:employer:write"),
				"127.0.0.1", Actor.Channel.UI);
		RegistryFixtures registry = new RegistryFixtures(this.employers, this.workers);
		long xray = registry.post(registrar, employer.id(), "5001").id();
		long noise = registry.post(registrar, employer.id(), "3008").id();

		assertThat(this.radiationWorkers.markPost(w.manager(), employer.id(), xray, "2E").radiationFactorRegistered()).isTrue();
		assertThat(this.radiationWorkers.markPost(w.manager(), employer.id(), noise, "2E").radiationFactorRegistered()).isFalse();
		assertThat(this.radiationWorkers.posts(w.manager(), employer.id()))
			.extracting(RadiationPost::postId, RadiationPost::radiationFactorRegistered)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(xray, true),
					org.assertj.core.groups.Tuple.tuple(noise, false));
	}

	@Test
	void refusesBadDoseRecordsWithTheReasonAndSavesNothing() {
		World w = world("330105001", 1, LocalDate.of(2025, 1, 1));
		RadiationWorkerView rw = w.marked().get(0);
		this.doses.enter(w.staff(), dose(rw, "2025Q1", "0.30"), "API");
		long before = doseRows();
		// A person who is not a radiation worker of that employer.
		assertRefused(w.staff(), new DoseEntry(null, w.employer().view().creditCode(), RadiationFixtures.idNumber("330105"), "2025Q2",
				BigDecimal.ONE, false, BigDecimal.ONE, false, null, null, null), "radiation.dose.notRadiationWorker");
		assertRefused(w.staff(), dose(rw, "2025Q2", "-0.10"), "radiation.dose.negative");
		assertRefused(w.staff(), dose(rw, "2030Q1", "0.10"), "radiation.dose.period.future");
		assertRefused(w.staff(), dose(rw, "2025Q1", "0.10"), "radiation.dose.duplicate");
		// Another dosimetry service does not monitor the worker: for it the person is no radiation worker.
		Actor stranger = RadiationFixtures.agencyStaff(RadiationFixtures.agency(this.agencies, "330105"));
		assertRefused(stranger, dose(rw, "2025Q2", "0.10"), "radiation.dose.notRadiationWorker");
		assertThat(doseRows()).isEqualTo(before);
	}

	void assertRefused(Actor actor, DoseEntry entry, String code) {
		assertThatThrownBy(() -> this.doses.enter(actor, entry, "API")).isInstanceOfSatisfying(InvalidInputException.class,
				ex -> assertThat(ex.errors()).extracting(InvalidInputException.FieldError::code).contains(code));
	}

	@Test
	void aPeriodAboveTheInvestigationLevelOpensAnInvestigationTheEmployerAnswers() {
		World w = world("330105001", 1, LocalDate.of(2025, 1, 1));
		RadiationWorkerView rw = w.marked().get(0);
		// 1.25 mSv is the level itself: no investigation; 1.30 mSv is above it.
		DoseView at = this.doses.enter(w.staff(), dose(rw, "2025Q1", "1.25"), "API");
		DoseView above = this.doses.enter(w.staff(), dose(rw, "2025Q2", "1.30"), "API");
		assertThat(at.band()).isEqualTo(DoseBand.RECORDED);
		assertThat(above.band()).isEqualTo(DoseBand.ABOVE_INVESTIGATION);
		List<InvestigationView> open = this.doses.investigations(w.manager(), new RadiationFilter(null, null, null, "OPEN", null),
				PageQuery.of(1, 20)).items();
		assertThat(open).singleElement().satisfies(i -> {
			assertThat(i.doseId()).isEqualTo(above.id());
			assertThat(i.level()).isEqualByComparingTo("1.25");
		});
		assertThat(this.doses.openInvestigations(w.manager())).isEqualTo(1);
		InvestigationView answered = this.doses.answer(w.manager(), open.get(0).id(), "介入手术量增加，铅衣破损已更换");
		assertThat(answered.status()).isEqualTo("ANSWERED");
		assertThatThrownBy(() -> this.doses.answer(w.manager(), open.get(0).id(), "再次说明")).isInstanceOf(InvalidInputException.class);
		assertThat(this.jdbc.sql("select count(*) from audit.entry where action = 'radiation.investigation.answered' and target_id = :id")
			.param("id", String.valueOf(open.get(0).id())).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void sumsAboveTheLimitsRaiseAlerts() {
		World w = world("330105001", 2, LocalDate.of(2021, 1, 1));
		RadiationWorkerView annual = w.marked().get(0);
		// 2025: 12 + 14 + 13 + 12 = 51 mSv > 50 mSv.
		for (String[] q : new String[][] { { "2025Q1", "12" }, { "2025Q2", "14" }, { "2025Q3", "13" }, { "2025Q4", "12" } }) {
			this.doses.enter(w.staff(), dose(annual, q[0], q[1]), "API");
		}
		RadiationWorkerView five = w.marked().get(1);
		// 21 mSv in the first quarter of each year 2021–2025: 105 mSv > 5 × 20 mSv, no year above 50.
		for (int year = 2021; year <= 2025; year++) {
			this.doses.enter(w.staff(), dose(five, year + "Q1", "21"), "API");
		}
		assertThat(this.doses.alertsOfWorker(w.manager(), annual.id())).extracting(a -> a.kind() + "@" + a.year())
			.containsExactly("ANNUAL@2025");
		assertThat(this.doses.alertsOfWorker(w.manager(), five.id())).extracting(a -> a.kind() + "@" + a.year())
			.containsExactly("FIVE_YEAR@2025");
	}

	@Test
	void aValueBelowDetectionIsKeptAsSuch() {
		World w = world("330105001", 1, LocalDate.of(2025, 1, 1));
		DoseView view = this.doses.enter(w.staff(), new DoseEntry(w.marked().get(0).id(), null, null, "2025Q3", null, true, null, true,
				null, null, new BigDecimal("0.04")), "CONSOLE");
		assertThat(view.hp10()).isNull();
		assertThat(view.hp10Below()).isTrue();
		assertThat(view.mdl()).isEqualByComparingTo("0.04");
		assertThat(view.countedHp10()).isEqualByComparingTo("0.02");
		assertThat(view.band()).isEqualTo(DoseBand.BELOW_DETECTION);
	}

	@Test
	void gapsAreThePeriodsDueWithoutARecordOnAFixedDay() {
		World w = world("330105001", 1, LocalDate.of(2026, 2, 10));
		RadiationWorkerView rw = w.marked().get(0);
		this.doses.enter(w.staff(), dose(rw, "2026Q1", "0.20"), "API");
		RadiationFilter none = RadiationFilter.none();
		// 15 November 2026 − 30 days = 16 October, in Q4: Q3 is the last due period; Q1 has a record, Q2 and Q3 do not.
		List<MonitoringGap> gaps = this.queries.gaps(w.manager(), none, PageQuery.of(1, 20), LocalDate.of(2026, 11, 15)).items();
		assertThat(gaps).extracting(MonitoringGap::period).containsExactly("2026Q2", "2026Q3");
		assertThat(gaps.get(0).dueOn()).isEqualTo(LocalDate.of(2026, 7, 30));
		// On 20 October: 20 September lies in Q3, so only Q2 is due.
		assertThat(this.queries.gaps(w.manager(), none, PageQuery.of(1, 20), LocalDate.of(2026, 10, 20)).items())
			.extracting(MonitoringGap::period).containsExactly("2026Q2");
		// The dosimetry service sees the same gaps as periods to enter.
		assertThat(this.queries.gaps(w.staff(), none, PageQuery.of(1, 20), LocalDate.of(2026, 11, 15)).total()).isEqualTo(2);
	}

	@Test
	void theRateCountsWorkersWithARecordForThePeriod() {
		World w = world("330106002", 3, LocalDate.of(2025, 1, 1));
		this.doses.enter(w.staff(), dose(w.marked().get(0), "2025Q4", "0.20"), "API");
		this.doses.enter(w.staff(), dose(w.marked().get(1), "2025Q4", "0.20"), "API");
		MonitoringRates rates = this.doses.rates(RadiationFixtures.supervisor("330106"), "330106002", "2025Q4", PageQuery.of(1, 20));
		// 2 of 3 radiation workers have a record: 66.7 %.
		assertThat(rates.employers().items()).filteredOn(r -> r.key().equals(String.valueOf(w.employer().view().id())))
			.singleElement()
			.satisfies(r -> {
				assertThat(r.monitored()).isEqualTo(2);
				assertThat(r.workers()).isEqualTo(3);
				assertThat(r.percent()).isEqualByComparingTo("66.7");
			});
	}

	/**
	 * The monitoring of several employers in the last period due, read at once, is each one's row of the rate page:
	 * three radiation workers of whom two have a record, one worker without a record; an employer without radiation
	 * workers and an unknown id count 0 of 0, and another county counts 0 of 0 for every one of them.
	 */
	@Test
	void readsTheMonitoringOfSeveralEmployersAtOnceAsTheRatePageCountsIt() {
		World partly = world("330106002", 3, LocalDate.of(2025, 1, 1));
		World unrecorded = world("330106002", 1, LocalDate.of(2025, 1, 1));
		long bare = RadiationFixtures.employer(this.employers, this.workers, "330106002", 0).view().id();
		long partlyId = partly.employer().view().id();
		long unrecordedId = unrecorded.employer().view().id();
		Actor county = RadiationFixtures.supervisor("330106");
		String period = this.doses.monitoringOf(county, partlyId).period();
		this.doses.enter(partly.staff(), dose(partly.marked().get(0), period, "0.20"), "API");
		this.doses.enter(partly.staff(), dose(partly.marked().get(1), period, "0.20"), "API");
		List<Long> ids = List.of(partlyId, unrecordedId, bare, -1L);

		java.util.Map<Long, EmployerMonitoring> batch = this.doses.monitoringOfEmployers(county, ids);
		assertThat(batch).containsOnlyKeys(ids);
		assertThat(batch.get(partlyId)).isEqualTo(new EmployerMonitoring(partlyId, period, 3, 2));
		assertThat(batch.get(unrecordedId)).isEqualTo(new EmployerMonitoring(unrecordedId, period, 1, 0));
		assertThat(batch.get(bare)).isEqualTo(new EmployerMonitoring(bare, period, 0, 0));
		assertThat(batch.get(-1L)).isEqualTo(new EmployerMonitoring(-1L, period, 0, 0));
		List<MonitoringRate> rows = this.doses.rates(county, "330106002", period, PageQuery.of(1, 200)).employers().items();
		for (long id : List.of(partlyId, unrecordedId)) {
			assertThat(rows).filteredOn(r -> r.key().equals(String.valueOf(id)))
				.singleElement()
				.satisfies(r -> {
					assertThat(r.workers()).isEqualTo(batch.get(id).workers());
					assertThat(r.monitored()).isEqualTo(batch.get(id).monitored());
				});
		}
		ids.forEach(id -> assertThat(batch.get(id)).isEqualTo(this.doses.monitoringOf(county, id)));
		assertThat(this.doses.monitoringOfEmployers(RadiationFixtures.supervisor("330105"), ids).values())
			.allSatisfy(m -> assertThat(m.workers()).isZero());
	}

	@Test
	void recordsStayInTheirJurisdiction() {
		World w = world("330106004", 1, LocalDate.of(2025, 1, 1));
		DoseView dose = this.doses.enter(w.staff(), dose(w.marked().get(0), "2025Q2", "0.40"), "API");
		Actor otherCounty = RadiationFixtures.supervisor("330105");
		assertThat(this.radiationWorkers.search(otherCounty, RadiationFilter.none(), PageQuery.of(1, 200)).items())
			.noneMatch(v -> v.employerId() == w.employer().view().id());
		assertThatThrownBy(() -> this.doses.find(otherCounty, dose.id())).isInstanceOf(NotFoundException.class);
		assertThat(this.doses.search(otherCounty, new RadiationFilter("330106", null, null, null, null), PageQuery.of(1, 20)).total())
			.isZero();
		Actor otherEmployer = RadiationFixtures.manager(RadiationFixtures.employer(this.employers, this.workers, "330106004", 0).view());
		assertThatThrownBy(() -> this.doses.find(otherEmployer, dose.id())).isInstanceOf(NotFoundException.class);
		// The county's supervisor, the employer, the service and the worker themself read it in full.
		assertThat(this.doses.find(RadiationFixtures.supervisor("330106"), dose.id()).hp10()).isEqualByComparingTo("0.40");
		assertThat(this.doses.find(w.manager(), dose.id()).name()).isEqualTo("放射员甲");
		assertThat(this.doses.find(w.staff(), dose.id()).id()).isEqualTo(dose.id());
		Actor self = RadiationFixtures.worker(this.cipher, w.employer().idNumbers().get(0));
		assertThat(this.doses.search(self, RadiationFilter.none(), PageQuery.of(1, 20)).items()).extracting(d -> d.id())
			.containsExactly(dose.id());
		// Lists mask the person.
		assertThat(this.doses.search(w.manager(), RadiationFilter.none(), PageQuery.of(1, 20)).items().get(0).nameMasked())
			.isNotEqualTo("放射员甲");
		assertThat(this.jdbc.sql("select count(*) from audit.entry where action = 'radiation.dose.viewed' and target_id = :id")
			.param("id", String.valueOf(dose.id())).query(Long.class).single()).isEqualTo(3);
	}

	@Test
	void anUploadSavesTheValidRowsAndKeepsEveryRejectedRowWithItsReasons() throws Exception {
		World w = world("330105001", 2, LocalDate.of(2025, 1, 1));
		String code = w.employer().view().creditCode();
		String first = w.employer().idNumbers().get(0);
		String second = w.employer().idNumbers().get(1);
		String stranger = RadiationFixtures.idNumber("330105");
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		SpreadsheetExport sheet = SpreadsheetExport.to(out, "个人剂量", List.of("信用代码", "身份证号", "姓名", "周期", "Hp10", "低于", "Hp007",
				"低于", "晶体", "低于", "MDL"));
		sheet.row(code, first, "放射员甲", "2025Q1", "0.31", "", "0.33", "", "", "", "");
		sheet.row(code, second, "放射员乙", "2025Q1", "", "是", "", "是", "", "", "0.04");
		sheet.row(code, first, "放射员甲", "2025Q1", "0.20", "", "0.20", "", "", "", "");
		sheet.row(code, first, "放射员甲", "2025Q2", "-0.5", "", "0.1", "", "", "", "");
		sheet.row(code, stranger, "路人", "2025Q2", "0.1", "", "0.1", "", "", "", "");
		sheet.row(code, second, "放射员乙", "2030Q1", "abc", "", "0.1", "", "", "", "");
		sheet.row(code, second, "放射员乙", "2025Q2", "1.5", "", "1.5", "", "", "", "");
		sheet.finish();
		Path file = Files.createTempFile("radiation", ".xlsx");
		Files.write(file, out.toByteArray());
		try {
			ImportResult result = this.doses.importWorkbook(w.staff(), "剂量.xlsx", file);
			assertThat(result.totalRows()).isEqualTo(7);
			assertThat(result.accepted()).isEqualTo(3);
			assertThat(result.rejected()).isEqualTo(4);
			assertThat(result.rejections()).extracting(ImportResult.Rejection::row).containsExactly(4, 5, 6, 7);
			assertThat(result.rejections().get(0).reasons()).extracting(ImportResult.Reason::code).containsExactly("radiation.dose.duplicate");
			assertThat(result.rejections().get(1).reasons()).extracting(ImportResult.Reason::code).containsExactly("radiation.dose.negative");
			assertThat(result.rejections().get(2).reasons()).extracting(ImportResult.Reason::code)
				.containsExactly("radiation.dose.notRadiationWorker");
			assertThat(result.rejections().get(3).reasons()).extracting(ImportResult.Reason::code)
				.containsExactlyInAnyOrder("radiation.dose.number", "radiation.dose.period.future", "radiation.dose.required");
			// The rejected rows keep their cells, the identity number masked.
			assertThat(result.rejections().get(2).cells()).doesNotContain(stranger).doesNotContain("路人");
			assertThat(result.rejections().get(1).cells()).contains("-0.5").doesNotContain(first);
			// The row above the investigation level opened its investigation in the same upload.
			assertThat(this.doses.openInvestigations(w.manager())).isEqualTo(1);
			assertThat(this.doses.search(w.manager(), RadiationFilter.none(), PageQuery.of(1, 20)).items())
				.extracting(d -> d.period() + ":" + d.band())
				.containsExactlyInAnyOrder("2025Q1:RECORDED", "2025Q1:BELOW_DETECTION", "2025Q2:ABOVE_INVESTIGATION");
		}
		finally {
			Files.deleteIfExists(file);
		}
	}

}
