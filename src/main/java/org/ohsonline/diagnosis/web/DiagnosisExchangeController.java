package org.ohsonline.diagnosis.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;

import jakarta.servlet.http.HttpServletResponse;

import org.ohsonline.diagnosis.DiagnosisExchange;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.InvalidInputException;
import org.ohsonline.shared.NotFoundException;
import org.ohsonline.shared.exchange.BusinessType;
import org.ohsonline.shared.exchange.ExchangeSettings;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The diagnosis module's types of the national exchange on one page (SUSPECTED_OCPD, DIAGNOSE_OCPD, APPRAISAL_INFO,
 * NYZD; {@code type} is the slug): the export of the records in scope, the upload of a document received from another
 * system with the answer per record, and the latest received records of the type.
 */
@Controller
class DiagnosisExchangeController {

	static final String PAGE = "diagnosis/exchange";

	private final DiagnosisExchange exchange;

	private final ExchangeSettings settings;

	DiagnosisExchangeController(DiagnosisExchange exchange, ExchangeSettings settings) {
		this.exchange = exchange;
		this.settings = settings;
	}

	private static BusinessType type(String slug) {
		if (slug == null || slug.isBlank()) {
			return BusinessType.SUSPECTED_OCPD;
		}
		return DiagnosisExchange.type(slug).orElseThrow(() -> new NotFoundException("exchange type", slug));
	}

	@GetMapping("/exchange/diagnosis")
	@PreAuthorize("hasAnyAuthority('diagnosis:exchange:export', 'diagnosis:exchange:import')")
	String page(Actor actor, @RequestParam(required = false) String type, Model model) {
		return page(actor, type(type), model, null);
	}

	@GetMapping("/exchange/diagnosis/export.xml")
	@PreAuthorize("hasAuthority('diagnosis:exchange:export')")
	void export(Actor actor, @RequestParam(required = false) String type,
			@RequestParam(required = false) String region,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "false") boolean phones, HttpServletResponse response) throws IOException {
		BusinessType t = type(type);
		// Written into memory and checked before the first byte goes out: a refused export is a problem page.
		ByteArrayOutputStream document = new ByteArrayOutputStream();
		this.exchange.export(actor, t, new DiagnosisExchange.Filter(region, from, to), phones, document);
		response.setContentType("application/xml;charset=UTF-8");
		response.setHeader("Content-Disposition", "attachment; filename=\"" + t.slug() + ".xml\"");
		response.setHeader("Cache-Control", "no-store");
		document.writeTo(response.getOutputStream());
	}

	@PostMapping("/exchange/diagnosis/import")
	@PreAuthorize("hasAuthority('diagnosis:exchange:import')")
	String importDocument(Actor actor, @RequestParam(required = false) String type,
			@RequestParam(required = false) MultipartFile file, Model model, HttpServletResponse response)
			throws IOException {
		BusinessType t = type(type);
		if (file == null || file.isEmpty()) {
			return refused(actor, t, model, response, InvalidInputException.of("file", "exchange.fileRequired"));
		}
		if (file.getSize() > this.settings.maxBytes()) {
			return refused(actor, t, model, response,
					InvalidInputException.of("file", "exchange.fileTooLarge", this.settings.maxBytes() / (1024 * 1024)));
		}
		try {
			model.addAttribute("result", this.exchange.importDocument(actor, t, file.getBytes()));
			model.addAttribute("fileName", file.getOriginalFilename());
		}
		catch (InvalidInputException ex) {
			return refused(actor, t, model, response, ex);
		}
		return page(actor, t, model, null);
	}

	private String refused(Actor actor, BusinessType type, Model model, HttpServletResponse response,
			InvalidInputException ex) {
		response.setStatus(422);
		return page(actor, type, model, ex.errors().get(0));
	}

	private String page(Actor actor, BusinessType type, Model model, InvalidInputException.FieldError documentError) {
		model.addAttribute("type", type);
		model.addAttribute("types", DiagnosisExchange.TYPES);
		model.addAttribute("documentError", documentError);
		if (actor.can("diagnosis:exchange:import") && !BusinessType.NYZD.equals(type)) {
			model.addAttribute("received", this.exchange.received(actor, type, 50));
		}
		return PAGE;
	}

}
