package org.ohsonline.diagnosis.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ohsonline.shared.ScopeFilter;
import org.ohsonline.audit.AuditTarget;
import org.ohsonline.audit.AuditTrail;
import org.ohsonline.diagnosis.RehabService;
import org.ohsonline.diagnosis.Rehabilitation;
import org.ohsonline.reference.Divisions;
import org.ohsonline.shared.AccessDeniedException;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.CreditCode;
import org.ohsonline.shared.InvalidInputException;
import org.ohsonline.shared.Limits;
import org.ohsonline.shared.Masking;
import org.ohsonline.shared.NotFoundException;
import org.ohsonline.shared.Scope;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pneumoconiosis rehabilitation stations, their patients, appointments and visits. Only a
 * station's own staff write its patients, appointments and visits; supervisors register stations
 * and read those of their region.
 */
@Service
class StationService implements Rehabilitation {

	private static final String STATION = "diagnosis-station";

	private final RehabStore store;

	private final CaseStore cases;

	private final CaseClocks clocks;

	private final CaseViews views;

	private final Scopes scopes;

	private final Divisions divisions;

	private final AuditTrail audit;

	StationService(RehabStore store, CaseStore cases, CaseClocks clocks, CaseViews views, Scopes scopes,
			Divisions divisions, AuditTrail audit) {
		this.store = store;
		this.cases = cases;
		this.clocks = clocks;
		this.views = views;
		this.scopes = scopes;
		this.divisions = divisions;
		this.audit = audit;
	}

	@Override
	@Transactional
	public StationView registerStation(Actor actor, StationCommand command) {
		actor.require(DiagnosisPermissions.STATION_WRITE);
		if (command.name() == null || command.name().isBlank()) {
			throw InvalidInputException.of("name", "diagnosis.error.stationName");
		}
		Limits.enforce("name", command.name(), Limits.NAME);
		if (command.creditCode() == null || !CreditCode.isValid(command.creditCode().trim())) {
			throw InvalidInputException.of("creditCode", "diagnosis.error.creditCode");
		}
		if (command.regionCode() == null || this.divisions.find(command.regionCode().trim()).isEmpty()) {
			throw InvalidInputException.of("regionCode", "diagnosis.error.region");
		}
		if (!actor.scope().coversRegion(command.regionCode().trim())) {
			throw new AccessDeniedException(DiagnosisPermissions.STATION_WRITE);
		}
		if (command.address() == null || command.address().isBlank()) {
			throw InvalidInputException.of("address", "diagnosis.error.address");
		}
		Limits.enforce("address", command.address(), Limits.LINE);
		if (command.capacity() == null || command.capacity() < 1) {
			throw InvalidInputException.of("capacity", "diagnosis.error.capacity");
		}
		if (this.store.creditCodeTaken(command.creditCode().trim())) {
			throw InvalidInputException.of("creditCode", "diagnosis.error.stationExists");
		}
		long id = this.store.insertStation(command, this.clocks.now());
		StationView station = this.store.station(ALL_STATIONS, id)
			.orElseThrow();
		this.audit.record(actor, "diagnosis.station.registered", AuditTarget.of(STATION, id, station.regionCode()), null,
				Map.of("name", station.name(), "creditCode", station.creditCode(), "regionCode", station.regionCode(),
						"capacity", station.capacity()));
		return station;
	}

	@Override
	@Transactional(readOnly = true)
	public List<StationView> stations(Actor actor, String region) {
		actor.require(DiagnosisPermissions.REHAB_READ);
		return ScopeFilter.narrowRegion(actor, region)
			.map(r -> this.store.stations(this.scopes.of(actor), r))
			.orElse(List.of());
	}

	@Override
	@Transactional(readOnly = true)
	public StationView station(Actor actor, long stationId) {
		actor.require(DiagnosisPermissions.REHAB_READ);
		return this.store.station(this.scopes.of(actor), stationId)
			.orElseThrow(() -> new NotFoundException(STATION, stationId));
	}

