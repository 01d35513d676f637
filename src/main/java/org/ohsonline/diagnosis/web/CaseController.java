package org.ohsonline.diagnosis.web;

import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Supplier;

import org.ohsonline.shared.Text;
import org.ohsonline.diagnosis.Applicant;
import org.ohsonline.diagnosis.AppraisalDecision;
import org.ohsonline.diagnosis.AppraisalRequest;
import org.ohsonline.diagnosis.Appraisals;
import org.ohsonline.diagnosis.CaseView;
import org.ohsonline.diagnosis.Diagnoses;
import org.ohsonline.diagnosis.DiagnosisCertificates;
import org.ohsonline.diagnosis.DiagnosisCommand;
import org.ohsonline.diagnosis.MaterialCommand;
import org.ohsonline.reference.OccupationalDiseases;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.InvalidInputException;
import org.ohsonline.shared.Scope;

import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A case page: identity and status, the checklist, the clocks, the diagnosis, appraisals and the
 * history, with the step forms each user may take. A refused step redirects back with what was
 * wrong and changes nothing.
 */
@Controller
@PreAuthorize("hasAuthority('diagnosis:case:read')")
class CaseController {

	static final String VIEW = "diagnosis/case";

	private final Diagnoses diagnoses;

	private final DiagnosisCertificates certificates;

	private final Appraisals appraisals;

	private final OccupationalDiseases diseases;

	private final MessageSource messages;

	CaseController(Diagnoses diagnoses, DiagnosisCertificates certificates, Appraisals appraisals,
			OccupationalDiseases diseases, MessageSource messages) {
		this.diagnoses = diagnoses;
		this.certificates = certificates;
		this.appraisals = appraisals;
		this.diseases = diseases;
		this.messages = messages;
	}

	@GetMapping("/diagnosis/cases/{id}")
	String show(Actor actor, @PathVariable long id, Model model) {
		CaseView view = this.diagnoses.find(actor, id);
		model.addAttribute("c", view);
		boolean institution = actor.scope().kind() == Scope.Kind.INSTITUTION
				&& actor.can("diagnosis:case:diagnose");
		model.addAttribute("mayDiagnose", institution);
		model.addAttribute("mayRequest", actor.can("diagnosis:appraisal:request")
				&& actor.scope().kind() != Scope.Kind.INSTITUTION && actor.scope().kind() != Scope.Kind.AGENCY);
		model.addAttribute("mayDecide", actor.can("diagnosis:appraisal:decide")
				&& actor.scope().kind() == Scope.Kind.REGION);
		model.addAttribute("partyChooses", actor.scope().kind() == Scope.Kind.REGION);
		model.addAttribute("applicants", Applicant.values());
		if (institution || actor.can("diagnosis:appraisal:decide")) {
			model.addAttribute("diseases", this.diseases.diseases());
		}
		return VIEW;
	}

	/** The certificate exactly as issued at delivery, for everyone who may see the case. */
	@GetMapping("/diagnosis/cases/{id}/certificate.pdf")
	ResponseEntity<byte[]> certificatePdf(Actor actor, @PathVariable long id) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"diagnosis-certificate-" + id + ".pdf\"")
			.body(this.certificates.certificate(actor, id));
	}

	@PostMapping("/diagnosis/cases/{id}/materials")
	@PreAuthorize("hasAuthority('diagnosis:case:diagnose')")
	String material(Actor actor, @PathVariable long id, @RequestParam String code,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate receivedOn,
			@RequestParam(required = false) Boolean waived, @RequestParam(required = false) String note, Locale locale,
			RedirectAttributes redirect) {
		return step(id, locale, redirect, "diagnosis.materialDone",
				() -> this.diagnoses.recordMaterial(actor, id, new MaterialCommand(code, receivedOn, waived, note)));
	}

	@PostMapping("/diagnosis/cases/{id}/diagnosis")
	@PreAuthorize("hasAuthority('diagnosis:case:diagnose')")
	String diagnose(Actor actor, @PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate diagnosedOn,
			@RequestParam(required = false) Boolean occupational, @RequestParam(required = false) String diseaseCode,
			@RequestParam(required = false) String conclusion, @RequestParam(required = false) String certificateNumber,
			Locale locale, RedirectAttributes redirect) {
		return step(id, locale, redirect, "diagnosis.diagnosedDone", () -> this.diagnoses.diagnose(actor, id,
				new DiagnosisCommand(diagnosedOn, occupational, diseaseCode, conclusion, certificateNumber)));
	}

	@PostMapping("/diagnosis/cases/{id}/certificate")
	@PreAuthorize("hasAuthority('diagnosis:case:diagnose')")
	String certificate(Actor actor, @PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deliveredOn,
			Locale locale, RedirectAttributes redirect) {
		return step(id, locale, redirect, "diagnosis.deliveredDone",
				() -> this.diagnoses.deliverCertificate(actor, id, deliveredOn));
	}

	@PostMapping("/diagnosis/cases/{id}/appraisals")
	@PreAuthorize("hasAuthority('diagnosis:appraisal:request')")
	String request(Actor actor, @PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate requestedOn,
			@RequestParam(required = false) String requestedBy, @RequestParam(required = false) String reason,
			Locale locale, RedirectAttributes redirect) {
		String party = Text.enumName(requestedBy, Applicant.class);
		return step(id, locale, redirect, "diagnosis.requestedDone", () -> this.appraisals.request(actor, id,
				new AppraisalRequest(requestedOn, party == null ? null : Applicant.valueOf(party), reason)));
	}

	@PostMapping("/diagnosis/cases/{id}/appraisals/decision")
	@PreAuthorize("hasAuthority('diagnosis:appraisal:decide')")
	String decide(Actor actor, @PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate decidedOn,
			@RequestParam(required = false) Boolean occupational, @RequestParam(required = false) String diseaseCode,
			@RequestParam(required = false) String documentNumber, @RequestParam(required = false) String conclusion,
			Locale locale, RedirectAttributes redirect) {
		return step(id, locale, redirect, "diagnosis.decidedDone", () -> this.appraisals.decide(actor, id,
				new AppraisalDecision(decidedOn, occupational, diseaseCode, documentNumber, conclusion)));
	}

	private String step(long id, Locale locale, RedirectAttributes redirect, String done, Supplier<CaseView> step) {
		try {
			step.get();
			redirect.addFlashAttribute("flashKey", done);
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("stepErrors", Web.messages(ex, this.messages, locale));
		}
		return "redirect:/diagnosis/cases/" + id;
	}

}
