package org.ohsonline.agency.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.ohsonline.agency.Blacklist;
import org.ohsonline.agency.BlacklistCommand;
import org.ohsonline.agency.BlacklistStatus;
import org.ohsonline.reference.Divisions;
import org.ohsonline.reference.HazardFactors;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.InvalidInputException;
import org.ohsonline.shared.Text;
import org.ohsonline.shared.web.SpreadsheetExport;

import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/** 黑名单: entries in scope, their export and decision documents; supervisors propose, confirm, reject and remove. */
@Controller
@PreAuthorize("hasAuthority('agency:blacklist:read')")
class BlacklistController {

	static final String LIST = "agency/blacklist";

	private static final List<String> EXPORT_COLUMNS = List.of("agency.agency.name", "agency.agency.kind",
			"agency.agency.regionCode", "agency.agency.region", "common.status", "agency.blacklist.reason",
			"agency.blacklist.legalBasis", "agency.blacklist.startsOn", "agency.blacklist.endsOn",
			"agency.blacklist.documentSha256", "agency.blacklist.proposedBy", "agency.blacklist.decidedBy",
			"agency.blacklist.removalReason");

	private final Blacklist blacklist;

	private final Divisions divisions;

	private final HazardFactors hazards;

	private final MessageSource messages;

	BlacklistController(Blacklist blacklist, Divisions divisions, HazardFactors hazards, MessageSource messages) {
		this.blacklist = blacklist;
		this.divisions = divisions;
		this.hazards = hazards;
		this.messages = messages;
	}

	@GetMapping("/blacklist")
	String list(Actor actor, @RequestParam(required = false) String status,
			@RequestParam(required = false) String region, Model model) {
		BlacklistStatus chosen = status(status);
		model.addAttribute("status", chosen);
		model.addAttribute("region", Text.blankToNull(region));
		model.addAttribute("statuses", BlacklistStatus.values());
		model.addAttribute("entries", this.blacklist.list(actor, chosen, region));
		model.addAttribute("labels", new Labels(this.divisions, this.hazards));
		model.addAttribute("exportUrl", "/blacklist/export.xlsx?" + UriComponentsBuilder.newInstance()
			.queryParam("status", chosen == null ? "" : chosen.name())
			.queryParam("region", Text.nullToEmpty(Text.blankToNull(region)))
			.encode()
			.build()
			.getQuery());
		return LIST;
	}

	@GetMapping("/blacklist/export.xlsx")
	void export(Actor actor, @RequestParam(required = false) String status,
			@RequestParam(required = false) String region, Locale locale, HttpServletResponse response) {
		Labels labels = new Labels(this.divisions, this.hazards);
		SpreadsheetExport sheet = SpreadsheetExport.attachment(response, "agency-blacklist.xlsx",
				message("agency.blacklist.title", locale),
				EXPORT_COLUMNS.stream().map(column -> message(column, locale)).toList());
		this.blacklist.forEach(actor, status(status), region, e -> sheet.row(e.agencyName(),
				message("agency.kind." + e.agencyKind(), locale), e.regionCode(), labels.region(e.regionCode()),
				message("agency.blacklist.status." + e.status(), locale),
				e.trigger() != null && e.reason().startsWith("TRIGGER:")
						? message("agency.blacklist.trigger." + e.trigger(), locale) : e.reason(),
				e.legalBasis(), e.startsOn() == null ? "" : e.startsOn(), e.endsOn() == null ? "" : e.endsOn(),
				Text.nullToEmpty(e.documentSha256()), e.proposedBy(), Text.nullToEmpty(e.decidedBy()),
				Text.nullToEmpty(e.removalReason())));
		sheet.finish();
	}

	@PostMapping("/agencies/{id}/blacklist")
	@PreAuthorize("hasAuthority('agency:blacklist:write')")
	String propose(Actor actor, @PathVariable long id, @RequestParam(required = false) String reason,
			@RequestParam(required = false) String legalBasis,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startsOn,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endsOn,
			@RequestParam(required = false) MultipartFile document, RedirectAttributes redirect) {
		try {
			this.blacklist.propose(actor, id, new BlacklistCommand(reason, legalBasis, startsOn, endsOn, upload(document)));
			redirect.addFlashAttribute("flashKey", "agency.blacklist.proposedDone");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("actionErrors", ex.errors());
		}
		return "redirect:/agencies/" + id + "?tab=blacklist";
	}

	@PostMapping("/blacklist/{id}/confirm")
	@PreAuthorize("hasAuthority('agency:blacklist:write')")
	String confirm(Actor actor, @PathVariable long id, @RequestParam(required = false) String reason,
			@RequestParam(required = false) String legalBasis,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startsOn,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endsOn,
			@RequestParam(required = false) MultipartFile document, RedirectAttributes redirect) {
		return act(redirect, "agency.blacklist.confirmedDone", () -> this.blacklist.confirm(actor, id,
				new BlacklistCommand(reason, legalBasis, startsOn, endsOn, upload(document))));
	}

	@PostMapping("/blacklist/{id}/reject")
	@PreAuthorize("hasAuthority('agency:blacklist:write')")
	String reject(Actor actor, @PathVariable long id, @RequestParam(required = false) String reason,
			RedirectAttributes redirect) {
		return act(redirect, "agency.blacklist.rejectedDone", () -> this.blacklist.reject(actor, id, reason));
	}

	@PostMapping("/blacklist/{id}/remove")
	@PreAuthorize("hasAuthority('agency:blacklist:write')")
	String remove(Actor actor, @PathVariable long id, @RequestParam(required = false) String reason,
			RedirectAttributes redirect) {
		return act(redirect, "agency.blacklist.removedDone", () -> this.blacklist.remove(actor, id, reason));
	}

	/** The decision document, never inline: an attachment, its type sniffed on upload, sandboxed. */
	@GetMapping("/blacklist/{id}/document")
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

	private String act(RedirectAttributes redirect, String done, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("flashKey", done);
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("actionErrors", ex.errors());
		}
		return "redirect:/blacklist";
	}

	static BlacklistCommand.Document upload(MultipartFile file) {
		if (file == null || file.isEmpty()) {
			return null;
		}
		try {
			return new BlacklistCommand.Document(file.getOriginalFilename(), file.getBytes());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static BlacklistStatus status(String status) {
		String name = Text.enumName(status, BlacklistStatus.class);
		return name == null ? null : BlacklistStatus.valueOf(name);
	}

	private String message(String code, Locale locale) {
		return this.messages.getMessage(code, null, code, locale);
	}

}