	@Override
	@Transactional
	public PatientView enrol(Actor actor, long stationId, String caseNumber, LocalDate enrolledOn) {
		StationView station = own(actor, stationId);
		this.store.lockStation(stationId);
		CaseStore.Row c = this.cases.byNumber(caseNumber == null ? "" : caseNumber.trim())
			.orElseThrow(() -> InvalidInputException.of("caseNumber", "diagnosis.error.unknownCase"));
		if (c.diseaseCode() == null || !c.pneumoconiosis()) {
			throw InvalidInputException.of("caseNumber", "diagnosis.error.notPneumoconiosis", c.number());
		}
		if (this.store.activeFor(c.id())) {
			throw InvalidInputException.of("caseNumber", "diagnosis.error.alreadyEnrolled", c.number());
		}
		StationView now = this.store.station(this.scopes.of(actor), stationId).orElseThrow();
		if (now.activePatients() >= now.capacity()) {
			throw InvalidInputException.of("caseNumber", "diagnosis.error.stationFull", now.capacity());
		}
		LocalDate on = enrolledOn == null ? this.clocks.today() : enrolledOn;
		if (on.isAfter(this.clocks.today())) {
			throw InvalidInputException.of("enrolledOn", "diagnosis.error.future");
		}
		long id = this.store.insertPatient(stationId, c, on, this.clocks.now());
		this.audit.record(actor, "diagnosis.patient.enrolled", AuditTarget.of("diagnosis-patient", id, station.regionCode()),
				null, Map.of("station", stationId, "case", c.number(), "worker", this.views.maskedName(c.workerNameSealed()),
						"enrolledOn", on.toString()));
		return view(this.store.patient(id).orElseThrow());
	}

	@Override
	@Transactional(readOnly = true)
	public PatientView patient(Actor actor, long patientId) {
		return view(visiblePatient(actor, patientId));
	}

	@Override
	@Transactional(readOnly = true)
	public List<PatientView> patients(Actor actor, long stationId) {
		station(actor, stationId);
		return this.store.patients(stationId).stream().map(this::view).toList();
	}

	@Override
	@Transactional
	public AppointmentView book(Actor actor, long patientId, LocalDate on, Set<RehabService> services) {
		RehabStore.PatientRow patient = ownPatient(actor, patientId);
		if (on == null) {
			throw InvalidInputException.of("scheduledOn", "diagnosis.error.dateRequired");
		}
		if (on.isBefore(patient.enrolledOn())) {
			throw InvalidInputException.of("scheduledOn", "diagnosis.error.beforeEnrolment", patient.enrolledOn());
		}
		if (services == null || services.isEmpty()) {
			throw InvalidInputException.of("services", "diagnosis.error.servicesRequired");
		}
		long id = this.store.insertAppointment(patientId, patient.stationId(), on, services, this.clocks.now());
		this.audit.record(actor, "diagnosis.appointment.booked", AuditTarget.of("diagnosis-appointment", id,
				station(actor, patient.stationId()).regionCode()), null,
				Map.of("patient", patientId, "scheduledOn", on.toString(), "services", services.stream().map(Enum::name).sorted().toList()));
		return this.store.appointment(id).orElseThrow();
	}

	@Override
	@Transactional(readOnly = true)
	public List<AppointmentView> appointments(Actor actor, long stationId, LocalDate from) {
		station(actor, stationId);
		return this.store.appointments(stationId, from == null ? this.clocks.today() : from, this.views::maskedName);
	}

	@Override
	@Transactional
	public VisitView recordVisit(Actor actor, long patientId, Long appointmentId, LocalDate visitedOn,
			Set<RehabService> services, String outcomeNotes) {
		RehabStore.PatientRow patient = ownPatient(actor, patientId);
		LocalDate on = visitedOn == null ? this.clocks.today() : visitedOn;
		if (on.isAfter(this.clocks.today())) {
			throw InvalidInputException.of("visitedOn", "diagnosis.error.future");
		}
		if (on.isBefore(patient.enrolledOn())) {
			throw InvalidInputException.of("visitedOn", "diagnosis.error.beforeEnrolment", patient.enrolledOn());
		}
		if (services == null || services.isEmpty()) {
			throw InvalidInputException.of("services", "diagnosis.error.servicesRequired");
		}
		if (outcomeNotes == null || outcomeNotes.isBlank()) {
			throw InvalidInputException.of("outcomeNotes", "diagnosis.error.notesRequired");
		}
		Limits.enforce("outcomeNotes", outcomeNotes, Limits.TEXT);
		if (appointmentId != null) {
			AppointmentView appointment = this.store.appointment(appointmentId)
				.filter(a -> a.patientId() == patientId && "SCHEDULED".equals(a.status()))
				.orElseThrow(() -> InvalidInputException.of("appointmentId", "diagnosis.error.unknownAppointment"));
			this.store.attend(appointment.id());
		}
		long id = this.store.insertVisit(patientId, patient.stationId(), appointmentId, on, services, outcomeNotes.trim(),
				actor.displayName(), this.clocks.now());
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("patient", patientId);
		after.put("appointment", appointmentId);
		after.put("visitedOn", on.toString());
		after.put("services", services.stream().map(Enum::name).sorted().toList());
		this.audit.record(actor, "diagnosis.visit.recorded", AuditTarget.of("diagnosis-visit", id,
				station(actor, patient.stationId()).regionCode()), null, after);
		return this.store.visits(patientId).stream().filter(v -> v.id() == id).findFirst().orElseThrow();
	}

