package org.ohsonline.iam.web;

import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.ohsonline.audit.AuditQueries;
import org.ohsonline.iam.UserDirectory;
import org.ohsonline.iam.internal.ApiTokenService;
import org.ohsonline.iam.internal.SessionRefresher;
import org.ohsonline.iam.internal.UserAdministration;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.InvalidInputException;
import org.ohsonline.shared.PageQuery;
import org.ohsonline.shared.web.FormErrors;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The signed-in user's own account: profile, password, API tokens; and the login page. */
@Controller
class AccountController {

	static final String LOGIN = "iam/login";

	static final String ACCOUNT = "iam/account";

	static final String PASSWORD = "iam/password";

	static final String TOKENS = "iam/tokens";

	private final UserDirectory directory;

	private final UserAdministration users;

	private final ApiTokenService tokens;

	private final AuditQueries audit;

	private final SessionRefresher sessions;

	AccountController(UserDirectory directory, UserAdministration users, ApiTokenService tokens, AuditQueries audit,
			SessionRefresher sessions) {
		this.directory = directory;
		this.users = users;
		this.tokens = tokens;
		this.audit = audit;
		this.sessions = sessions;
	}

	/** The password form. */
	public static class PasswordForm {

		private String currentPassword;

		private String newPassword;

		private String confirmation;

		public String getCurrentPassword() {
			return this.currentPassword;
		}

		public void setCurrentPassword(String currentPassword) {
			this.currentPassword = currentPassword;
		}

		public String getNewPassword() {
			return this.newPassword;
		}

		public void setNewPassword(String newPassword) {
			this.newPassword = newPassword;
		}

		public String getConfirmation() {
			return this.confirmation;
		}

		public void setConfirmation(String confirmation) {
			this.confirmation = confirmation;
		}

	}

	/** The new-token form. */
	public static class TokenForm {

		private String name;

		private Set<String> permissions = new LinkedHashSet<>();

		private int daysValid = 90;

		public String getName() {
			return this.name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public Set<String> getPermissions() {
			return this.permissions;
		}

		public void setPermissions(Set<String> permissions) {
			this.permissions = permissions == null ? new LinkedHashSet<>() : permissions;
		}

		public int getDaysValid() {
			return this.daysValid;
		}

		public void setDaysValid(int daysValid) {
			this.daysValid = daysValid;
		}

	}

	@GetMapping("/login")
	String login() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		boolean signedIn = authentication != null && authentication.isAuthenticated()
				&& !"anonymousUser".equals(authentication.getPrincipal());
		return signedIn ? "redirect:/" : LOGIN;
	}

	@GetMapping("/account")
	String account(Actor actor, Model model) {
		model.addAttribute("account", this.directory.account(actor));
		model.addAttribute("activity", this.audit.ownActivity(actor, PageQuery.of(1, 15)));
		return ACCOUNT;
	}

	@GetMapping("/account/password")
	String initPasswordForm(Model model) {
		model.addAttribute("passwordForm", new PasswordForm());
		return PASSWORD;
	}

	@PostMapping("/account/password")
	String processPasswordForm(Actor actor, @ModelAttribute("passwordForm") PasswordForm form, BindingResult result,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		try {
			this.users.changeOwnPassword(actor, form.getCurrentPassword(), form.getNewPassword(),
					form.getConfirmation());
		}
		catch (InvalidInputException ex) {
			FormErrors.apply(ex, result);
			form.setCurrentPassword(null);
			form.setNewPassword(null);
			form.setConfirmation(null);
			return PASSWORD;
		}
		this.sessions.refresh(actor.username(), request, response);
		redirect.addFlashAttribute("flashKey", "iam.password.changed");
		return "redirect:/account";
	}

	@GetMapping("/account/tokens")
	@PreAuthorize("hasAuthority('iam:token:write')")
	String tokens(Actor actor, Model model) {
		if (!model.containsAttribute("tokenForm")) {
			model.addAttribute("tokenForm", new TokenForm());
		}
		model.addAttribute("tokens", this.tokens.list(actor));
		model.addAttribute("grantable", actor.permissions().stream().sorted().toList());
		return TOKENS;
	}

	@PostMapping("/account/tokens")
	@PreAuthorize("hasAuthority('iam:token:write')")
	String createToken(Actor actor, @ModelAttribute("tokenForm") TokenForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		try {
			ApiTokenService.IssuedToken issued = this.tokens.create(actor, form.getName(), form.getPermissions(),
					form.getDaysValid());
			redirect.addFlashAttribute("issuedSecret", issued.secret());
			redirect.addFlashAttribute("flashKey", "iam.token.created");
			return "redirect:/account/tokens";
		}
		catch (InvalidInputException ex) {
			FormErrors.apply(ex, result);
			return tokens(actor, model);
		}
	}

	@PostMapping("/account/tokens/{id}/revoke")
	@PreAuthorize("hasAuthority('iam:token:write')")
	String revokeToken(Actor actor, @PathVariable long id, RedirectAttributes redirect) {
		this.tokens.revoke(actor, id);
		redirect.addFlashAttribute("flashKey", "iam.token.revoked");
		return "redirect:/account/tokens";
	}

}
