package org.ohsonline.registry.api;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.ohsonline.registry.EmployerFilter;
import org.ohsonline.registry.EnterpriseExchange;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.exchange.ExchangeAnswer;
import org.ohsonline.shared.exchange.ExchangeApiAnswer;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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
 * Employers in the national data-exchange XML (中国疾控中心 2021, ENTERPRISE_INFO): export of the employers of a
 * filter in scope, import of a document with a per-record answer.
 */
@RestController
@RequestMapping("/api/v1/exchange/enterprise-info")
@Tag(name = "National exchange", description = "Documents of the national data-exchange specification 2021 "
		+ "(职业病及健康危害因素监测信息系统数据交换文档规范), per business type")
class EnterpriseExchangeApi {

	private final EnterpriseExchange exchange;

	private final MessageSource messages;

	EnterpriseExchangeApi(EnterpriseExchange exchange, MessageSource messages) {
		this.exchange = exchange;
		this.messages = messages;
	}

	@GetMapping(value = "/export.xml", produces = MediaType.APPLICATION_XML_VALUE)
	@PreAuthorize("hasAuthority('registry:exchange:export')")
	@Operation(summary = "The employers of the filter in scope as one ENTERPRISE_INFO document (registry:exchange:export), "
			+ "checked against the specification's structure first; same filters as GET /employers. phones=true writes "
			+ "CONTACT_TELPHONE and needs registry:contact:reveal; every export is audited")
	void export(Actor actor, @RequestParam(required = false) String q, @RequestParam(required = false) String region,
			@RequestParam(required = false) String industry, @RequestParam(required = false) String status,
			@RequestParam(defaultValue = "false") boolean phones, HttpServletResponse response) throws IOException {
		response.setContentType("application/xml;charset=UTF-8");
		response.setHeader("Cache-Control", "no-store");
		this.exchange.export(actor, new EmployerFilter(q, region, industry, null, null, status, "name"), phones,
				response.getOutputStream());
	}

	@PostMapping(value = "/import.xml", consumes = { MediaType.APPLICATION_XML_VALUE, MediaType.TEXT_XML_VALUE },
			produces = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("hasAuthority('registry:exchange:import')")
	@Operation(summary = "Import an ENTERPRISE_INFO document (registry:exchange:import): each record is checked against "
			+ "the structure; an employer of the register in scope is brought to the record's facts like PUT /employers/{id} "
			+ "(updated or unchanged); others are rejected with their errors (element, message). The DocumentId is the "
			+ "idempotency key. A document that cannot be read (not well-formed, a DTD or entity, no records, over 500) "
			+ "is a problem (400/422)")
	ResponseEntity<ExchangeApiAnswer> importDocument(Actor actor, @RequestBody byte[] body) {
		ExchangeAnswer answer = this.exchange.importDocument(actor, body);
		HttpStatus status = !answer.replayed() && answer.accepted() > 0 ? HttpStatus.CREATED : HttpStatus.OK;
		return ResponseEntity.status(status)
			.body(ExchangeApiAnswer.of(answer, this.messages, LocaleContextHolder.getLocale()));
	}

}
