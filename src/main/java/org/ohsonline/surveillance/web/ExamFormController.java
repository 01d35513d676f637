package org.ohsonline.surveillance.web;

import java.util.List;

import org.ohsonline.agency.ExamType;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.InvalidInputException;
import org.ohsonline.surveillance.ExamConclusion;
import org.ohsonline.surveillance.ExamView;
import org.ohsonline.surveillance.Exams;

import org.springframework.beans.NotReadablePropertyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The exam entry form for an institution's staff: the hazards are proposed from the worker's post
 * (with the items the rules require), the institution records the results and one conclusion per
 * hazard; errors beside the fields, a flash after the redirect to the recorded exam.
 */
@Controller
@PreAuthorize("hasAuthority('surveillance:exam:write')")
class ExamFormController {

	static final String FORM = "surveillance/exam-form";

	private final Exams exams;

	ExamFormController(Exams exams) {
		this.exams = exams;
	}

	@InitBinder("form")
	void initBinder(WebDataBinder binder) {
		binder.setDisallowedFields("id", "institutionId");
		binder.setAutoGrowCollectionLimit(64);
	}

	@GetMapping("/surveillance/exams/new")
	String initCreationForm(Actor actor, @RequestParam(required = false) String employerCreditCode,
			@RequestParam(required = false) String workerIdNumber, Model model) {
		ExamForm form = new ExamForm();
		form.setEmployerCreditCode(employerCreditCode);
		form.setWorkerIdNumber(workerIdNumber);
		List<Exams.HazardProposal> proposals = List.of();
		if (employerCreditCode != null && workerIdNumber != null) {
			proposals = this.exams.propose(actor, employerCreditCode, workerIdNumber);
			for (int i = 0; i < proposals.size() && i < ExamForm.HAZARD_ROWS; i++) {
				form.getConclusions().get(i).setHazardCode(proposals.get(i).hazardCode());
			}
		}
		return show(model, form, proposals);
	}

	@PostMapping("/surveillance/exams")
	String processCreationForm(Actor actor, @ModelAttribute("form") ExamForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		form.pad();
		if (result.hasErrors()) {
			return show(model, form, List.of());
		}
		try {
			ExamView exam = this.exams.record(actor, form.command());
			redirect.addFlashAttribute("flashKey", "surveillance.exam.recorded");
			return "redirect:/surveillance/exams/" + exam.id();
		}
		catch (InvalidInputException ex) {
			for (InvalidInputException.FieldError error : ex.errors()) {
				String field = form.formField(error.field());
				Object[] arguments = error.arguments().toArray();
				try {
					if (field == null) {
						result.reject(error.code(), arguments, error.code());
					}
					else {
						result.rejectValue(field, error.code(), arguments, error.code());
					}
				}
				catch (NotReadablePropertyException notOnForm) {
					result.reject(error.code(), arguments, error.code());
				}
			}
			return show(model, form, List.of());
		}
	}

	private String show(Model model, ExamForm form, List<Exams.HazardProposal> proposals) {
		model.addAttribute("form", form);
		model.addAttribute("proposals", proposals);
		model.addAttribute("types", ExamType.values());
		model.addAttribute("conclusions", ExamConclusion.values());
		model.addAttribute("frequencies", ExamForm.FREQUENCIES);
		return FORM;
	}

}
