package org.ohsonline.registry.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.ohsonline.registry.EmployerFilter;
import org.ohsonline.registry.EmployerSummary;
import org.ohsonline.registry.EmployerView;
import org.ohsonline.registry.Employers;
import org.ohsonline.registry.EmploymentView;
import org.ohsonline.registry.HireCommand;
import org.ohsonline.registry.StructureViews;
import org.ohsonline.registry.WorkerCommand;
import org.ohsonline.registry.Workers;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.InvalidInputException;
import org.ohsonline.shared.PageQuery;
import org.ohsonline.shared.web.FormErrors;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Hiring a worker at an employer and recording that one left. */
@Controller
@PreAuthorize("hasAuthority('registry:worker:write')")
class EmploymentController {

	static final String FORM = "registry/hire-form";

	private final Employers employers;

	private final Workers workers;

	EmploymentController(Employers employers, Workers workers) {
		this.employers = employers;
		this.workers = workers;
	}

	@InitBinder("hireForm")
	void allowedFields(WebDataBinder binder) {
		binder.setAllowedFields("idNumber", "name", "mobile", "postId", "hiredOn", "dispatched", "hostCreditCode");
	}

	@GetMapping("/employers/{id}/hire")
	String initHireForm(Actor actor, @PathVariable long id, Model model) {
		HireForm form = new HireForm();
		form.setHiredOn(LocalDate.now());
		model.addAttribute("hireForm", form);
		return form(actor, id, model);
	}

	@PostMapping("/employers/{id}/hire")
	String processHireForm(Actor actor, @PathVariable long id, @ModelAttribute("hireForm") HireForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return reshow(actor, id, form, model);
		}
		try {
			EmploymentView hired = this.workers.hire(actor,
					new HireCommand(new WorkerCommand(form.getIdNumber(), form.getName(), form.getMobile()), id,
							form.getPostId(), form.getHiredOn(), form.isDispatched(), form.getHostCreditCode()));
			redirect.addFlashAttribute("flashKey", "registry.employment.hiredDone");
			return "redirect:/workers/" + hired.workerId();
		}
		catch (InvalidInputException ex) {
			FormErrors.apply(ex, result);
			return reshow(actor, id, form, model);
		}
	}

	/** The host employer confirms (or declines) that a worker dispatched to it works there. */
	@PostMapping("/employments/{id}/dispatch")
	String answerDispatch(Actor actor, @PathVariable long id, @RequestParam(required = false) Boolean confirm,
			RedirectAttributes redirect) {
		EmploymentView answered = this.workers.answerDispatch(actor, id, confirm);
		redirect.addFlashAttribute("flashKey",
				Boolean.TRUE.equals(confirm) ? "registry.dispatch.confirmedDone" : "registry.dispatch.declinedDone");
		return "redirect:/employers/" + answered.hostEmployerId() + "?tab=workers";
	}

	@PostMapping("/employments/{id}/leave")
	String leave(Actor actor, @PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate leftOn,
			RedirectAttributes redirect) {
		EmploymentView left = this.workers.leave(actor, id, leftOn);
		redirect.addFlashAttribute("flashKey", "registry.employment.leftDone");
		return "redirect:/employers/" + left.employerId() + "?tab=workers";
	}

	/** 调岗: another post of the same employer (or none) from the day given; back to the worker's record. */
	@PostMapping("/employments/{id}/post")
	String changePost(Actor actor, @PathVariable long id, @RequestParam(required = false) Long postId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate changedOn,
			RedirectAttributes redirect) {
		EmploymentView changed = this.workers.changePost(actor, id, postId, changedOn);
		redirect.addFlashAttribute("flashKey", "registry.employment.postChangedDone");
		return "redirect:/workers/" + changed.workerId();
	}

	/** The identity number is never sent back to the browser after a failed attempt. */
	private String reshow(Actor actor, long id, HireForm form, Model model) {
		form.setIdNumber(null);
		return form(actor, id, model);
	}

	private String form(Actor actor, long employerId, Model model) {
		EmployerView employer = this.employers.find(actor, employerId);
		model.addAttribute("employer", employer);
		model.addAttribute("posts", posts(this.employers, actor, employerId));
		return FORM;
	}

	/** The employer's posts as "site / workshop / post", for the hire and change-of-post forms. */
	static List<PostOption> posts(Employers employers, Actor actor, long employerId) {
		List<PostOption> posts = new ArrayList<>();
		for (StructureViews.Site site : employers.structure(actor, employerId)) {
			for (StructureViews.Workshop workshop : site.workshops()) {
				workshop.posts()
					.forEach(p -> posts.add(new PostOption(p.id(), site.name() + " / " + workshop.name() + " / " + p.name())));
			}
		}
		return posts;
	}

	record PostOption(long id, String label) {
	}

}
