package org.ohsonline.surveillance.web;

import java.io.IOException;
import java.time.LocalDate;

import jakarta.servlet.http.HttpServletResponse;

import org.ohsonline.shared.Actor;
import org.ohsonline.shared.InvalidInputException;
import org.ohsonline.surveillance.ExamExchange;
import org.ohsonline.surveillance.ExamFilter;
import org.ohsonline.surveillance.api.ExamFilters;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Exam records in the national exchange XML: the list's export of what is filtered, and the
 * institution's upload page with the per-record result (created, or rejected with each element's
 * problem).
 */
@Controller
class ExamExchangeController {

	static final String IMPORT = "surveillance/exchange-import";

	/** Larger files are refused before parsing (500 records of a full exam stay well below it). */
	static final long MAX_BYTES = 20L * 1024 * 1024;

	private final ExamExchange exchange;

	ExamExchangeController(ExamExchange exchange) {
		this.exchange = exchange;
	}

	@GetMapping("/surveillance/exams/export.xml")
	@PreAuthorize("hasAuthority('surveillance:exchange:export')")
	void export(Actor actor, @RequestParam(required = false) String q, @RequestParam(required = false) String region,
			@RequestParam(required = false) String type, @RequestParam(required = false) String conclusion,
			@RequestParam(required = false) String hazard,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) Long employerId, @RequestParam(required = false) Long workerId,
			@RequestParam(required = false) String sort, HttpServletResponse response) throws IOException {
		ExamFilter filter = ExamFilters.of(q, region, type, conclusion, hazard, from, to, employerId, workerId, sort);
		response.setContentType("application/xml;charset=UTF-8");
		response.setHeader("Content-Disposition", "attachment; filename=\"health-exam-records.xml\"");
		response.setHeader("Cache-Control", "no-store");
		this.exchange.export(actor, filter, response.getOutputStream());
	}

	@GetMapping("/surveillance/exams/import")
	@PreAuthorize("hasAuthority('surveillance:exchange:import')")
	String importForm() {
		return IMPORT;
	}

	@PostMapping("/surveillance/exams/import")
	@PreAuthorize("hasAuthority('surveillance:exchange:import')")
	String importDocument(Actor actor, @RequestParam(required = false) MultipartFile file, Model model,
			HttpServletResponse response) throws IOException {
		if (file == null || file.isEmpty()) {
			return refused(model, response, InvalidInputException.of("file", "surveillance.exchange.fileRequired"));
		}
		if (file.getSize() > MAX_BYTES) {
			return refused(model, response, InvalidInputException.of("file", "surveillance.exchange.fileTooLarge", 20));
		}
		try {
			model.addAttribute("result", this.exchange.importDocument(actor, file.getBytes()));
			model.addAttribute("fileName", file.getOriginalFilename());
		}
		catch (InvalidInputException ex) {
			return refused(model, response, ex);
		}
		return IMPORT;
	}

	private static String refused(Model model, HttpServletResponse response, InvalidInputException ex) {
		model.addAttribute("documentError", ex.errors().get(0));
		response.setStatus(422);
		return IMPORT;
	}

}
