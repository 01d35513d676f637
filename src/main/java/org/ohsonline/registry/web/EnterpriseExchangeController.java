package org.ohsonline.registry.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.ohsonline.registry.EmployerFilter;
import org.ohsonline.registry.EnterpriseExchange;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.InvalidInputException;
import org.ohsonline.shared.exchange.ExchangeSettings;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Employers in the national exchange XML (ENTERPRISE_INFO): one page with the export of the employers in
 * scope (filtered like the list) and the upload of a document, with the answer per record (updated,
 * unchanged, or rejected with each element's problem).
 */
@Controller
class EnterpriseExchangeController {

	static final String PAGE = "registry/exchange";

	private final EnterpriseExchange exchange;

	private final ExchangeSettings settings;

	EnterpriseExchangeController(EnterpriseExchange exchange, ExchangeSettings settings) {
		this.exchange = exchange;
		this.settings = settings;
	}

	@GetMapping("/exchange/enterprise-info")
	@PreAuthorize("hasAnyAuthority('registry:exchange:export', 'registry:exchange:import')")
	String page(Model model) {
		return page(model, null);
	}

	@GetMapping("/exchange/enterprise-info/export.xml")
	@PreAuthorize("hasAuthority('registry:exchange:export')")
	void export(Actor actor, @RequestParam(required = false) String q, @RequestParam(required = false) String region,
			@RequestParam(required = false) String industry, @RequestParam(required = false) String status,
			@RequestParam(defaultValue = "false") boolean phones, HttpServletResponse response) throws IOException {
		// Written into memory and checked before the first byte goes out: a refused export is a problem page.
		java.io.ByteArrayOutputStream document = new java.io.ByteArrayOutputStream();
		this.exchange.export(actor, new EmployerFilter(q, region, industry, null, null, status, "name"), phones, document);
		response.setContentType("application/xml;charset=UTF-8");
		response.setHeader("Content-Disposition", "attachment; filename=\"enterprise-info.xml\"");
		response.setHeader("Cache-Control", "no-store");
		document.writeTo(response.getOutputStream());
	}

	@PostMapping("/exchange/enterprise-info/import")
	@PreAuthorize("hasAuthority('registry:exchange:import')")
	String importDocument(Actor actor, @RequestParam(required = false) MultipartFile file, Model model,
			HttpServletResponse response) throws IOException {
		if (file == null || file.isEmpty()) {
			return refused(model, response, InvalidInputException.of("file", "exchange.fileRequired"));
		}
		if (file.getSize() > this.settings.maxBytes()) {
			return refused(model, response,
					InvalidInputException.of("file", "exchange.fileTooLarge", this.settings.maxBytes() / (1024 * 1024)));
		}
		try {
			model.addAttribute("result", this.exchange.importDocument(actor, file.getBytes()));
			model.addAttribute("fileName", file.getOriginalFilename());
		}
		catch (InvalidInputException ex) {
			return refused(model, response, ex);
		}
		return page(model, null);
	}

	private String refused(Model model, HttpServletResponse response, InvalidInputException ex) {
		response.setStatus(422);
		return page(model, ex.errors().get(0));
	}

	private String page(Model model, InvalidInputException.FieldError documentError) {
		model.addAttribute("documentError", documentError);
		return PAGE;
	}

}
