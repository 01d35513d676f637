package org.ohsonline.testing.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;

import jakarta.servlet.http.HttpServletResponse;

import org.ohsonline.shared.Actor;
import org.ohsonline.shared.InvalidInputException;
import org.ohsonline.shared.exchange.ExchangeSettings;
import org.ohsonline.testing.DetectionExchange;
import org.ohsonline.testing.JobFilter;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Workplace detection results in the national exchange XML (DETECTION_INFO): the export of the reviewed jobs in
 * scope, the upload of a document received from another system with the answer per record, and the latest
 * received detections of the region.
 */
@Controller
class DetectionExchangeController {

	static final String PAGE = "testing/exchange";

	private final DetectionExchange exchange;

	private final ExchangeSettings settings;

	DetectionExchangeController(DetectionExchange exchange, ExchangeSettings settings) {
		this.exchange = exchange;
		this.settings = settings;
	}

	@GetMapping("/exchange/detection-info")
	@PreAuthorize("hasAnyAuthority('testing:exchange:export', 'testing:exchange:import')")
	String page(Actor actor, Model model) {
		return page(actor, model, null);
	}

	@GetMapping("/exchange/detection-info/export.xml")
	@PreAuthorize("hasAuthority('testing:exchange:export')")
	void export(Actor actor, @RequestParam(required = false) String q, @RequestParam(required = false) String region,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			HttpServletResponse response) throws IOException {
		// Written into memory and checked before the first byte goes out: a refused export is a problem page.
		ByteArrayOutputStream document = new ByteArrayOutputStream();
		this.exchange.export(actor, new JobFilter(q, region, null, null, null, null, from, to, null), document);
		response.setContentType("application/xml;charset=UTF-8");
		response.setHeader("Content-Disposition", "attachment; filename=\"detection-info.xml\"");
		response.setHeader("Cache-Control", "no-store");
		document.writeTo(response.getOutputStream());
	}

	@PostMapping("/exchange/detection-info/import")
	@PreAuthorize("hasAuthority('testing:exchange:import')")
	String importDocument(Actor actor, @RequestParam(required = false) MultipartFile file, Model model,
			HttpServletResponse response) throws IOException {
		if (file == null || file.isEmpty()) {
			return refused(actor, model, response, InvalidInputException.of("file", "exchange.fileRequired"));
		}
		if (file.getSize() > this.settings.maxBytes()) {
			return refused(actor, model, response,
					InvalidInputException.of("file", "exchange.fileTooLarge", this.settings.maxBytes() / (1024 * 1024)));
		}
		try {
			model.addAttribute("result", this.exchange.importDocument(actor, file.getBytes()));
			model.addAttribute("fileName", file.getOriginalFilename());
		}
		catch (InvalidInputException ex) {
			return refused(actor, model, response, ex);
		}
		return page(actor, model, null);
	}

	private String refused(Actor actor, Model model, HttpServletResponse response, InvalidInputException ex) {
		response.setStatus(422);
		return page(actor, model, ex.errors().get(0));
	}

	private String page(Actor actor, Model model, InvalidInputException.FieldError documentError) {
		model.addAttribute("documentError", documentError);
		if (actor.can("testing:exchange:import")) {
			model.addAttribute("received", this.exchange.received(actor, null, 50));
		}
		return PAGE;
	}

}
