package org.ohsonline.declaration.web;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import org.ohsonline.declaration.ClockState;
import org.ohsonline.declaration.ClockView;
import org.ohsonline.declaration.DeclarationClocks;
import org.ohsonline.declaration.DeclarationCommand;
import org.ohsonline.declaration.DeclarationFilter;
import org.ohsonline.declaration.DeclarationKind;
import org.ohsonline.declaration.ManagementOrganisation;
import org.ohsonline.declaration.DeclarationReason;
import org.ohsonline.declaration.DeclarationStatus;
import org.ohsonline.declaration.DeclarationSummary;
import org.ohsonline.declaration.DeclarationView;
import org.ohsonline.declaration.Declarations;
import org.ohsonline.reference.HazardFactors;
import org.ohsonline.registry.EmployerFilter;
import org.ohsonline.registry.EmployerView;
import org.ohsonline.registry.Employers;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.InvalidInputException;
import org.ohsonline.shared.NotFoundException;
import org.ohsonline.shared.PageQuery;
import org.ohsonline.shared.Scope;

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
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The employer's declaration form: proposed from what the register knows (factors at the posts,
 * headcounts, posts) and from the pending deadlines (kind and reasons); rows added and removed
 * with htmx; saved as a draft or submitted at once.
 */
@Controller
@PreAuthorize("hasAuthority('declaration:declaration:write')")
class DeclarationFormController {

	static final String FORM = "declaration/form";

	private static final Pattern ROW = Pattern.compile("items\\[(\\d{1,3})\\]");

	private final Declarations declarations;

	private final DeclarationClocks clocks;

	private final Employers employers;

	private final HazardFactors hazards;

	DeclarationFormController(Declarations declarations, DeclarationClocks clocks, Employers employers,
			HazardFactors hazards) {
		this.declarations = declarations;
		this.clocks = clocks;
		this.employers = employers;
		this.hazards = hazards;
	}

	@InitBinder("declarationForm")
	void allowedFields(WebDataBinder binder) {
		binder.setAllowedFields("kind", "reasons", "measures", "totalExposed", "principalName", "principalTrained",
				"organisation", "fullTimeManagers", "partTimeManagers", "managersTrained", "items*");
	}

	@GetMapping("/declarations/new")
	String initCreationForm(Actor actor, @RequestParam(required = false) Long employerId, Model model) {
		EmployerView employer = employer(actor, employerId);
		DeclarationCommand proposal = this.declarations.proposal(actor, employer.id());
		DeclarationForm form = DeclarationForm.proposed(proposal);
		List<ClockView> pending = this.clocks.pending(actor, employer.id());
		boolean standing = standing(actor, employer.id());
		boolean closing = pending.stream().anyMatch(c -> c.kind() == DeclarationKind.CANCELLATION);
		form.setKind(!standing ? DeclarationKind.INITIAL : closing ? DeclarationKind.CANCELLATION : DeclarationKind.CHANGE);
		pending.stream()
			.filter(c -> c.state() == ClockState.OPEN && c.kind() == DeclarationKind.CHANGE)
			.map(ClockView::reason)
			.distinct()
			.forEach(form.getReasons()::add);
		if (form.getItems().isEmpty()) {
			form.getItems().add(new DeclarationForm.ItemForm());
		}
		model.addAttribute("declarationForm", form);
		model.addAttribute("proposed", !proposal.items().isEmpty());
		return form(model, employer, null, pending);
	}

	@PostMapping("/declarations/new")
	String processCreationForm(Actor actor, @RequestParam(required = false) Long employerId,
			@RequestParam(defaultValue = "save") String action, @ModelAttribute("declarationForm") DeclarationForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		EmployerView employer = employer(actor, employerId);
		if (result.hasErrors()) {
			return form(model, employer, null, this.clocks.pending(actor, employer.id()));
		}
		DeclarationView created;
		try {
			created = this.declarations.draft(actor, form.toCommand(employer.id()));
		}
		catch (InvalidInputException ex) {
			ItemErrors.apply(ex, result);
			return form(model, employer, null, this.clocks.pending(actor, employer.id()));
		}
		return afterSave(actor, created.id(), action, form, result, model, redirect, employer);
	}

	@GetMapping("/declarations/{id}/edit")
	String initUpdateForm(Actor actor, @PathVariable long id, Model model) {
		DeclarationView declaration = this.declarations.find(actor, id);
		EmployerView employer = this.employers.find(actor, declaration.employerId());
		DeclarationForm form = DeclarationForm.of(declaration);
		if (form.getItems().isEmpty()) {
			form.getItems().add(new DeclarationForm.ItemForm());
		}
		model.addAttribute("declarationForm", form);
		model.addAttribute("declaration", declaration);
		return form(model, employer, id, this.clocks.pending(actor, employer.id()));
	}

