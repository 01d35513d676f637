package org.ohsonline.testing.api;

import java.io.IOException;
import java.time.LocalDate;

import jakarta.servlet.http.HttpServletResponse;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.ohsonline.shared.Actor;
import org.ohsonline.shared.exchange.ExchangeAnswer;
import org.ohsonline.shared.exchange.ExchangeApiAnswer;
import org.ohsonline.testing.DetectionExchange;
import org.ohsonline.testing.JobFilter;

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
 * Workplace detection results in the national data-exchange XML (中国疾控中心 2021, DETECTION_INFO): export of the
 * reviewed testing jobs in scope, receipt of a document with a per-record answer.
 */
@RestController
@RequestMapping("/api/v1/exchange/detection-info")
@Tag(name = "National exchange")
class DetectionExchangeApi {

	private final DetectionExchange exchange;

	private final MessageSource messages;

	DetectionExchangeApi(DetectionExchange exchange, MessageSource messages) {
		this.exchange = exchange;
		this.messages = messages;
	}

	@GetMapping(value = "/export.xml", produces = MediaType.APPLICATION_XML_VALUE)
	@PreAuthorize("hasAuthority('testing:exchange:export')")
	@Operation(summary = "The reviewed testing jobs of the filter in scope as one DETECTION_INFO document, one record per "
			+ "job (testing:exchange:export), checked against the specification's structure first; q, region and the "
			+ "first sampling day from/to as for GET /testing/jobs; audited")
	void export(Actor actor, @RequestParam(required = false) String q, @RequestParam(required = false) String region,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			HttpServletResponse response) throws IOException {
		response.setContentType("application/xml;charset=UTF-8");
		response.setHeader("Cache-Control", "no-store");
		this.exchange.export(actor, new JobFilter(q, region, null, null, null, null, from, to, null),
				response.getOutputStream());
	}

	@PostMapping(value = "/import.xml", consumes = { MediaType.APPLICATION_XML_VALUE, MediaType.TEXT_XML_VALUE },
			produces = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("hasAuthority('testing:exchange:import')")
	@Operation(summary = "Receive a DETECTION_INFO document (testing:exchange:import, a region scope): each record is "
			+ "checked against the structure; one of an employer in the caller's region is kept as a received detection "
			+ "(created), others are rejected with their errors (element, message). The DocumentId is the idempotency "
			+ "key. A document that cannot be read (not well-formed, a DTD or entity, no records, over 500) is a problem")
	ResponseEntity<ExchangeApiAnswer> importDocument(Actor actor, @RequestBody byte[] body) {
		ExchangeAnswer answer = this.exchange.importDocument(actor, body);
		HttpStatus status = !answer.replayed() && answer.accepted() > 0 ? HttpStatus.CREATED : HttpStatus.OK;
		return ResponseEntity.status(status)
			.body(ExchangeApiAnswer.of(answer, this.messages, LocaleContextHolder.getLocale()));
	}

}
