package org.ohsonline.diagnosis.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.ohsonline.shared.ScopeColumns;
import org.ohsonline.shared.ScopeFilter;
import org.ohsonline.diagnosis.RehabService;
import org.ohsonline.diagnosis.Rehabilitation.AppointmentView;
import org.ohsonline.diagnosis.Rehabilitation.StationCommand;
import org.ohsonline.diagnosis.Rehabilitation.StationView;
import org.ohsonline.diagnosis.Rehabilitation.VisitView;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stations, patients, appointments and visits; stations queried in a scope. */
@Repository
class RehabStore {

	/** Stations visible to the scope ({@code s} is the station alias): a region prefix or the station's own code. */
	static final String STATION_PREDICATE = ScopeColumns.on("s").region("region_code").institution("credit_code").predicate();

	/** A patient as stored; the worker's name still encrypted. */
	record PatientRow(long id, long stationId, long caseId, String caseNumber, long workerId, String workerNameSealed,
			String workerIdMasked, String diseaseName, LocalDate enrolledOn, LocalDate leftOn, String status,
			LocalDate lastVisitOn) {
	}

	private static final String STATION_SELECT = """
			select s.*, (select count(*) from diagnosis.patient p where p.station_id = s.id and p.status = 'ACTIVE') as active
			from diagnosis.station s""";

	private static final String PATIENT_SELECT = """
			select p.*, c.number, (select max(v.visited_on) from diagnosis.visit v where v.patient_id = p.id) as last_visit
			from diagnosis.patient p join diagnosis.diagnosis_case c on c.id = p.case_id""";

	private final JdbcClient jdbc;

	RehabStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insertStation(StationCommand command, Instant now) {
		return this.jdbc.sql("""
				insert into diagnosis.station (name, credit_code, region_code, address, capacity, status, created_at, updated_at)
				values (:name, :credit, :region, :address, :capacity, 'ACTIVE', :now, :now) returning id""")
			.param("name", command.name().trim())
			.param("credit", command.creditCode().trim())
			.param("region", command.regionCode().trim())
			.param("address", command.address().trim())
			.param("capacity", command.capacity())
			.param("now", Timestamp.from(now))
			.query(Long.class)
			.single();
	}

	boolean creditCodeTaken(String creditCode) {
		return this.jdbc.sql("select count(*) from diagnosis.station where credit_code = :c")
			.param("c", creditCode)
			.query(Long.class)
			.single() > 0;
	}

	List<StationView> stations(ScopeFilter scope, String region) {
		return this.jdbc.sql(STATION_SELECT + " where s.region_code like :region || '%' and " + STATION_PREDICATE
				+ " order by s.region_code, s.name")
			.params(scope.parameters())
			.param("region", region)
			.query((rs, n) -> station(rs))
			.list();
	}

	Optional<StationView> station(ScopeFilter scope, long id) {
		return this.jdbc.sql(STATION_SELECT + " where s.id = :id and " + STATION_PREDICATE)
			.params(scope.parameters())
			.param("id", id)
			.query((rs, n) -> station(rs))
			.optional();
	}

	/** Locks the station row so two enrolments cannot both take its last place. */
	void lockStation(long id) {
		this.jdbc.sql("select id from diagnosis.station where id = :id for update").param("id", id).query(Long.class).single();
	}

	long insertPatient(long stationId, CaseStore.Row c, LocalDate enrolledOn, Instant now) {
		return this.jdbc.sql("""
				insert into diagnosis.patient (station_id, case_id, worker_id, worker_name, worker_id_masked, disease_name,
				  enrolled_on, status, created_at)
				values (:station, :case, :worker, :name, :masked, :disease, :on, 'ACTIVE', :now) returning id""")
			.param("station", stationId)
			.param("case", c.id())
			.param("worker", c.workerId())
			.param("name", c.workerNameSealed())
			.param("masked", c.workerIdMasked())
			.param("disease", c.diseaseName())
			.param("on", enrolledOn)
			.param("now", Timestamp.from(now))
			.query(Long.class)
			.single();
	}

	boolean activeFor(long caseId) {
		return this.jdbc.sql("select count(*) from diagnosis.patient where case_id = :case and status = 'ACTIVE'")
			.param("case", caseId)
			.query(Long.class)
			.single() > 0;
	}

	Optional<PatientRow> patient(long id) {
		return this.jdbc.sql(PATIENT_SELECT + " where p.id = :id")
			.param("id", id)
			.query((rs, n) -> patient(rs))
			.optional();
	}

	List<PatientRow> patients(long stationId) {
		return this.jdbc.sql(PATIENT_SELECT + " where p.station_id = :station order by p.status, p.enrolled_on desc, p.id")
			.param("station", stationId)
			.query((rs, n) -> patient(rs))
			.list();
	}

