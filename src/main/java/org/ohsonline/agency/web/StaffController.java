package org.ohsonline.agency.web;

import java.time.LocalDate;

import org.ohsonline.agency.Agencies;
import org.ohsonline.agency.AgencyStaff;
import org.ohsonline.agency.AgencyView;
import org.ohsonline.agency.EngagementCommand;
import org.ohsonline.agency.Engagements;
import org.ohsonline.agency.ServiceType;
import org.ohsonline.agency.StaffRole;
import org.ohsonline.agency.StaffView;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.InvalidInputException;
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

/**
 * Staff and engagements of an agency or institution, kept by its own staff or by supervisors of its
 * region; the services decide who may change which organisation.
 */
@Controller
class StaffController {

	static final String STAFF_FORM = "agency/staff-form";

	static final String ENGAGEMENT_FORM = "agency/engagement-form";

	private final Agencies agencies;

	private final AgencyStaff staff;

	private final Engagements engagements;

	StaffController(Agencies agencies, AgencyStaff staff, Engagements engagements) {
		this.agencies = agencies;
		this.staff = staff;
		this.engagements = engagements;
	}

	@InitBinder("staffForm")
	void staffFields(WebDataBinder binder) {
		binder.setAllowedFields("name", "idNumber", "title", "certificateNumber", "roles");
	}

	@InitBinder("engagementForm")
	void engagementFields(WebDataBinder binder) {
		binder.setAllowedFields("employerCreditCode", "serviceType", "startsOn", "endsOn");
	}

	@GetMapping("/agencies/{id}/staff/new")
	@PreAuthorize("hasAuthority('agency:staff:write')")
	String initStaffForm(Actor actor, @PathVariable long id, Model model) {
		model.addAttribute("staffForm", new StaffForm());
		return staffForm(model, this.agencies.find(actor, id), null);
	}

	@PostMapping("/agencies/{id}/staff/new")
	@PreAuthorize("hasAuthority('agency:staff:write')")
	String processStaffForm(Actor actor, @PathVariable long id, @ModelAttribute("staffForm") StaffForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		AgencyView agency = this.agencies.find(actor, id);
		// The number is never sent back to the browser, whatever happens next.
		String idNumber = form.getIdNumber();
		form.setIdNumber(null);
		if (result.hasErrors()) {
			return staffForm(model, agency, null);
		}
		try {
			form.setIdNumber(idNumber);
			this.staff.add(actor, id, form.toCommand());
			redirect.addFlashAttribute("flashKey", "agency.staff.addedDone");
			return "redirect:/agencies/" + id + "?tab=staff";
		}
		catch (InvalidInputException ex) {
			form.setIdNumber(null);
			FormErrors.apply(ex, result);
			return staffForm(model, agency, null);
		}
	}

	@GetMapping("/staff/{staffId}/edit")
	@PreAuthorize("hasAuthority('agency:staff:write')")
	String initStaffChange(Actor actor, @PathVariable long staffId, Model model) {
		StaffView person = person(actor, staffId);
		model.addAttribute("staffForm", StaffForm.of(person));
		return staffForm(model, this.agencies.find(actor, person.agencyId()), person);
	}

	@PostMapping("/staff/{staffId}/edit")
	@PreAuthorize("hasAuthority('agency:staff:write')")
	String processStaffChange(Actor actor, @PathVariable long staffId, @ModelAttribute("staffForm") StaffForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		StaffView person = person(actor, staffId);
		AgencyView agency = this.agencies.find(actor, person.agencyId());
		form.setIdNumber(null);
		if (result.hasErrors()) {
			return staffForm(model, agency, person);
		}
		try {
			this.staff.change(actor, staffId, form.toCommand());
			redirect.addFlashAttribute("flashKey", "agency.staff.savedDone");
			return "redirect:/agencies/" + agency.id() + "?tab=staff";
		}
		catch (InvalidInputException ex) {
			FormErrors.apply(ex, result);
			return staffForm(model, agency, person);
		}
	}

	@PostMapping("/staff/{staffId}/leave")
	@PreAuthorize("hasAuthority('agency:staff:write')")
	String leave(Actor actor, @PathVariable long staffId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate leftOn,
			RedirectAttributes redirect) {
		StaffView left = this.staff.leave(actor, staffId, leftOn);
		redirect.addFlashAttribute("flashKey", "agency.staff.leftDone");
		return "redirect:/agencies/" + left.agencyId() + "?tab=staff";
	}

	@GetMapping("/agencies/{id}/engagements/new")
	@PreAuthorize("hasAuthority('agency:engagement:write')")
	String initEngagementForm(Actor actor, @PathVariable long id, Model model) {
		model.addAttribute("engagementForm", new EngagementForm());
		return engagementForm(model, this.agencies.find(actor, id));
	}

	@PostMapping("/agencies/{id}/engagements/new")
	@PreAuthorize("hasAuthority('agency:engagement:write')")
	String processEngagementForm(Actor actor, @PathVariable long id,
			@ModelAttribute("engagementForm") EngagementForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		AgencyView agency = this.agencies.find(actor, id);
		if (result.hasErrors()) {
			return engagementForm(model, agency);
		}
		try {
			EngagementCommand command = form.toCommand();
			this.engagements.add(actor, id, command);
			redirect.addFlashAttribute("flashKey", "agency.engagement.addedDone");
			return "redirect:/agencies/" + id + "?tab=engagements";
		}
		catch (InvalidInputException ex) {
			FormErrors.apply(ex, result);
			return engagementForm(model, agency);
		}
	}

	@PostMapping("/engagements/{engagementId}/end")
	@PreAuthorize("hasAuthority('agency:engagement:write')")
	String end(Actor actor, @PathVariable long engagementId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endsOn,
			RedirectAttributes redirect) {
		long agencyId = this.engagements.end(actor, engagementId, endsOn).agencyId();
		redirect.addFlashAttribute("flashKey", "agency.engagement.endedDone");
		return "redirect:/agencies/" + agencyId + "?tab=engagements";
	}

	private StaffView person(Actor actor, long staffId) {
		return this.staff.find(actor, staffId);
	}

	private String staffForm(Model model, AgencyView agency, StaffView person) {
		model.addAttribute("agency", agency);
		model.addAttribute("person", person);
		model.addAttribute("roles", StaffRole.values());
		return STAFF_FORM;
	}

	private String engagementForm(Model model, AgencyView agency) {
		model.addAttribute("agency", agency);
		model.addAttribute("services", java.util.Arrays.stream(ServiceType.values())
			.filter(s -> s.kind() == agency.kind())
			.filter(s -> s.jobType().map(agency.scope().jobTypes()::contains).orElse(true))
			.toList());
		return ENGAGEMENT_FORM;
	}

}
