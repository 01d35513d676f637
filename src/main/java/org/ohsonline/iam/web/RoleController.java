package org.ohsonline.iam.web;

import java.util.LinkedHashSet;
import java.util.Set;

import org.ohsonline.iam.internal.RoleAdministration;
import org.ohsonline.iam.internal.RoleAdministration.RoleCommand;
import org.ohsonline.iam.internal.RoleView;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.InvalidInputException;
import org.ohsonline.shared.NotFoundException;
import org.ohsonline.shared.web.FormErrors;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class RoleController {

	static final String LIST = "iam/roles";

	static final String FORM = "iam/role-form";

	private final RoleAdministration roles;

	RoleController(RoleAdministration roles) {
		this.roles = roles;
	}

	/** The role form as bound from the page. */
	public static class RoleForm {

		private String code;

		private String nameZh;

		private String nameEn;

		private String scopeKind = "REGION";

		private Set<String> permissions = new LinkedHashSet<>();

		RoleCommand toCommand() {
			return new RoleCommand(this.code, this.nameZh, this.nameEn, this.scopeKind, this.permissions);
		}

		public String getCode() {
			return this.code;
		}

		public void setCode(String code) {
			this.code = code;
		}

		public String getNameZh() {
			return this.nameZh;
		}

		public void setNameZh(String nameZh) {
			this.nameZh = nameZh;
		}

		public String getNameEn() {
			return this.nameEn;
		}

		public void setNameEn(String nameEn) {
			this.nameEn = nameEn;
		}

		public String getScopeKind() {
			return this.scopeKind;
		}

		public void setScopeKind(String scopeKind) {
			this.scopeKind = scopeKind;
		}

		public Set<String> getPermissions() {
			return this.permissions;
		}

		public void setPermissions(Set<String> permissions) {
			this.permissions = permissions == null ? new LinkedHashSet<>() : permissions;
		}

	}

	@GetMapping("/roles")
	@PreAuthorize("hasAuthority('iam:role:read')")
	String list(Actor actor, Model model) {
		model.addAttribute("roles", this.roles.roles(actor));
		model.addAttribute("permissions", this.roles.permissions(actor));
		return LIST;
	}

	@GetMapping("/roles/new")
	@PreAuthorize("hasAuthority('iam:role:write')")
	String initCreationForm(Actor actor, Model model) {
		model.addAttribute("roleForm", new RoleForm());
		return form(actor, model, null);
	}

	@PostMapping("/roles/new")
	@PreAuthorize("hasAuthority('iam:role:write')")
	String processCreationForm(Actor actor, @ModelAttribute("roleForm") RoleForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		try {
			this.roles.create(actor, form.toCommand());
			redirect.addFlashAttribute("flashKey", "iam.role.saved");
			return "redirect:/roles";
		}
		catch (InvalidInputException ex) {
			FormErrors.apply(ex, result);
			return form(actor, model, null);
		}
	}

	@GetMapping("/roles/{code}/edit")
	@PreAuthorize("hasAuthority('iam:role:write')")
	String initUpdateForm(Actor actor, @PathVariable String code, Model model) {
		RoleView role = this.roles.roles(actor)
			.stream()
			.filter(r -> r.code().equals(code) && !r.system())
			.findFirst()
			.orElseThrow(() -> new NotFoundException("role", code));
		RoleForm form = new RoleForm();
		form.setCode(role.code());
		form.setNameZh(role.nameZh());
		form.setNameEn(role.nameEn());
		form.setScopeKind(role.scopeKind());
		form.setPermissions(new LinkedHashSet<>(role.permissions()));
		model.addAttribute("roleForm", form);
		return form(actor, model, code);
	}

	@PostMapping("/roles/{code}/edit")
	@PreAuthorize("hasAuthority('iam:role:write')")
	String processUpdateForm(Actor actor, @PathVariable String code, @ModelAttribute("roleForm") RoleForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		try {
			this.roles.update(actor, code, form.toCommand());
			redirect.addFlashAttribute("flashKey", "iam.role.saved");
			return "redirect:/roles";
		}
		catch (InvalidInputException ex) {
			FormErrors.apply(ex, result);
			form.setCode(code);
			return form(actor, model, code);
		}
	}

	private String form(Actor actor, Model model, String code) {
		model.addAttribute("editing", code);
		model.addAttribute("permissions", this.roles.permissions(actor)
			.stream()
			.filter(p -> actor.permissions().contains(p.code()))
			.toList());
		return FORM;
	}

}
