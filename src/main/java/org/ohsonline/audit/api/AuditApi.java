package org.ohsonline.audit.api;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.ohsonline.audit.AuditEntryView;
import org.ohsonline.audit.AuditFilter;
import org.ohsonline.audit.AuditQueries;
import org.ohsonline.audit.ChainVerification;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.Page;
import org.ohsonline.shared.PageQuery;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/audit")
@Tag(name = "Audit", description = "The hash-chained audit trail of the caller's jurisdiction")
class AuditApi {

	private final AuditQueries audit;

	AuditApi(AuditQueries audit) {
		this.audit = audit;
	}

	@GetMapping("/entries")
	@Operation(summary = "Search audit entries in the caller's jurisdiction, newest first (audit:entry:read)")
	Page<AuditEntryView> entries(Actor actor, @RequestParam(required = false) String region,
			@RequestParam(required = false) String actorName, @RequestParam(required = false) String action,
			@RequestParam(required = false) String targetType, @RequestParam(required = false) String targetId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return this.audit.search(actor, new AuditFilter(region, actorName, action, targetType, targetId, from, to),
				PageQuery.of(page, size));
	}

	@GetMapping("/entries/{id}")
	@Operation(summary = "One audit entry in the caller's jurisdiction (audit:entry:read)")
	AuditEntryView entry(Actor actor, @PathVariable long id) {
		return this.audit.find(actor, id);
	}

	@GetMapping("/verification")
	@Operation(summary = "Walk the hash chain and report the first broken link (audit:chain:verify)")
	ChainVerification verify(Actor actor) {
		return this.audit.verify(actor);
	}

}
