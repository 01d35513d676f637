package org.ohsonline.iam.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.ohsonline.audit.AuditFilter;
import org.ohsonline.audit.AuditQueries;
import org.ohsonline.iam.internal.SessionRefresher;
import org.ohsonline.iam.internal.UserAdministration;
import org.ohsonline.iam.internal.UserFilter;
import org.ohsonline.iam.internal.UserView;
import org.ohsonline.reference.Divisions;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.InvalidInputException;
import org.ohsonline.shared.PageQuery;
import org.ohsonline.shared.Text;
import org.ohsonline.shared.web.FormErrors;

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
import org.springframework.web.util.UriComponentsBuilder;

@Controller
class UserController {

	static final String LIST = "iam/users";

	static final String FORM = "iam/user-form";

	static final String DETAIL = "iam/user";

	private final UserAdministration users;

	private final AuditQueries audit;

	private final Divisions divisions;

	private final SessionRefresher sessions;

	UserController(UserAdministration users, AuditQueries audit, Divisions divisions, SessionRefresher sessions) {
		this.users = users;
		this.audit = audit;
		this.divisions = divisions;
		this.sessions = sessions;
	}

	@InitBinder("userForm")
	void allowedFields(WebDataBinder binder) {
		binder.setAllowedFields("username", "displayName", "regionCode", "scopeValue", "roles", "mobile", "enabled");
	}

	@GetMapping("/users")
	@PreAuthorize("hasAuthority('iam:user:read')")
	String list(Actor actor, @RequestParam(required = false) String q, @RequestParam(required = false) String region,
			@RequestParam(required = false) String role, @RequestParam(required = false) String status,
			@RequestParam(required = false) String sort, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size, HttpServletRequest request, Model model) {
		UserFilter filter = new UserFilter(q, region, role, status, sort);
		model.addAttribute("filter", filter);
		model.addAttribute("page", this.users.search(actor, filter, PageQuery.of(page, size)));
		model.addAttribute("roles", this.users.grantableRoles(actor));
		model.addAttribute("regionName", this.divisions.fullName(actor.scope().regionPrefix().orElse("")));
		model.addAttribute("base", UriComponentsBuilder.fromPath("/users")
			.queryParam("q", Text.nullToEmpty(q))
			.queryParam("region", Text.nullToEmpty(region))
			.queryParam("role", Text.nullToEmpty(role))
			.queryParam("status", Text.nullToEmpty(status))
			.queryParam("sort", Text.nullToEmpty(sort))
			.encode()
			.toUriString());
		boolean htmx = request.getHeader("HX-Request") != null && request.getHeader("HX-Boosted") == null;
		return htmx ? LIST + " :: results" : LIST;
	}

	@GetMapping("/users/new")
	@PreAuthorize("hasAuthority('iam:user:write')")
	String initCreationForm(Actor actor, Model model) {
		UserForm form = new UserForm();
		form.setRegionCode(actor.scope().regionPrefix().orElse(""));
		model.addAttribute("userForm", form);
		return form(actor, model, null);
	}

	@PostMapping("/users/new")
	@PreAuthorize("hasAuthority('iam:user:write')")
	String processCreationForm(Actor actor, @ModelAttribute("userForm") UserForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		try {
			UserAdministration.WithPassword created = this.users.create(actor, form.toCommand());
			redirect.addFlashAttribute("oneTimePassword", created.oneTimePassword());
			redirect.addFlashAttribute("flashKey", "iam.user.created");
			return "redirect:/users/" + created.user().id();
		}
		catch (InvalidInputException ex) {
			FormErrors.apply(ex, result);
			return form(actor, model, null);
		}
	}

	@GetMapping("/users/{id}")
	@PreAuthorize("hasAuthority('iam:user:read')")
	String show(Actor actor, @PathVariable long id, Model model) {
		UserView user = this.users.get(actor, id);
		model.addAttribute("user", user);
		if (actor.can("audit:entry:read")) {
			model.addAttribute("history", this.audit
				.search(actor, new AuditFilter(null, null, null, "user", String.valueOf(id), null, null),
						PageQuery.of(1, 10))
				.items());
		}
		return DETAIL;
	}

	@GetMapping("/users/{id}/edit")
	@PreAuthorize("hasAuthority('iam:user:write')")
	String initUpdateForm(Actor actor, @PathVariable long id, Model model) {
		model.addAttribute("userForm", UserForm.of(this.users.get(actor, id)));
		return form(actor, model, id);
	}

	@PostMapping("/users/{id}/edit")
	@PreAuthorize("hasAuthority('iam:user:write')")
	String processUpdateForm(Actor actor, @PathVariable long id, @ModelAttribute("userForm") UserForm form,
			BindingResult result, Model model, HttpServletRequest request, HttpServletResponse response,
			RedirectAttributes redirect) {
		try {
			this.users.update(actor, id, form.toCommand());
			if (id == actor.userId()) {
				// Another jurisdiction ends the user's sessions; the administrator who made it keeps this one.
				this.sessions.refresh(actor.username(), request, response);
			}
			redirect.addFlashAttribute("flashKey", "iam.user.saved");
			return "redirect:/users/" + id;
		}
		catch (InvalidInputException ex) {
			FormErrors.apply(ex, result);
			form.setUsername(this.users.get(actor, id).username());
			return form(actor, model, id);
		}
	}

	@PostMapping("/users/{id}/lock")
	@PreAuthorize("hasAuthority('iam:user:write')")
	String lock(Actor actor, @PathVariable long id, RedirectAttributes redirect) {
		this.users.lock(actor, id);
		redirect.addFlashAttribute("flashKey", "iam.user.lockedDone");
		return "redirect:/users/" + id;
	}

	@PostMapping("/users/{id}/unlock")
	@PreAuthorize("hasAuthority('iam:user:write')")
	String unlock(Actor actor, @PathVariable long id, RedirectAttributes redirect) {
		this.users.unlock(actor, id);
		redirect.addFlashAttribute("flashKey", "iam.user.unlockedDone");
		return "redirect:/users/" + id;
	}

	@PostMapping("/users/{id}/password-reset")
	@PreAuthorize("hasAuthority('iam:user:write')")
	String resetPassword(Actor actor, @PathVariable long id, RedirectAttributes redirect) {
		redirect.addFlashAttribute("oneTimePassword", this.users.resetPassword(actor, id).oneTimePassword());
		redirect.addFlashAttribute("flashKey", "iam.user.passwordResetDone");
		return "redirect:/users/" + id;
	}

	private String form(Actor actor, Model model, Long id) {
		model.addAttribute("userId", id);
		model.addAttribute("roles", this.users.grantableRoles(actor));
		String prefix = actor.scope().regionPrefix().orElse("");
		model.addAttribute("regions", regionsWithin(prefix));
		return FORM;
	}

	/** The scope's own division and everything down to counties, for the region picker. */
	private List<org.ohsonline.reference.Division> regionsWithin(String prefix) {
		List<org.ohsonline.reference.Division> result = new java.util.ArrayList<>();
		this.divisions.find(prefix).ifPresent(result::add);
		collect(prefix, result);
		return result;
	}

	private void collect(String parent, List<org.ohsonline.reference.Division> into) {
		for (org.ohsonline.reference.Division child : this.divisions.children(parent)) {
			into.add(child);
			if (child.code().length() < 6) {
				collect(child.code(), into);
			}
		}
	}

}
