package org.ohsonline.diagnosis.api;

import java.net.URI;
import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.ohsonline.diagnosis.PesticidePoisonings;
import org.ohsonline.diagnosis.PesticidePoisonings.PoisoningCommand;
import org.ohsonline.diagnosis.PesticidePoisonings.PoisoningView;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.Page;
import org.ohsonline.shared.PageQuery;
import org.ohsonline.shared.Text;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Acute pesticide poisoning reports (农药中毒报告, the fields of 交换规范 2021 六(六) NYZD). */
@RestController
@RequestMapping("/api/v1/diagnosis/pesticide-poisonings")
@Tag(name = "Diagnosis")
class PesticidePoisoningApi {

	private final PesticidePoisonings poisonings;

	PesticidePoisoningApi(PesticidePoisonings poisonings) {
		this.poisonings = poisonings;
	}

	@GetMapping
	@PreAuthorize("hasAnyAuthority('diagnosis:pesticide:read', 'diagnosis:pesticide:report')")
	@Operation(summary = "Pesticide poisoning reports in scope (a hospital's own; a region's for supervisors and the "
			+ "CDC), the patient masked; q (number or unit), region, poison (表12), outcome (表6), from/to (diagnosis "
			+ "day), sort diagnosedOn|number")
	Page<PoisoningView> search(Actor actor, @RequestParam(required = false) String q,
			@RequestParam(required = false) String region, @RequestParam(required = false) String poison,
			@RequestParam(required = false) String outcome,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) String sort, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return this.poisonings.search(actor, new PesticidePoisonings.Filter(Text.blankToNull(q), Text.blankToNull(region),
				Text.blankToNull(poison), Text.blankToNull(outcome), from, to, Text.blankToNull(sort)),
				PageQuery.of(page, size));
	}

	@PostMapping
	@PreAuthorize("hasAuthority('diagnosis:pesticide:report')")
	@Operation(summary = "Report an acute pesticide poisoning as a hospital's staff (diagnosis:pesticide:report): every "
			+ "field is checked (identity number check digit for type 01, code tables 表6/表8/表12, 其他 named, a death day "
			+ "only for outcome 04, dates in order and not in the future, the place a known division of the province); "
			+ "refused fields are answered with their reasons; the same patient, day and poison again is refused; audited")
	ResponseEntity<PoisoningView> report(Actor actor, @RequestBody PoisoningCommand command) {
		PoisoningView view = this.poisonings.report(actor, command);
		return ResponseEntity.created(URI.create("/api/v1/diagnosis/pesticide-poisonings?q=" + view.number())).body(view);
	}

}
