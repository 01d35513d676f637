package org.ohsonline.risk.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.ohsonline.risk.Checklist;
import org.ohsonline.risk.RiskPortraits;
import org.ohsonline.risk.SelfInspectionView;
import org.ohsonline.risk.SelfInspections;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.InvalidInputException;
import org.ohsonline.shared.InvalidInputException.FieldError;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Self-inspections (自查): the employer's list with the warning when none is in force, the checklist form
 * (save a draft, submit), and a supervisor's spot-check with corrected points and reasons.
 */
@Controller
@PreAuthorize("hasAuthority('risk:portrait:read')")
class SelfInspectionController {

	static final String LIST = "risk/self-inspections";

	static final String FORM = "risk/self-inspection";

	private final SelfInspections inspections;

	private final RiskPortraits portraits;

	SelfInspectionController(SelfInspections inspections, RiskPortraits portraits) {
		this.inspections = inspections;
		this.portraits = portraits;
	}

	@GetMapping("/risk/employers/{id}/self-inspections")
	String list(Actor actor, @PathVariable long id, Model model) {
		model.addAttribute("portrait", this.portraits.portrait(actor, id));
		model.addAttribute("inspections", this.inspections.ofEmployer(actor, id));
		return LIST;
	}

	@PostMapping("/risk/employers/{id}/self-inspections")
	@PreAuthorize("hasAuthority('risk:self-inspection:write')")
	String start(Actor actor, @PathVariable long id, @RequestParam(required = false) String occasion) {
		return "redirect:/risk/self-inspections/" + this.inspections.draft(actor, id, occasion).id();
	}

	@GetMapping("/risk/self-inspections/{id}")
	String show(Actor actor, @PathVariable long id, Model model) {
		SelfInspectionView inspection = this.inspections.find(actor, id);
		model.addAttribute("inspection", inspection);
		model.addAttribute("checklist", this.inspections.checklist(inspection.checklistVersionId()));
		return FORM;
	}

	/** Saves the answers of a draft; with {@code action=submit} submits it too. */
	@PostMapping("/risk/self-inspections/{id}")
	@PreAuthorize("hasAuthority('risk:self-inspection:write')")
	String save(Actor actor, @PathVariable long id, @RequestParam Map<String, String> form,
			@RequestParam(required = false) String action, RedirectAttributes redirect) {
		SelfInspectionView inspection = this.inspections.find(actor, id);
		Checklist checklist = this.inspections.checklist(inspection.checklistVersionId());
		List<FieldError> errors = new ArrayList<>();
		List<SelfInspections.AnswerInput> answers = new ArrayList<>();
		for (Checklist.Item item : checklist.items()) {
			String points = form.get("points[" + item.code() + "]");
			if (points == null || points.isBlank()) {
				continue;
			}
			try {
				answers.add(new SelfInspections.AnswerInput(item.code(), new BigDecimal(points.trim()),
						form.get("evidence[" + item.code() + "]")));
			}
			catch (NumberFormatException ex) {
				errors.add(FieldError.of("points[" + item.code() + "]", "risk.selfInspection.pointsRange",
						item.points().toPlainString()));
			}
		}
		if (!errors.isEmpty()) {
			redirect.addFlashAttribute("actionErrors", errors);
			redirect.addFlashAttribute("submitted", form);
			return "redirect:/risk/self-inspections/" + id;
		}
		String flash = "submit".equals(action) ? "risk.selfInspection.submitted" : "risk.selfInspection.saved";
		return act(id, redirect, flash, form, () -> {
			this.inspections.save(actor, id, answers);
			return "submit".equals(action) ? this.inspections.submit(actor, id) : null;
		});
	}

	@PostMapping("/risk/self-inspections/{id}/check")
	@PreAuthorize("hasAuthority('risk:self-inspection:check')")
	String check(Actor actor, @PathVariable long id, @RequestParam Map<String, String> form,
			@RequestParam(required = false) String note, RedirectAttributes redirect) {
		SelfInspectionView inspection = this.inspections.find(actor, id);
		Checklist checklist = this.inspections.checklist(inspection.checklistVersionId());
		List<FieldError> errors = new ArrayList<>();
		List<SelfInspections.Correction> corrections = new ArrayList<>();
		for (Checklist.Item item : checklist.items()) {
			String points = form.get("corrected[" + item.code() + "]");
			String reason = form.get("reason[" + item.code() + "]");
			if ((points == null || points.isBlank()) && (reason == null || reason.isBlank())) {
				continue;
			}
			try {
				corrections.add(new SelfInspections.Correction(item.code(),
						points == null || points.isBlank() ? null : new BigDecimal(points.trim()), reason));
			}
			catch (NumberFormatException ex) {
				errors.add(FieldError.of("points[" + item.code() + "]", "risk.selfInspection.pointsRange",
						item.points().toPlainString()));
			}
		}
		if (!errors.isEmpty()) {
			redirect.addFlashAttribute("actionErrors", errors);
			redirect.addFlashAttribute("submitted", form);
			return "redirect:/risk/self-inspections/" + id;
		}
		return act(id, redirect, "risk.selfInspection.checked", form,
				() -> this.inspections.spotCheck(actor, id, corrections, note));
	}

	private static String act(long id, RedirectAttributes redirect, String flashKey, Map<String, String> form,
			Supplier<?> action) {
		try {
			action.get();
			redirect.addFlashAttribute("flashKey", flashKey);
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("actionErrors", ex.errors());
			redirect.addFlashAttribute("submitted", form);
		}
		return "redirect:/risk/self-inspections/" + id;
	}

}
