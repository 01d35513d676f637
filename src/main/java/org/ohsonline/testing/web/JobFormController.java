package org.ohsonline.testing.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ohsonline.agency.AgencyRef;
import org.ohsonline.agency.Agencies;
import org.ohsonline.agency.AgencyStaff;
import org.ohsonline.agency.EngagementView;
import org.ohsonline.agency.Engagements;
import org.ohsonline.agency.JobType;
import org.ohsonline.agency.StaffView;
import org.ohsonline.reference.LabourIntensity;
import org.ohsonline.reference.ToxicityClass;
import org.ohsonline.registry.Employers;
import org.ohsonline.registry.StructureViews;
import org.ohsonline.shared.AccessDeniedException;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.InvalidInputException;
import org.ohsonline.shared.InvalidInputException.FieldError;
import org.ohsonline.shared.web.FormErrors;
import org.ohsonline.shared.web.Picks;
import org.ohsonline.testing.JobStep;
import org.ohsonline.testing.JobView;
import org.ohsonline.testing.SamplingMode;
import org.ohsonline.testing.TestingJobs;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An agency's staff open a job in the console: first the employer (among those engaging the
 * agency now), then the header, the participants per step (the agency's active staff holding the
 * step's role) and the sampling plan over the hazards registered at the employer's posts. The job
 * is created as a draft through the same facade as the bulk API, with the same checks.
 */
@Controller
@PreAuthorize("hasAuthority('testing:job:write')")
class JobFormController {

	static final String FORM = "testing/job-form";

	private final TestingJobs jobs;

	private final Agencies agencies;

	private final Engagements engagements;

	private final AgencyStaff staff;

	private final Employers employers;

	JobFormController(TestingJobs jobs, Agencies agencies, Engagements engagements, AgencyStaff staff,
			Employers employers) {
		this.jobs = jobs;
		this.agencies = agencies;
		this.engagements = engagements;
		this.staff = staff;
		this.employers = employers;
	}

	@GetMapping("/testing/jobs/new")
	String form(Actor actor, @RequestParam(required = false) Long employerId, Model model) {
		JobForm form = new JobForm();
		form.setEmployerId(employerId);
		form.setSamplingFrom(java.time.LocalDate.now());
		form.setSamplingTo(java.time.LocalDate.now());
		form.setJobType(JobType.PERIODIC_TESTING);
		return page(actor, form, model);
	}

	/**
	 * The employers the agency may open a job for (an accepted engagement in force), by name or credit
	 * code, for the form's searchable picker.
	 */
	@GetMapping("/testing/jobs/new/employers")
	@ResponseBody
	Picks engagedEmployers(Actor actor, @RequestParam(required = false) String q) {
		String text = q == null ? "" : q.trim();
		List<Picks.Option> matches = engaged(actor, agency(actor)).values()
			.stream()
			.filter(e -> text.isEmpty() || e.employerName().contains(text) || e.employerCreditCode().startsWith(text))
			.map(e -> new Picks.Option(String.valueOf(e.employerId()), e.employerName(), e.employerCreditCode()))
			.toList();
		return Picks.first(matches);
	}

	@PostMapping("/testing/jobs")
	String create(Actor actor, @ModelAttribute("jobForm") JobForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		if (binding.hasErrors()) {
			return page(actor, form, model);
		}
		JobForm.Converted converted = form.command();
		try {
			JobView job = this.jobs.create(actor, converted.command());
			redirect.addFlashAttribute("flashKey", "testing.job.createdDone");
			return "redirect:/testing/jobs/" + job.id();
		}
		catch (InvalidInputException ex) {
			List<FieldError> errors = ex.errors()
				.stream()
				.map(e -> new FieldError(converted.formField(e.field()), e.code(), e.arguments()))
				.toList();
			FormErrors.apply(new InvalidInputException(errors), binding);
			model.addAttribute("formErrors", errors);
			return page(actor, form, model);
		}
	}

	private String page(Actor actor, JobForm form, Model model) {
		AgencyRef agency = agency(actor);
		Map<Long, EngagementView> engaged = engaged(actor, agency);
		model.addAttribute("jobForm", form);
		model.addAttribute("agency", agency);
		model.addAttribute("engaged", engaged.values());
		model.addAttribute("jobTypes", JobType.values());
		model.addAttribute("modes", SamplingMode.values());
		model.addAttribute("toxicityClasses", ToxicityClass.values());
		model.addAttribute("intensities", LabourIntensity.values());
		Map<JobStep, List<StaffView>> staffBySteps = new LinkedHashMap<>();
		for (JobStep step : JobStep.values()) {
			staffBySteps.put(step, this.staff.active(agency.id(), step.role()));
		}
		model.addAttribute("staffBySteps", staffBySteps);
		EngagementView employer = form.getEmployerId() == null ? null : engaged.get(form.getEmployerId());
		model.addAttribute("employer", employer);
		model.addAttribute("targets", employer == null ? List.of() : targets(actor, employer.employerId()));
		return FORM;
	}

	private AgencyRef agency(Actor actor) {
		return this.agencies.ownedBy(actor.scope())
			.stream()
			.findFirst()
			.orElseThrow(() -> new AccessDeniedException("only an agency's staff open testing jobs"));
	}

	/** The employers whose engagement of the agency is in force, by id. */
	private Map<Long, EngagementView> engaged(Actor actor, AgencyRef agency) {
		Map<Long, EngagementView> engaged = new LinkedHashMap<>();
		this.engagements.ofAgency(actor, agency.id())
			.stream()
			.filter(EngagementView::inForce)
			.forEach(e -> engaged.putIfAbsent(e.employerId(), e));
		return engaged;
	}

	/**
	 * The employer's posts and their registered hazards, as plan-row choices. The agency reads the
	 * structure in its own scope, which an accepted engagement in force opens to it.
	 */
	private List<Target> targets(Actor actor, long employerId) {
		List<Target> targets = new ArrayList<>();
		for (StructureViews.Site site : this.employers.structure(actor, employerId)) {
			for (StructureViews.Workshop workshop : site.workshops()) {
				for (StructureViews.Post post : workshop.posts()) {
					for (StructureViews.Hazard hazard : post.hazards()) {
						targets.add(new Target(post.id() + ":" + hazard.code(),
								workshop.name() + " / " + post.name() + " — " + hazard.name() + " (" + hazard.code() + ")"));
					}
				}
			}
		}
		return targets;
	}

	/** A plan-row choice: a hazard at a post. */
	record Target(String value, String label) {
	}

}
