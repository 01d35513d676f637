package org.ohsonline.diagnosis.api;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.ohsonline.shared.Text;
import org.ohsonline.diagnosis.RehabService;
import org.ohsonline.diagnosis.Rehabilitation;
import org.ohsonline.diagnosis.Rehabilitation.AppointmentView;
import org.ohsonline.diagnosis.Rehabilitation.PatientView;
import org.ohsonline.diagnosis.Rehabilitation.StationCommand;
import org.ohsonline.diagnosis.Rehabilitation.StationView;
import org.ohsonline.diagnosis.Rehabilitation.VisitView;
import org.ohsonline.shared.Actor;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Pneumoconiosis rehabilitation stations (尘肺病康复站), their patients, appointments and visits:
 * supervisors see the stations of their region, a station's staff their own; anything else does not
 * exist for the caller (404).
 */
@RestController
@RequestMapping("/api/v1/diagnosis")
@Tag(name = "Rehabilitation", description = "Pneumoconiosis rehabilitation stations, patients, appointments and visits")
class RehabilitationApi {

	private final Rehabilitation rehabilitation;

	RehabilitationApi(Rehabilitation rehabilitation) {
		this.rehabilitation = rehabilitation;
	}

	/** A patient to enrol, by the number of the case on the certificate the patient presents. */
	record Enrolment(String caseNumber, LocalDate enrolledOn) {
	}

	/** An appointment to book. */
	record Booking(LocalDate on, Set<RehabService> services) {
	}

	/** A visit; {@code appointmentId} when it answers an appointment. */
	record Visit(Long appointmentId, LocalDate visitedOn, Set<RehabService> services, String outcomeNotes) {
	}

	@GetMapping("/stations")
	@Operation(summary = "Stations in scope (diagnosis:rehab:read), optionally under a region prefix")
	List<StationView> stations(Actor actor, @RequestParam(required = false) String region) {
		return this.rehabilitation.stations(actor, Text.blankToNull(region));
	}

	@PostMapping("/stations")
	@Operation(summary = "Register a station (diagnosis:station:write, a supervisor whose region covers it)")
	ResponseEntity<StationView> register(Actor actor, @RequestBody StationCommand command) {
		StationView station = this.rehabilitation.registerStation(actor, command);
		return ResponseEntity.created(URI.create("/api/v1/diagnosis/stations/" + station.id())).body(station);
	}

	@GetMapping("/stations/{id}")
	@Operation(summary = "One station with its capacity and the patients under care")
	StationView station(Actor actor, @PathVariable long id) {
		return this.rehabilitation.station(actor, id);
	}

	@GetMapping("/stations/{id}/patients")
	@Operation(summary = "The station's patients")
	List<PatientView> patients(Actor actor, @PathVariable long id) {
		return this.rehabilitation.patients(actor, id);
	}

	@PostMapping("/stations/{id}/patients")
	@Operation(summary = "Enrol the worker of a case whose disease in force is a pneumoconiosis (diagnosis:rehab:write, "
			+ "the station's staff), if a place is free")
	ResponseEntity<PatientView> enrol(Actor actor, @PathVariable long id, @RequestBody Enrolment enrolment) {
		PatientView patient = this.rehabilitation.enrol(actor, id, enrolment.caseNumber(), enrolment.enrolledOn());
		return ResponseEntity.created(URI.create("/api/v1/diagnosis/patients/" + patient.id())).body(patient);
	}

	@GetMapping("/stations/{id}/appointments")
	@Operation(summary = "The station's appointments from a day on (today when empty), earliest first")
	List<AppointmentView> appointments(Actor actor, @PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from) {
		return this.rehabilitation.appointments(actor, id, from);
	}

	@GetMapping("/patients/{id}")
	@Operation(summary = "One patient")
	PatientView patient(Actor actor, @PathVariable long id) {
		return this.rehabilitation.patient(actor, id);
	}

	@GetMapping("/patients/{id}/appointments")
	@Operation(summary = "The patient's appointments")
	List<AppointmentView> patientAppointments(Actor actor, @PathVariable long id) {
		return this.rehabilitation.patientAppointments(actor, id);
	}

	@PostMapping("/patients/{id}/appointments")
	@Operation(summary = "Book an appointment with the services planned (diagnosis:rehab:write)")
	ResponseEntity<AppointmentView> book(Actor actor, @PathVariable long id, @RequestBody Booking booking) {
		return ResponseEntity.status(201).body(this.rehabilitation.book(actor, id, booking.on(), booking.services()));
	}

	@GetMapping("/patients/{id}/visits")
	@Operation(summary = "The patient's visits, newest first")
	List<VisitView> visits(Actor actor, @PathVariable long id) {
		return this.rehabilitation.visits(actor, id);
	}

	@PostMapping("/patients/{id}/visits")
	@Operation(summary = "Record a visit, answering an appointment (which becomes attended) or not (diagnosis:rehab:write)")
	ResponseEntity<VisitView> visit(Actor actor, @PathVariable long id, @RequestBody Visit visit) {
		return ResponseEntity.status(201).body(this.rehabilitation.recordVisit(actor, id, visit.appointmentId(),
				visit.visitedOn(), visit.services(), visit.outcomeNotes()));
	}

}
