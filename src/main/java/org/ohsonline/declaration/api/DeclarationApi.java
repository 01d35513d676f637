package org.ohsonline.declaration.api;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.ohsonline.declaration.ClockFilter;
import org.ohsonline.declaration.ClockStart;
import org.ohsonline.declaration.ClockView;
import org.ohsonline.declaration.DeclarationClocks;
import org.ohsonline.declaration.DeclarationCommand;
import org.ohsonline.declaration.DeclarationFilter;
import org.ohsonline.declaration.DeclarationKind;
import org.ohsonline.declaration.DeclarationManagement;
import org.ohsonline.declaration.DeclarationReason;
import org.ohsonline.declaration.DeclarationSummary;
import org.ohsonline.declaration.DeclarationView;
import org.ohsonline.declaration.Declarations;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.InvalidInputException;
import org.ohsonline.shared.Page;
import org.ohsonline.shared.PageQuery;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Hazard declarations and their deadlines within the token owner's scope: employers draft and
 * submit, supervisors accept or return; the receipt is served as issued.
 */
@RestController
@RequestMapping("/api/v1/declarations")
@Tag(name = "Declarations", description = "Hazard declarations (职业病危害项目申报), review, receipts and deadlines")
class DeclarationApi {

	private final Declarations declarations;

	private final DeclarationClocks clocks;

	DeclarationApi(Declarations declarations, DeclarationClocks clocks) {
		this.declarations = declarations;
		this.clocks = clocks;
	}

	/**
	 * A declaration to draft or revise.
	 * @param totalExposed the workers exposed to any declared factor, each counted once (not the sum of the
	 * items' headcounts)
	 * @param management the principal responsible person, the occupational-health organisation and
	 * managers, and their training
	 * @param submit also submit it for review once saved
	 */
	record DeclarationRequest(Long employerId, DeclarationKind kind, List<String> reasons, String measures,
			Integer totalExposed, DeclarationManagement management, List<DeclarationCommand.Item> items,
			Boolean submit) {

		DeclarationCommand command() {
			return new DeclarationCommand(this.employerId, this.kind, this.reasons, this.measures, this.totalExposed,
					this.management, this.items);
		}

	}

	@Schema(name = "DeclarationReturnRequest")
	record ReturnRequest(String reasons) {
	}

	@GetMapping
	@Operation(summary = "Search declarations in scope: employer name, credit-code prefix or number; region prefix; "
			+ "status; kind; submitted from/to (yyyy-MM-dd); employerId; sort by number, employer, submitted, status "
			+ "or exposed (prefix - for descending)")
	Page<DeclarationSummary> search(Actor actor, @RequestParam(required = false) String q,
			@RequestParam(required = false) String region, @RequestParam(required = false) String status,
			@RequestParam(required = false) String kind,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) Long employerId, @RequestParam(required = false) String sort,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return this.declarations.search(actor, new DeclarationFilter(q, region, status, kind, from, to, employerId, sort),
				PageQuery.of(page, size));
	}

	@GetMapping("/{id}")
	@Operation(summary = "One declaration with its items and history")
	DeclarationView find(Actor actor, @PathVariable long id) {
		return this.declarations.find(actor, id);
	}

	@GetMapping("/proposal")
	@Operation(summary = "What the register proposes for an employer's declaration: the hazard factors at its posts "
			+ "with the distinct workers exposed to each, the distinct workers exposed to any (the total), and the "
			+ "legal representative as principal")
	DeclarationCommand proposal(Actor actor, @RequestParam long employerId) {
		return this.declarations.proposal(actor, employerId);
	}

	@PostMapping
	@Operation(summary = "Draft a declaration for the own employer (declaration:declaration:write); "
			+ "with submit=true also submit it")
	ResponseEntity<DeclarationView> draft(Actor actor, @RequestBody DeclarationRequest request) {
		DeclarationView created = this.declarations.draft(actor, request.command());
		if (Boolean.TRUE.equals(request.submit())) {
			created = this.declarations.submit(actor, created.id());
		}
		return ResponseEntity.created(URI.create("/api/v1/declarations/" + created.id())).body(created);
	}

	@PutMapping("/{id}")
	@Operation(summary = "Revise a draft or a returned declaration; with submit=true also (re)submit it")
	DeclarationView revise(Actor actor, @PathVariable long id, @RequestBody DeclarationRequest request) {
		DeclarationView revised = this.declarations.revise(actor, id, request.command());
		return Boolean.TRUE.equals(request.submit()) ? this.declarations.submit(actor, id) : revised;
	}

	@PostMapping("/{id}/submit")
	@Operation(summary = "Submit (or resubmit) a complete declaration for review")
	DeclarationView submit(Actor actor, @PathVariable long id) {
		return this.declarations.submit(actor, id);
	}

	@PostMapping("/{id}/accept")
	@Operation(summary = "Accept a submitted declaration and issue its receipt (declaration:declaration:review)")
	DeclarationView accept(Actor actor, @PathVariable long id) {
		return this.declarations.accept(actor, id);
	}

	@PostMapping("/{id}/return")
	@Operation(summary = "Return a submitted declaration to the employer with the reasons")
	DeclarationView giveBack(Actor actor, @PathVariable long id, @RequestBody(required = false) ReturnRequest request) {
		return this.declarations.giveBack(actor, id, request == null ? null : request.reasons());
	}

	@GetMapping(value = "/{id}/receipt", produces = MediaType.APPLICATION_PDF_VALUE)
	@Operation(summary = "The receipt (回执) PDF of an accepted declaration, exactly as issued")
	ResponseEntity<byte[]> receipt(Actor actor, @PathVariable long id) {
		byte[] pdf = this.declarations.receipt(actor, id);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"receipt-" + id + ".pdf\"")
			.body(pdf);
	}

	@GetMapping("/clocks")
	@Operation(summary = "Declaration deadlines in scope: due=overdue|soon|open|all, reason, region prefix, "
			+ "employerId, q (employer name or credit-code prefix); earliest due first")
	Page<ClockView> clocks(Actor actor, @RequestParam(required = false) String q,
			@RequestParam(required = false) String region, @RequestParam(required = false) String due,
			@RequestParam(required = false) String reason, @RequestParam(required = false) Long employerId,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return this.clocks.search(actor, new ClockFilter(q, region, due, reason, employerId), PageQuery.of(page, size));
	}

	@PostMapping("/clocks")
	@Operation(summary = "Start a deadline for a reason the platform cannot see by itself, e.g. PROCESS_CHANGE "
			+ "(declaration:clock:write)")
	ResponseEntity<ClockView> startClock(Actor actor, @RequestBody ClockStart start) {
		if (start == null) {
			throw InvalidInputException.of("reason", "declaration.error.reasonRequired");
		}
		return this.clocks.start(actor, start)
			.map(clock -> ResponseEntity.created(URI.create("/api/v1/declarations/clocks?employerId=" + clock.employerId()))
				.body(clock))
			.orElseThrow(() -> InvalidInputException.of("reason", "declaration.error.reasonUnknown", start.reason()));
	}

	@GetMapping("/reasons")
	@Operation(summary = "The reasons to declare and their periods, from the declaration-deadlines catalog in force")
	List<DeclarationReason> reasons() {
		return this.clocks.reasons();
	}

}