	@Override
	@Transactional(readOnly = true)
	public List<VisitView> visits(Actor actor, long patientId) {
		visiblePatient(actor, patientId);
		return this.store.visits(patientId);
	}

	@Override
	@Transactional(readOnly = true)
	public List<AppointmentView> patientAppointments(Actor actor, long patientId) {
		visiblePatient(actor, patientId);
		return this.store.patientAppointments(patientId, this.views::maskedName);
	}

	@Override
	@Transactional(readOnly = true)
	public List<WorkerRehab> ofWorker(Actor actor, long workerId) {
		boolean self = actor.can(DiagnosisPermissions.READ)
				&& this.scopes.ownWorkerId(actor).map(own -> own == workerId).orElse(false);
		if (!self && !actor.can(DiagnosisPermissions.REHAB_READ)) {
			return List.of();
		}
		ScopeFilter scope = self ? ALL_STATIONS : this.scopes.of(actor);
		LocalDate today = this.clocks.today();
		List<WorkerRehab> rehab = new java.util.ArrayList<>();
		for (RehabStore.PatientRow patient : this.store.patientsOfWorker(workerId)) {
			this.store.station(scope, patient.stationId()).ifPresent(station -> {
				List<AppointmentView> upcoming = this.store.patientAppointments(patient.id(), null)
					.stream()
					.filter(a -> "SCHEDULED".equals(a.status()) && !a.scheduledOn().isBefore(today))
					.sorted(java.util.Comparator.comparing(AppointmentView::scheduledOn))
					.toList();
				rehab.add(new WorkerRehab(view(patient), station.name(), station.address(), upcoming,
						this.store.visits(patient.id())));
			});
		}
		return rehab;
	}

	/** Every station: the scope a worker's own rehabilitation is read in (the patient rows are theirs). */
	private static final ScopeFilter ALL_STATIONS = new ScopeFilter("", null, null, null, null, null);

	private RehabStore.PatientRow visiblePatient(Actor actor, long patientId) {
		RehabStore.PatientRow patient = this.store.patient(patientId)
			.orElseThrow(() -> new NotFoundException("diagnosis-patient", patientId));
		if (this.store.station(this.scopes.of(actor), patient.stationId()).isEmpty()) {
			throw new NotFoundException("diagnosis-patient", patientId);
		}
		actor.require(DiagnosisPermissions.REHAB_READ);
		return patient;
	}

	private RehabStore.PatientRow ownPatient(Actor actor, long patientId) {
		RehabStore.PatientRow patient = visiblePatient(actor, patientId);
		own(actor, patient.stationId());
		if (!"ACTIVE".equals(patient.status())) {
			throw InvalidInputException.of(null, "diagnosis.error.patientLeft");
		}
		return patient;
	}

	/** The station, for a write by its own staff. */
	private StationView own(Actor actor, long stationId) {
		actor.require(DiagnosisPermissions.REHAB_WRITE);
		StationView station = station(actor, stationId);
		boolean staff = actor.channel() == Actor.Channel.SYSTEM || (actor.scope().kind() == Scope.Kind.INSTITUTION
				&& actor.scope().value().equals(station.creditCode()));
		if (!staff) {
			throw new AccessDeniedException(DiagnosisPermissions.REHAB_WRITE);
		}
		return station;
	}

	private PatientView view(RehabStore.PatientRow p) {
		return new PatientView(p.id(), p.stationId(), p.caseId(), p.caseNumber(), p.workerId(),
				Masking.other(this.views.name(p.workerNameSealed())), p.workerIdMasked(), p.diseaseName(), p.enrolledOn(),
				p.leftOn(), p.status(), p.lastVisitOn());
	}

}
