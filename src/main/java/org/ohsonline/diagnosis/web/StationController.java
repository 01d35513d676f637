package org.ohsonline.diagnosis.web;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;

import org.ohsonline.shared.Text;
import org.ohsonline.diagnosis.RehabService;
import org.ohsonline.diagnosis.Rehabilitation;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.InvalidInputException;

import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Rehabilitation pages: the stations of the region (supervisors register them), a station's
 * patients and upcoming appointments (its staff enrol), a patient's appointments and visits (its
 * staff book and record). A refused step redirects back with what was wrong and changes nothing.
 */
@Controller
@PreAuthorize("hasAuthority('diagnosis:rehab:read')")
class StationController {

	private final Rehabilitation rehabilitation;

	private final DiagnosisRegions regions;

	private final MessageSource messages;

	StationController(Rehabilitation rehabilitation, DiagnosisRegions regions, MessageSource messages) {
		this.rehabilitation = rehabilitation;
		this.regions = regions;
		this.messages = messages;
	}

	@GetMapping("/diagnosis/stations")
	String stations(Actor actor, @RequestParam(required = false) String region, Model model) {
		model.addAttribute("stations", this.rehabilitation.stations(actor, Text.blankToNull(region)));
		model.addAttribute("region", Text.blankToNull(region));
		model.addAttribute("regions", this.regions.options(actor));
		model.addAttribute("scopeName", this.regions.scopeName(actor));
		return "diagnosis/stations";
	}

	@PostMapping("/diagnosis/stations")
	@PreAuthorize("hasAuthority('diagnosis:station:write')")
	String register(Actor actor, @RequestParam(required = false) String name,
			@RequestParam(required = false) String creditCode, @RequestParam(required = false) String regionCode,
			@RequestParam(required = false) String address, @RequestParam(required = false) Integer capacity,
			Locale locale, RedirectAttributes redirect) {
		try {
			Rehabilitation.StationView station = this.rehabilitation.registerStation(actor,
					new Rehabilitation.StationCommand(name, creditCode, regionCode, address, capacity));
			redirect.addFlashAttribute("flashKey", "diagnosis.stationDone");
			return "redirect:/diagnosis/stations/" + station.id();
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("stepErrors", Web.messages(ex, this.messages, locale));
			return "redirect:/diagnosis/stations";
		}
	}

	@GetMapping("/diagnosis/stations/{id}")
	String station(Actor actor, @PathVariable long id, Model model) {
		Rehabilitation.StationView station = this.rehabilitation.station(actor, id);
		model.addAttribute("station", station);
		model.addAttribute("patients", this.rehabilitation.patients(actor, id));
		model.addAttribute("appointments", this.rehabilitation.appointments(actor, id, null));
		model.addAttribute("staff", actor.can("diagnosis:rehab:write")
				&& actor.scope().kind() == org.ohsonline.shared.Scope.Kind.INSTITUTION
				&& actor.scope().value().equals(station.creditCode()));
		return "diagnosis/station";
	}

	@PostMapping("/diagnosis/stations/{id}/patients")
	@PreAuthorize("hasAuthority('diagnosis:rehab:write')")
	String enrol(Actor actor, @PathVariable long id, @RequestParam(required = false) String caseNumber,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate enrolledOn,
			Locale locale, RedirectAttributes redirect) {
		return step("/diagnosis/stations/" + id, locale, redirect, "diagnosis.enrolledDone",
				() -> this.rehabilitation.enrol(actor, id, caseNumber, enrolledOn));
	}

	@GetMapping("/diagnosis/patients/{id}")
	String patient(Actor actor, @PathVariable long id, Model model) {
		Rehabilitation.PatientView patient = this.rehabilitation.patient(actor, id);
		Rehabilitation.StationView station = this.rehabilitation.station(actor, patient.stationId());
		model.addAttribute("patient", patient);
		model.addAttribute("station", station);
		model.addAttribute("appointments", this.rehabilitation.patientAppointments(actor, id));
		model.addAttribute("visits", this.rehabilitation.visits(actor, id));
		model.addAttribute("services", RehabService.values());
		model.addAttribute("staff", actor.can("diagnosis:rehab:write")
				&& actor.scope().kind() == org.ohsonline.shared.Scope.Kind.INSTITUTION
				&& actor.scope().value().equals(station.creditCode()) && "ACTIVE".equals(patient.status()));
		return "diagnosis/patient";
	}

	@PostMapping("/diagnosis/patients/{id}/appointments")
	@PreAuthorize("hasAuthority('diagnosis:rehab:write')")
	String book(Actor actor, @PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate scheduledOn,
			@RequestParam(required = false) List<String> services, Locale locale, RedirectAttributes redirect) {
		return step("/diagnosis/patients/" + id, locale, redirect, "diagnosis.bookedDone",
				() -> this.rehabilitation.book(actor, id, scheduledOn, services(services)));
	}

	@PostMapping("/diagnosis/patients/{id}/visits")
	@PreAuthorize("hasAuthority('diagnosis:rehab:write')")
	String visit(Actor actor, @PathVariable long id, @RequestParam(required = false) Long appointmentId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate visitedOn,
			@RequestParam(required = false) List<String> services, @RequestParam(required = false) String outcomeNotes,
			Locale locale, RedirectAttributes redirect) {
		return step("/diagnosis/patients/" + id, locale, redirect, "diagnosis.visitDone",
				() -> this.rehabilitation.recordVisit(actor, id, appointmentId, visitedOn, services(services), outcomeNotes));
	}

	private static Set<RehabService> services(List<String> names) {
		Set<RehabService> services = EnumSet.noneOf(RehabService.class);
		if (names != null) {
			names.stream().map(n -> Text.enumName(n, RehabService.class)).filter(java.util.Objects::nonNull)
				.forEach(n -> services.add(RehabService.valueOf(n)));
		}
		return services;
	}

	private String step(String path, Locale locale, RedirectAttributes redirect, String done, Supplier<?> step) {
		try {
			step.get();
			redirect.addFlashAttribute("flashKey", done);
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("stepErrors", Web.messages(ex, this.messages, locale));
		}
		return "redirect:" + path;
	}

}