	@PostMapping("/declarations/{id}/edit")
	String processUpdateForm(Actor actor, @PathVariable long id, @RequestParam(defaultValue = "save") String action,
			@ModelAttribute("declarationForm") DeclarationForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		DeclarationView declaration = this.declarations.find(actor, id);
		EmployerView employer = this.employers.find(actor, declaration.employerId());
		model.addAttribute("declaration", declaration);
		if (result.hasErrors()) {
			return form(model, employer, id, this.clocks.pending(actor, employer.id()));
		}
		try {
			this.declarations.revise(actor, id, form.toCommand(employer.id()));
		}
		catch (InvalidInputException ex) {
			ItemErrors.apply(ex, result);
			return form(model, employer, id, this.clocks.pending(actor, employer.id()));
		}
		return afterSave(actor, id, action, form, result, model, redirect, employer);
	}

	/**
	 * A new empty row of the item table (htmx). The button sends the rows on the page
	 * ({@code hx-include}), so the new row takes the index after the highest one there: rows removed
	 * before leave gaps, which binding skips.
	 */
	@GetMapping("/declarations/form/item-row")
	String itemRow(HttpServletRequest request, Model model) {
		int next = 0;
		for (String name : request.getParameterMap().keySet()) {
			Matcher matcher = ROW.matcher(name);
			if (matcher.lookingAt()) {
				next = Math.max(next, Integer.parseInt(matcher.group(1)) + 1);
			}
		}
		DeclarationForm form = new DeclarationForm();
		// The binder grows lists up to 256 entries; a form never needs that many factors.
		int bounded = Math.min(next, 255);
		for (int i = 0; i <= bounded; i++) {
			form.getItems().add(new DeclarationForm.ItemForm());
		}
		model.addAttribute("declarationForm", form);
		model.addAttribute("i", bounded);
		return FORM + " :: itemRow";
	}

	/** The answer to a row's remove button (htmx swaps the row out with {@code hx-swap="delete"}). */
	@GetMapping("/declarations/form/removed-row")
	@ResponseBody
	String removedRow() {
		return "";
	}

	private String afterSave(Actor actor, long id, String action, DeclarationForm form, BindingResult result,
			Model model, RedirectAttributes redirect, EmployerView employer) {
		if ("submit".equals(action)) {
			try {
				this.declarations.submit(actor, id);
				redirect.addFlashAttribute("flashKey", "declaration.submittedDone");
				return "redirect:/declarations/" + id;
			}
			catch (InvalidInputException ex) {
				// Saved as a draft, but not complete: show what is missing on the draft's own form.
				ItemErrors.apply(ex, result);
				model.addAttribute("declaration", this.declarations.find(actor, id));
				return form(model, employer, id, this.clocks.pending(actor, employer.id()));
			}
		}
		redirect.addFlashAttribute("flashKey", "declaration.savedDone");
		return "redirect:/declarations/" + id;
	}

	private String form(Model model, EmployerView employer, Long id, List<ClockView> pending) {
		List<DeclarationReason> reasons = this.clocks.reasons();
		model.addAttribute("employer", employer);
		model.addAttribute("declarationId", id);
		model.addAttribute("pending", pending);
		model.addAttribute("kinds", DeclarationKind.values());
		model.addAttribute("changeReasons", reasons.stream().filter(r -> r.kind() == DeclarationKind.CHANGE).toList());
		model.addAttribute("factors", this.hazards.factors(null));
		model.addAttribute("organisations", ManagementOrganisation.values());
		return FORM;
	}

	/** The employer declared for: an employer's manager's own, or one in a regional actor's scope. */
	private EmployerView employer(Actor actor, Long employerId) {
		if (actor.scope().kind() == Scope.Kind.EMPLOYER) {
			return this.employers
				.search(actor, new EmployerFilter(actor.scope().value(), null, null, null, null, null, null),
						PageQuery.of(1, 2))
				.items()
				.stream()
				.findFirst()
				.map(own -> this.employers.find(actor, own.id()))
				.orElseThrow(() -> new NotFoundException("employer", actor.scope().value()));
		}
		if (employerId == null) {
			throw InvalidInputException.of("employerId", "declaration.error.employerRequired");
		}
		return this.employers.find(actor, employerId);
	}

	private boolean standing(Actor actor, long employerId) {
		List<DeclarationSummary> accepted = this.declarations
			.search(actor, new DeclarationFilter(null, null, DeclarationStatus.ACCEPTED.name(), null, null, null,
					employerId, "-created"), PageQuery.of(1, 1))
			.items();
		return !accepted.isEmpty() && accepted.get(0).kind() != DeclarationKind.CANCELLATION;
	}

}