	/** A worker's patient rows at any station, latest enrolment first. */
	List<PatientRow> patientsOfWorker(long workerId) {
		return this.jdbc.sql(PATIENT_SELECT + " where p.worker_id = :worker order by p.enrolled_on desc, p.id desc")
			.param("worker", workerId)
			.query((rs, n) -> patient(rs))
			.list();
	}

	long insertAppointment(long patientId, long stationId, LocalDate on, Set<RehabService> services, Instant now) {
		return this.jdbc.sql("""
				insert into diagnosis.appointment (patient_id, station_id, scheduled_on, services, status, created_at)
				values (:patient, :station, :on, :services, 'SCHEDULED', :now) returning id""")
			.param("patient", patientId)
			.param("station", stationId)
			.param("on", on)
			.param("services", services.stream().map(Enum::name).sorted().toArray(String[]::new))
			.param("now", Timestamp.from(now))
			.query(Long.class)
			.single();
	}

	Optional<AppointmentView> appointment(long id) {
		return this.jdbc.sql("select a.*, p.worker_name from diagnosis.appointment a join diagnosis.patient p"
				+ " on p.id = a.patient_id where a.id = :id")
			.param("id", id)
			.query((rs, n) -> appointment(rs, null))
			.optional();
	}

	List<AppointmentView> appointments(long stationId, LocalDate from, java.util.function.UnaryOperator<String> mask) {
		return this.jdbc.sql("select a.*, p.worker_name from diagnosis.appointment a join diagnosis.patient p"
				+ " on p.id = a.patient_id where a.station_id = :station and a.scheduled_on >= :from"
				+ " order by a.scheduled_on, a.id")
			.param("station", stationId)
			.param("from", from)
			.query((rs, n) -> appointment(rs, mask))
			.list();
	}

	List<AppointmentView> patientAppointments(long patientId, java.util.function.UnaryOperator<String> mask) {
		return this.jdbc.sql("select a.*, p.worker_name from diagnosis.appointment a join diagnosis.patient p"
				+ " on p.id = a.patient_id where a.patient_id = :patient order by a.scheduled_on desc, a.id")
			.param("patient", patientId)
			.query((rs, n) -> appointment(rs, mask))
			.list();
	}

	void attend(long appointmentId) {
		this.jdbc.sql("update diagnosis.appointment set status = 'ATTENDED' where id = :id").param("id", appointmentId).update();
	}

	long insertVisit(long patientId, long stationId, Long appointmentId, LocalDate on, Set<RehabService> services,
			String notes, String recordedBy, Instant now) {
		return this.jdbc.sql("""
				insert into diagnosis.visit (patient_id, station_id, appointment_id, visited_on, services, outcome_notes,
				  recorded_by, created_at)
				values (:patient, :station, :appointment, :on, :services, :notes, :by, :now) returning id""")
			.param("patient", patientId)
			.param("station", stationId)
			.param("appointment", appointmentId)
			.param("on", on)
			.param("services", services.stream().map(Enum::name).sorted().toArray(String[]::new))
			.param("notes", notes)
			.param("by", recordedBy)
			.param("now", Timestamp.from(now))
			.query(Long.class)
			.single();
	}

	List<VisitView> visits(long patientId) {
		return this.jdbc.sql("select * from diagnosis.visit where patient_id = :patient order by visited_on desc, id desc")
			.param("patient", patientId)
			.query((rs, n) -> new VisitView(rs.getLong("id"), rs.getLong("patient_id"), (Long) rs.getObject("appointment_id"),
					rs.getObject("visited_on", LocalDate.class), services(rs), rs.getString("outcome_notes"),
					rs.getString("recorded_by")))
			.list();
	}

	private static StationView station(ResultSet rs) throws SQLException {
		return new StationView(rs.getLong("id"), rs.getString("name"), rs.getString("credit_code"),
				rs.getString("region_code"), rs.getString("address"), rs.getInt("capacity"), rs.getInt("active"),
				rs.getString("status"));
	}

	private static PatientRow patient(ResultSet rs) throws SQLException {
		return new PatientRow(rs.getLong("id"), rs.getLong("station_id"), rs.getLong("case_id"), rs.getString("number"),
				rs.getLong("worker_id"), rs.getString("worker_name"), rs.getString("worker_id_masked"),
				rs.getString("disease_name"), rs.getObject("enrolled_on", LocalDate.class),
				rs.getObject("left_on", LocalDate.class), rs.getString("status"),
				rs.getObject("last_visit", LocalDate.class));
	}

	private static AppointmentView appointment(ResultSet rs, java.util.function.UnaryOperator<String> mask)
			throws SQLException {
		return new AppointmentView(rs.getLong("id"), rs.getLong("patient_id"),
				mask == null ? null : mask.apply(rs.getString("worker_name")),
				rs.getObject("scheduled_on", LocalDate.class), services(rs), rs.getString("status"));
	}

	private static List<RehabService> services(ResultSet rs) throws SQLException {
		return Arrays.stream((String[]) rs.getArray("services").getArray()).map(RehabService::valueOf).toList();
	}

}
