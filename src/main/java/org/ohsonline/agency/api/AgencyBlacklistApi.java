package org.ohsonline.agency.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.ohsonline.agency.Blacklist;
import org.ohsonline.agency.BlacklistCommand;
import org.ohsonline.agency.BlacklistStatus;
import org.ohsonline.agency.BlacklistView;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.InvalidInputException;
import org.ohsonline.shared.Text;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The blacklist of agencies and institutions, within the token owner's scope. */
@RestController
@RequestMapping("/api/v1/agency/blacklist")
@Tag(name = "Agency blacklist", description = "Blacklist entries (黑名单): proposals, confirmation with the decision "
		+ "document, rejection, early removal")
class AgencyBlacklistApi {

	private final Blacklist blacklist;

	AgencyBlacklistApi(Blacklist blacklist) {
		this.blacklist = blacklist;
	}

	@Schema(name = "AgencyBlacklistProposal")
	record Proposal(Long agencyId, String reason, String legalBasis, LocalDate startsOn, LocalDate endsOn) {
	}

	@Schema(name = "AgencyBlacklistReason")
	record Reason(String reason) {
	}

	@GetMapping
	@Operation(summary = "Entries in scope, proposals and entries in force first; status PROPOSED, IN_FORCE, EXPIRED, "
			+ "REJECTED or REMOVED; region prefix")
	List<BlacklistView> list(Actor actor, @RequestParam(required = false) String status,
			@RequestParam(required = false) String region) {
		String name = Text.enumName(status, BlacklistStatus.class);
		return this.blacklist.list(actor, name == null ? null : BlacklistStatus.valueOf(name), region);
	}

	@GetMapping("/{id}")
	@Operation(summary = "One entry in scope")
	BlacklistView find(Actor actor, @PathVariable long id) {
		return this.blacklist.find(actor, id);
	}

	@GetMapping("/{id}/document")
	@Operation(summary = "The decision document, as an attachment")
	ResponseEntity<byte[]> document(Actor actor, @PathVariable long id) {
		Blacklist.Document file = this.blacklist.document(actor, id);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(file.fileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.header("Content-Security-Policy", "sandbox")
			.body(file.content());
	}

	@PostMapping
	@Operation(summary = "A supervisor of the organisation's region proposes an entry (reason, legal basis, period)")
	BlacklistView propose(Actor actor, @RequestBody Proposal proposal) {
		if (proposal == null || proposal.agencyId() == null) {
			throw InvalidInputException.of("agencyId", "agency.blacklist.agencyRequired");
		}
		return this.blacklist.propose(actor, proposal.agencyId(), new BlacklistCommand(proposal.reason(),
				proposal.legalBasis(), proposal.startsOn(), proposal.endsOn(), null));
	}

	@PostMapping(path = "/{id}/confirmation", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Confirms a proposal with its period and decision document (PDF, PNG or JPEG, at most 5 MB): "
			+ "the organisation cannot be engaged for new work until the last day")
	BlacklistView confirm(Actor actor, @PathVariable long id, @RequestParam(required = false) String reason,
			@RequestParam(required = false) String legalBasis,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startsOn,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endsOn,
			@RequestParam(required = false) MultipartFile document) {
		BlacklistCommand.Document upload = null;
		if (document != null && !document.isEmpty()) {
			try {
				upload = new BlacklistCommand.Document(document.getOriginalFilename(), document.getBytes());
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return this.blacklist.confirm(actor, id, new BlacklistCommand(reason, legalBasis, startsOn, endsOn, upload));
	}

	@PostMapping("/{id}/rejection")
	@Operation(summary = "Rejects a proposal with a reason")
	BlacklistView reject(Actor actor, @PathVariable long id, @RequestBody Reason reason) {
		return this.blacklist.reject(actor, id, reason == null ? null : reason.reason());
	}

	@PostMapping("/{id}/removal")
	@Operation(summary = "Removes an entry in force before its last day, with a reason")
	BlacklistView remove(Actor actor, @PathVariable long id, @RequestBody Reason reason) {
		return this.blacklist.remove(actor, id, reason == null ? null : reason.reason());
	}

}
