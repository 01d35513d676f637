package org.ohsonline.portal.web;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import org.ohsonline.portal.IssuedDocuments;
import org.ohsonline.portal.Verification;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The public verification page (扫码查询), open without login: what was issued under a code, whether
 * it still stands, and whether an uploaded PDF is that document unaltered. An unknown code answers
 * 404 with a page that says so plainly.
 */
@Controller
class VerificationController {

	static final String PAGE = "portal/verify";

	private final IssuedDocuments documents;

	private final java.util.List<org.ohsonline.portal.VerificationPanel> panels;

	VerificationController(IssuedDocuments documents, java.util.List<org.ohsonline.portal.VerificationPanel> panels) {
		this.documents = documents;
		this.panels = panels;
	}

	/** The entry form; a code typed into it (or passed as {@code ?code=}) leads to its page. */
	@GetMapping("/verify")
	String form(@RequestParam(required = false) String code) {
		if (code != null && !code.isBlank()) {
			return "redirect:" + UriComponentsBuilder.fromPath("/verify/{code}").encode().buildAndExpand(code.trim()).toUriString();
		}
		return PAGE;
	}

	@GetMapping("/verify/{code}")
	String show(@PathVariable String code, Model model, HttpServletResponse response) {
		return page(code, this.documents.verify(code), model, response);
	}

	private void addPanel(Optional<Verification> verification, Model model) {
		verification.ifPresent(v -> this.panels.stream()
			.map(panel -> panel.panel(v))
			.flatMap(Optional::stream)
			.findFirst()
			.ifPresent(panel -> model.addAttribute("panel", panel)));
	}

	/** Compares an uploaded copy with the issued document's SHA-256. */
	@PostMapping("/verify/{code}")
	String compare(@PathVariable String code, @RequestParam(required = false) MultipartFile file, Model model,
			HttpServletResponse response) throws IOException {
		Optional<Verification> verification = this.documents.verify(code);
		if (verification.isPresent()) {
			if (file == null || file.isEmpty()) {
				model.addAttribute("comparison", "EMPTY");
			}
			else {
				boolean same = this.documents.matches(code, file.getBytes()).orElse(false);
				model.addAttribute("comparison", same ? "MATCH" : "MISMATCH");
				model.addAttribute("fileName", file.getOriginalFilename());
			}
		}
		return page(code, verification, model, response);
	}

	private String page(String code, Optional<Verification> verification, Model model,
			HttpServletResponse response) {
		addPanel(verification, model);
		model.addAttribute("code", code);
		model.addAttribute("verification", verification.orElse(null));
		if (verification.isEmpty()) {
			response.setStatus(HttpServletResponse.SC_NOT_FOUND);
		}
		return PAGE;
	}

}
