package org.ohsonline.declaration.web;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.ohsonline.declaration.DeclarationClocks;
import org.ohsonline.declaration.DeclarationReason;
import org.ohsonline.declaration.DeclarationView;
import org.ohsonline.declaration.Declarations;
import org.ohsonline.declaration.DeclarationKind;
import org.ohsonline.registry.ExposedWorkforce;
import org.ohsonline.registry.Workers;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.NotFoundException;
import org.ohsonline.shared.InvalidInputException;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A declaration's page: what was declared, its history, the employer's submit button, the
 * supervisor's review (accept, or return with reasons), and the receipt once accepted.
 */
@Controller
@PreAuthorize("hasAuthority('declaration:declaration:read')")
class DeclarationController {

	static final String DETAIL = "declaration/declaration";

	private final Declarations declarations;

	private final DeclarationClocks clocks;

	private final Workers workers;

	DeclarationController(Declarations declarations, DeclarationClocks clocks, Workers workers) {
		this.declarations = declarations;
		this.clocks = clocks;
		this.workers = workers;
	}

	@GetMapping("/declarations/{id}")
	String show(Actor actor, @PathVariable long id, Model model) {
		DeclarationView declaration = this.declarations.find(actor, id);
		Map<String, DeclarationReason> reasons = this.clocks.reasons()
			.stream()
			.collect(Collectors.toMap(DeclarationReason::code, Function.identity()));
		model.addAttribute("declaration", declaration);
		model.addAttribute("reasonNames", reasons);
		model.addAttribute("registerExposed", registerExposed(actor, declaration));
		return DETAIL;
	}

	@PostMapping("/declarations/{id}/submit")
	@PreAuthorize("hasAuthority('declaration:declaration:write')")
	String submit(Actor actor, @PathVariable long id, RedirectAttributes redirect) {
		try {
			this.declarations.submit(actor, id);
			redirect.addFlashAttribute("flashKey", "declaration.submittedDone");
			return "redirect:/declarations/" + id;
		}
		catch (InvalidInputException ex) {
			// Incomplete: the form shows what is missing beside the fields.
			redirect.addFlashAttribute("flashKey", "declaration.incomplete");
			return "redirect:/declarations/" + id + "/edit";
		}
	}

	@PostMapping("/declarations/{id}/accept")
	@PreAuthorize("hasAuthority('declaration:declaration:review')")
	String accept(Actor actor, @PathVariable long id, RedirectAttributes redirect) {
		try {
			this.declarations.accept(actor, id);
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("flashKey", "declaration.acceptIncomplete");
			return "redirect:/declarations/" + id;
		}
		redirect.addFlashAttribute("flashKey", "declaration.acceptedDone");
		return "redirect:/declarations/" + id;
	}

	/**
	 * Beside the declared figure, what the register counts now (people, each once) for a reader who
	 * sees the employer: a reviewer compares the two.
	 */
	private ExposedWorkforce registerExposed(Actor actor, DeclarationView declaration) {
		if (!actor.can("registry:employer:read") || declaration.kind() == DeclarationKind.CANCELLATION) {
			return null;
		}
		try {
			return this.workers.exposed(actor, declaration.employerId());
		}
		catch (NotFoundException ex) {
			return null;
		}
	}

	@PostMapping("/declarations/{id}/return")
	@PreAuthorize("hasAuthority('declaration:declaration:review')")
	String giveBack(Actor actor, @PathVariable long id, @RequestParam(required = false) String reasons, Model model,
			RedirectAttributes redirect) {
		try {
			this.declarations.giveBack(actor, id, reasons);
		}
		catch (InvalidInputException ex) {
			model.addAttribute("returnError", ex.errors().get(0).code());
			return show(actor, id, model);
		}
		redirect.addFlashAttribute("flashKey", "declaration.returnedDone");
		return "redirect:/declarations/" + id;
	}

	@GetMapping("/declarations/{id}/receipt.pdf")
	ResponseEntity<byte[]> receipt(Actor actor, @PathVariable long id) {
		DeclarationView declaration = this.declarations.find(actor, id);
		byte[] pdf = this.declarations.receipt(actor, id);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					"attachment; filename=\"" + (declaration.receiptNumber() == null ? "receipt" : declaration.receiptNumber())
							+ ".pdf\"")
			.body(pdf);
	}

}
