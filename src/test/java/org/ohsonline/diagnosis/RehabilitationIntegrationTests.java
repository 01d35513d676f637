package org.ohsonline.diagnosis;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ohsonline.IntegrationTest;
import org.ohsonline.agency.Agencies;
import org.ohsonline.agency.AgencyFixtures;
import org.ohsonline.agency.AgencyView;
import org.ohsonline.reference.HazardFactors;
import org.ohsonline.registry.EmployerView;
import org.ohsonline.registry.Employers;
import org.ohsonline.registry.Workers;
import org.ohsonline.shared.AccessDeniedException;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.InvalidInputException;
import org.ohsonline.shared.NotFoundException;
import org.ohsonline.shared.PiiCipher;
import org.ohsonline.shared.Scope;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Pneumoconiosis rehabilitation: a station takes only pneumoconiosis patients and no more than its
 * capacity; its own staff book appointments and record visits, other stations' staff cannot, and
 * another county does not see it.
 */
@IntegrationTest
class RehabilitationIntegrationTests {

	@Autowired Rehabilitation rehabilitation;

	@Autowired Diagnoses diagnoses;

	@Autowired Employers employers;

	@Autowired Workers workers;

	@Autowired Agencies agencies;

	@Autowired HazardFactors hazards;

	@Autowired PiiCipher cipher;

	@Autowired JdbcClient jdbc;

	DiagnosisFixtures fixtures;

	String silica;

	@BeforeEach
	void setUp() {
		this.fixtures = new DiagnosisFixtures(this.employers, this.workers, this.agencies, this.cipher);
		this.silica = this.hazards.factors(null).stream().filter(f -> f.name().equals("矽尘")).findFirst().orElseThrow().code();
	}

	private static Actor stationStaff(Rehabilitation.StationView station) {
		return new Actor(31, "station-" + station.id(), "康复站医生", station.regionCode(),
				new Scope(Scope.Kind.INSTITUTION, station.creditCode()),
				java.util.Set.of("diagnosis:rehab:read", "diagnosis:rehab:write"), "127.0.0.1", Actor.Channel.UI);
	}

	private CaseView diagnosed(EmployerView employer, String diseaseCode) {
		String idNumber = this.fixtures.hire(employer);
		AgencyView institution = this.fixtures.institution("330105");
		Actor staff = DiagnosisFixtures.staffOf(institution);
		this.fixtures.inPerson(institution, idNumber);
		CaseView c = this.diagnoses.apply(staff, new ApplicationCommand(this.fixtures.workerId(employer, idNumber),
				employer.id(), institution.id(), Applicant.WORKER, null, List.of(this.silica), null));
		for (CaseView.Material m : c.materials()) {
			this.diagnoses.recordMaterial(staff, c.id(), new MaterialCommand(m.code(), null, false, null));
		}
		return this.diagnoses.diagnose(staff, c.id(), new DiagnosisCommand(null, true, diseaseCode, "结论", "ZD-" + c.id()));
	}

	private long audited(String action, String type, long id) {
		return this.jdbc.sql("select count(*) from audit.entry where action = :action and target_type = :type and target_id = :id")
			.param("action", action)
			.param("type", type)
			.param("id", String.valueOf(id))
			.query(Long.class)
			.single();
	}

	@Test
	void aStationTakesPneumoconiosisPatientsUpToItsCapacityAndItsStaffRecordVisits() {
		Actor county = DiagnosisFixtures.supervisor("330105");
		Rehabilitation.StationView station = this.rehabilitation.registerStation(county, new Rehabilitation.StationCommand(
				"测试尘肺病康复站", AgencyFixtures.creditCode("330105"), "330105001", "测试路 5 号", 1));
		assertThatThrownBy(() -> this.rehabilitation.registerStation(DiagnosisFixtures.supervisor("330106"),
				new Rehabilitation.StationCommand("越权康复站", AgencyFixtures.creditCode("330105"), "330105001", "测试路", 5)))
			.isInstanceOf(AccessDeniedException.class);
		Actor staff = stationStaff(station);
		EmployerView employer = this.fixtures.employer("330105001");
		CaseView silicosis = diagnosed(employer, "1101");
		CaseView poisoning = diagnosed(employer, "5001");
		CaseView second = diagnosed(employer, "1102");

		assertThatThrownBy(() -> this.rehabilitation.enrol(staff, station.id(), poisoning.number(), null))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.errors().get(0).code())
				.isEqualTo("diagnosis.error.notPneumoconiosis"));
		Rehabilitation.PatientView patient = this.rehabilitation.enrol(staff, station.id(), silicosis.number(), null);
		assertThat(patient.diseaseName()).isEqualTo("矽肺");
		// 王五: a name of two characters keeps neither end (Masking.other keeps the first and last of longer ones).
		assertThat(patient.workerNameMasked()).isEqualTo("**");
		assertThatThrownBy(() -> this.rehabilitation.enrol(staff, station.id(), second.number(), null))
			.as("capacity 1, one patient under care")
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.errors().get(0).code())
				.isEqualTo("diagnosis.error.stationFull"));

		LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
		Rehabilitation.AppointmentView appointment = this.rehabilitation.book(staff, patient.id(), today,
				EnumSet.of(RehabService.BREATHING_TRAINING, RehabService.OXYGEN_THERAPY));
		assertThat(this.rehabilitation.appointments(county, station.id(), today)).extracting(Rehabilitation.AppointmentView::id)
			.contains(appointment.id());
		assertThatThrownBy(() -> this.rehabilitation.recordVisit(staff, patient.id(), appointment.id(), today,
				EnumSet.of(RehabService.BREATHING_TRAINING), " "))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.errors().get(0).code())
				.isEqualTo("diagnosis.error.notesRequired"));
		Rehabilitation.VisitView visit = this.rehabilitation.recordVisit(staff, patient.id(), appointment.id(), today,
				EnumSet.of(RehabService.BREATHING_TRAINING), "呼吸困难评分下降 1 级");
		assertThat(visit.services()).containsExactly(RehabService.BREATHING_TRAINING);
		assertThat(this.rehabilitation.patientAppointments(county, patient.id()))
			.singleElement()
			.satisfies(a -> assertThat(a.status()).isEqualTo("ATTENDED"));
		assertThat(this.rehabilitation.patient(county, patient.id()).lastVisitOn()).isEqualTo(today);

		Rehabilitation.StationView other = this.rehabilitation.registerStation(county, new Rehabilitation.StationCommand(
				"另一康复站", AgencyFixtures.creditCode("330105"), "330105001", "测试路 6 号", 10));
		assertThatThrownBy(() -> this.rehabilitation.book(stationStaff(other), patient.id(), today,
				EnumSet.of(RehabService.HEALTH_EDUCATION)))
			.as("another station's staff do not see the patient").isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.rehabilitation.station(DiagnosisFixtures.supervisor("330106"), station.id()))
			.isInstanceOf(NotFoundException.class);
		assertThat(audited("diagnosis.patient.enrolled", "diagnosis-patient", patient.id())).isEqualTo(1);
		assertThat(audited("diagnosis.appointment.booked", "diagnosis-appointment", appointment.id())).isEqualTo(1);
		assertThat(audited("diagnosis.visit.recorded", "diagnosis-visit", visit.id())).isEqualTo(1);
	}

}
