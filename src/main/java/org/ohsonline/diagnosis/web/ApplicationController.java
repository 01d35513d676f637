package org.ohsonline.diagnosis.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.ohsonline.shared.Text;
import org.ohsonline.agency.AgencyKind;
import org.ohsonline.agency.Agencies;
import org.ohsonline.diagnosis.Applicant;
import org.ohsonline.diagnosis.ApplicationCommand;
import org.ohsonline.diagnosis.CaseView;
import org.ohsonline.diagnosis.Diagnoses;
import org.ohsonline.diagnosis.ReferralView;
import org.ohsonline.registry.EmploymentView;
import org.ohsonline.registry.ExposureView;
import org.ohsonline.registry.WorkerView;
import org.ohsonline.registry.Workers;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.InvalidInputException;
import org.ohsonline.shared.NotFoundException;
import org.ohsonline.shared.PageQuery;
import org.ohsonline.shared.Scope;

import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The application form (initCreationForm / processCreationForm): the worker (themself, from a
 * referral or a link, or found by identity number), the employer among the worker's employments,
 * the diagnosis institution among the active ones, the hazards from the worker's exposure history.
 */
@Controller
@PreAuthorize("hasAuthority('diagnosis:case:apply')")
class ApplicationController {

	static final String FORM = "diagnosis/apply";

	private final Diagnoses diagnoses;

	private final Workers workers;

	private final Agencies agencies;

	private final MessageSource messages;

	ApplicationController(Diagnoses diagnoses, Workers workers, Agencies agencies, MessageSource messages) {
		this.diagnoses = diagnoses;
		this.workers = workers;
		this.agencies = agencies;
		this.messages = messages;
	}

	@GetMapping("/diagnosis/cases/new")
	String initCreationForm(Actor actor, @RequestParam(required = false) Long referralId,
			@RequestParam(required = false) Long workerId, @RequestParam(required = false) Long employerId, Model model) {
		Optional<ReferralView> referral = referral(actor, referralId);
		Long worker = referral.map(ReferralView::workerId).orElse(workerId);
		prepare(actor, worker(actor, worker), null, referral.map(ReferralView::employerId).orElse(employerId), referral,
				model);
		return FORM;
	}

	/**
	 * An institution's staff find the worker who came in person by identity number and name (the
	 * number travels in the POST body only); the record then opens to the institution.
	 */
	@PostMapping("/diagnosis/cases/new")
	String identify(Actor actor, @RequestParam(required = false) String idNumber,
			@RequestParam(required = false) String name, Locale locale, Model model) {
		Optional<WorkerView> worker = Optional.empty();
		try {
			worker = this.workers.identify(actor, idNumber, name);
		}
		catch (InvalidInputException ex) {
			model.addAttribute("errors", Web.messages(ex, this.messages, locale));
		}
		prepare(actor, worker, idNumber, null, Optional.empty(), model);
		model.addAttribute("notFound", worker.isEmpty() && !model.containsAttribute("errors"));
		return FORM;
	}

	@PostMapping("/diagnosis/cases")
	String processCreationForm(Actor actor, @RequestParam(required = false) Long referralId,
			@RequestParam(required = false) Long workerId, @RequestParam(required = false) Long employerId,
			@RequestParam(required = false) Long institutionId, @RequestParam(required = false) String applicant,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate appliedOn,
			@RequestParam(required = false) List<String> hazardCodes, @RequestParam(required = false) String otherHazards,
			Locale locale, Model model, RedirectAttributes redirect) {
		List<String> codes = new ArrayList<>(hazardCodes == null ? List.of() : hazardCodes);
		if (otherHazards != null) {
			for (String code : otherHazards.split("[,，\\s]+")) {
				if (!code.isBlank()) {
					codes.add(code.trim());
				}
			}
		}
		String party = Text.enumName(applicant, Applicant.class);
		try {
			CaseView created = this.diagnoses.apply(actor, new ApplicationCommand(workerId, employerId, institutionId,
					party == null ? null : Applicant.valueOf(party), appliedOn, codes, referralId));
			redirect.addFlashAttribute("flashKey", "diagnosis.appliedDone");
			return "redirect:/diagnosis/cases/" + created.id();
		}
		catch (InvalidInputException ex) {
			model.addAttribute("errors", Web.messages(ex, this.messages, locale));
			prepare(actor, worker(actor, workerId), null, employerId, referral(actor, referralId), model);
			model.addAttribute("chosenInstitution", institutionId);
			model.addAttribute("chosenHazards", codes);
			return FORM;
		}
	}

	private Optional<ReferralView> referral(Actor actor, Long referralId) {
		if (referralId == null) {
			return Optional.empty();
		}
		return this.diagnoses.openReferrals(actor, null, PageQuery.of(1, PageQuery.MAX_SIZE))
			.items()
			.stream()
			.filter(r -> r.id() == referralId)
			.findFirst();
	}

	private void prepare(Actor actor, Optional<WorkerView> worker, String idNumber, Long employerId,
			Optional<ReferralView> referral, Model model) {
		model.addAttribute("referral", referral.orElse(null));
		model.addAttribute("worker", worker.orElse(null));
		model.addAttribute("notFound", false);
		model.addAttribute("chosenEmployer", employerId);
		List<EmploymentView> employments = worker.map(w -> this.workers.employments(actor, w.id())).orElse(List.of());
		model.addAttribute("employments", employments);
		Map<String, String> hazards = new LinkedHashMap<>();
		worker.ifPresent(w -> this.workers.exposures(actor, w.id())
			.forEach((ExposureView e) -> hazards.putIfAbsent(e.hazardCode(), e.hazardName())));
		referral.ifPresent(r -> hazards.putIfAbsent(r.hazardCode(), r.hazardName()));
		model.addAttribute("hazards", hazards);
		model.addAttribute("institutions", this.agencies.directory(AgencyKind.DIAGNOSIS_INSTITUTION));
		model.addAttribute("applicants", Applicant.values());
		model.addAttribute("partyChooses", actor.scope().kind() == Scope.Kind.REGION
				|| actor.scope().kind() == Scope.Kind.INSTITUTION);
		model.addAttribute("today", LocalDate.now());
	}

	/**
	 * The worker in the applicant's own scope: a worker applying is themself; others see the worker
	 * as the register shows them (an institution only after the worker came in person, applied to it
	 * or was examined by it).
	 */
	private Optional<WorkerView> worker(Actor actor, Long workerId) {
		if (actor.scope().kind() == Scope.Kind.PERSON) {
			return this.workers.own(actor);
		}
		try {
			return workerId == null ? Optional.empty() : Optional.of(this.workers.find(actor, workerId));
		}
		catch (NotFoundException ex) {
			return Optional.empty();
		}
	}

}
