package org.ohsonline.risk.web;

import java.util.function.Supplier;

import org.ohsonline.risk.PortraitFilter;
import org.ohsonline.risk.PublicLights;
import org.ohsonline.risk.RiskClass;
import org.ohsonline.risk.RiskPortraits;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.InvalidInputException;
import org.ohsonline.shared.NotFoundException;
import org.ohsonline.shared.PageQuery;

import org.springframework.http.ContentDisposition;
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
 * An employer's risk portrait (一企一案): the class with its explanation, what-ifs, every fact with its date
 * and source, open rectification items, the class history; a supervisor's override, lift and reassessment;
 * the public light's poster.
 */
@Controller
@PreAuthorize("hasAuthority('risk:portrait:read')")
class PortraitController {

	static final String PAGE = "risk/portrait";

	private final RiskPortraits portraits;

	private final PublicLights lights;

	PortraitController(RiskPortraits portraits, PublicLights lights) {
		this.portraits = portraits;
		this.lights = lights;
	}

	/** The employer's own portrait (menu 本单位风险画像). */
	@GetMapping("/risk/mine")
	String mine(Actor actor) {
		return this.portraits.search(actor, PortraitFilter.none(), PageQuery.of(1, 1))
			.items()
			.stream()
			.findFirst()
			.map(line -> "redirect:/risk/employers/" + line.employerId())
			.orElseThrow(() -> new NotFoundException("portrait", actor.scope().value()));
	}

	@GetMapping("/risk/employers/{id}")
	String show(Actor actor, @PathVariable long id, Model model) {
		model.addAttribute("portrait", this.portraits.portrait(actor, id));
		model.addAttribute("history", this.portraits.history(actor, id));
		model.addAttribute("classes", RiskClass.values());
		model.addAttribute("posterCode", this.lights.posterCode(actor, id).orElse(null));
		return PAGE;
	}

	@PostMapping("/risk/employers/{id}/override")
	@PreAuthorize("hasAuthority('risk:class:override')")
	String override(Actor actor, @PathVariable long id, @RequestParam(required = false) RiskClass riskClass,
			@RequestParam(required = false) String reason, RedirectAttributes redirect) {
		return act(id, redirect, "risk.override.done", () -> this.portraits.override(actor, id, riskClass, reason));
	}

	@PostMapping("/risk/employers/{id}/override/lift")
	@PreAuthorize("hasAuthority('risk:class:override')")
	String lift(Actor actor, @PathVariable long id, @RequestParam(required = false) String reason,
			RedirectAttributes redirect) {
		return act(id, redirect, "risk.override.lifted", () -> this.portraits.liftOverride(actor, id, reason));
	}

	@PostMapping("/risk/employers/{id}/reassess")
	@PreAuthorize("hasAuthority('risk:class:override')")
	String reassess(Actor actor, @PathVariable long id, RedirectAttributes redirect) {
		return act(id, redirect, "risk.override.reassessed", () -> this.portraits.reassess(actor, id));
	}

	/** The QR poster of the class in force, to print and put up at the workplace. */
	@GetMapping("/risk/employers/{id}/poster.pdf")
	ResponseEntity<byte[]> poster(Actor actor, @PathVariable long id) {
		byte[] pdf = this.lights.poster(actor, id);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("risk-poster-" + id + ".pdf").build().toString())
			.body(pdf);
	}

	private static String act(long id, RedirectAttributes redirect, String flashKey, Supplier<?> action) {
		try {
			action.get();
			redirect.addFlashAttribute("flashKey", flashKey);
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("actionErrors", ex.errors());
		}
		return "redirect:/risk/employers/" + id;
	}

}
