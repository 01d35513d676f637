package org.ohsonline.diagnosis;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.ohsonline.shared.Actor;

/**
 * Pneumoconiosis rehabilitation: stations (region, capacity of patients under care) registered by
 * supervisors; the patients (workers whose occupational disease in force is a pneumoconiosis) the
 * station's staff enrol, their appointments and visits. Supervisors see the stations of their
 * region, a station's staff (an institution scope naming the station's credit code) their own.
 * Every write is audited.
 */
public interface Rehabilitation {

	record StationCommand(String name, String creditCode, String regionCode, String address, Integer capacity) {
	}

	record StationView(long id, String name, String creditCode, String regionCode, String address, int capacity,
			int activePatients, String status) {

		public int freePlaces() {
			return Math.max(0, this.capacity - this.activePatients);
		}

	}

	/** A patient; the worker's name masked. */
	record PatientView(long id, long stationId, long caseId, String caseNumber, long workerId, String workerNameMasked,
			String workerIdMasked, String diseaseName, LocalDate enrolledOn, LocalDate leftOn, String status,
			LocalDate lastVisitOn) {
	}

	record AppointmentView(long id, long patientId, String workerNameMasked, LocalDate scheduledOn,
			List<RehabService> services, String status) {
	}

	record VisitView(long id, long patientId, Long appointmentId, LocalDate visitedOn, List<RehabService> services,
			String outcomeNotes, String recordedBy) {
	}

	/**
	 * A worker's rehabilitation at one station, for the worker's record.
	 *
	 * @param upcoming booked appointments from today, earliest first
	 * @param visits visits, latest first
	 */
	record WorkerRehab(PatientView patient, String stationName, String stationAddress, List<AppointmentView> upcoming,
			List<VisitView> visits) {
	}

	/** Needs {@code diagnosis:station:write} and a region scope covering the station's region. */
	StationView registerStation(Actor actor, StationCommand command);

	List<StationView> stations(Actor actor, String region);

	StationView station(Actor actor, long stationId);

	/**
	 * Enrols the worker of a case (by its number, from the certificate the patient presents) whose
	 * disease in force is a pneumoconiosis, if the station has a free place. Station staff only.
	 */
	PatientView enrol(Actor actor, long stationId, String caseNumber, LocalDate enrolledOn);

	PatientView patient(Actor actor, long patientId);

	List<PatientView> patients(Actor actor, long stationId);

	AppointmentView book(Actor actor, long patientId, LocalDate on, Set<RehabService> services);

	/** Appointments of the station from the day on, earliest first. */
	List<AppointmentView> appointments(Actor actor, long stationId, LocalDate from);

	/** A visit, answering an appointment (which becomes attended) or not. */
	VisitView recordVisit(Actor actor, long patientId, Long appointmentId, LocalDate visitedOn,
			Set<RehabService> services, String outcomeNotes);

	List<VisitView> visits(Actor actor, long patientId);

	List<AppointmentView> patientAppointments(Actor actor, long patientId);

	/**
	 * The worker's rehabilitation, latest enrolment first, for the worker's record (一人一档): at the
	 * stations in the actor's scope ({@code diagnosis:rehab:read}), or all of it for the worker
	 * themself (a PERSON scope whose own record it is, with {@code diagnosis:case:read}: their
	 * rehabilitation follows from their own diagnosis). Empty for anyone else.
	 */
	List<WorkerRehab> ofWorker(Actor actor, long workerId);

}
