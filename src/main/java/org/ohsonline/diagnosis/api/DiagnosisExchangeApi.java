package org.ohsonline.diagnosis.api;

import java.io.IOException;
import java.time.LocalDate;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.ohsonline.diagnosis.DiagnosisExchange;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.NotFoundException;
import org.ohsonline.shared.exchange.BusinessType;
import org.ohsonline.shared.exchange.ExchangeAnswer;
import org.ohsonline.shared.exchange.ExchangeApiAnswer;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Suspected occupational diseases (SUSPECTED_OCPD), cases (DIAGNOSE_OCPD), appraisals (APPRAISAL_INFO) and acute
 * pesticide poisonings (NYZD) in the national data-exchange XML (中国疾控中心 2021, 六(三)–(六)): export of the records
 * in scope, receipt of a document with a per-record answer. The type is the path's first segment.
 */
@RestController
@RequestMapping("/api/v1/exchange")
@Tag(name = "National exchange")
class DiagnosisExchangeApi {

	private final DiagnosisExchange exchange;

	private final MessageSource messages;

	DiagnosisExchangeApi(DiagnosisExchange exchange, MessageSource messages) {
		this.exchange = exchange;
		this.messages = messages;
	}

	/** The type named by the request's path ({@code /api/v1/exchange/<slug>/…}). */
	private static BusinessType type(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		String slug = path.replaceFirst("^/api/v1/exchange/", "").replaceFirst("/.*$", "");
		return DiagnosisExchange.type(slug).orElseThrow(() -> new NotFoundException("exchange type", slug));
	}

	@GetMapping(value = { "/suspected-ocpd/export.xml", "/diagnose-ocpd/export.xml", "/appraisal-info/export.xml",
			"/nyzd/export.xml" }, produces = MediaType.APPLICATION_XML_VALUE)
	@PreAuthorize("hasAuthority('diagnosis:exchange:export')")
	@Operation(summary = "The records of the type in the caller's region as one document (diagnosis:exchange:export): "
			+ "suspected diseases found by exams (SUSPECTED_OCPD, by exam day), cases with an occupational disease "
			+ "diagnosed (DIAGNOSE_OCPD, by diagnosis day), decided appraisals (APPRAISAL_INFO, by appraisal day), pesticide "
			+ "poisoning reports (NYZD, by diagnosis day); region, from, to optional. Checked against the specification's "
			+ "structure first; phones=true includes patients' phones (NYZD) and needs diagnosis:exchange:reveal; audited")
	void export(Actor actor, @RequestParam(required = false) String region,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "false") boolean phones, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		BusinessType type = type(request);
		java.io.ByteArrayOutputStream document = new java.io.ByteArrayOutputStream();
		this.exchange.export(actor, type, new DiagnosisExchange.Filter(region, from, to), phones, document);
		response.setContentType("application/xml;charset=UTF-8");
		response.setHeader("Cache-Control", "no-store");
		document.writeTo(response.getOutputStream());
	}

	@PostMapping(value = { "/suspected-ocpd/import.xml", "/diagnose-ocpd/import.xml", "/appraisal-info/import.xml",
			"/nyzd/import.xml" }, consumes = { MediaType.APPLICATION_XML_VALUE, MediaType.TEXT_XML_VALUE },
			produces = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("hasAuthority('diagnosis:exchange:import')")
	@Operation(summary = "Receive a document of the type (diagnosis:exchange:import, a region scope): each record is "
			+ "checked against the element table and the structure; one of an employer (NYZD: a poisoning) in the "
			+ "caller's region is kept (created: a received record; NYZD: a pesticide poisoning report), others are "
			+ "rejected with their errors (element, message). The DocumentId is the idempotency key. A document that "
			+ "cannot be read (not well-formed, a DTD or entity, no records, over 500) is a problem")
	ResponseEntity<ExchangeApiAnswer> importDocument(Actor actor, @RequestBody byte[] body, HttpServletRequest request) {
		ExchangeAnswer answer = this.exchange.importDocument(actor, type(request), body);
		HttpStatus status = !answer.replayed() && answer.accepted() > 0 ? HttpStatus.CREATED : HttpStatus.OK;
		return ResponseEntity.status(status)
			.body(ExchangeApiAnswer.of(answer, this.messages, LocaleContextHolder.getLocale()));
	}

}
