package org.ohsonline.risk.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletResponse;

import org.ohsonline.reference.Divisions;
import org.ohsonline.risk.EvidenceFile;
import org.ohsonline.risk.RectificationFilter;
import org.ohsonline.risk.RectificationView;
import org.ohsonline.risk.Rectifications;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.InvalidInputException;
import org.ohsonline.shared.PageQuery;
import org.ohsonline.shared.web.SpreadsheetExport;

import org.springframework.context.MessageSource;
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
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Rectification items (整改): the list (the employer's own, a supervisor's region), an item with its
 * finding and deadline, the employer's answer and evidence files, a supervisor's approval, return or new
 * deadline. Evidence is always downloaded as an attachment with its sniffed type, never shown inline.
 */
@Controller
@PreAuthorize("hasAuthority('risk:rectification:read')")
class RectificationController {

	static final String LIST = "risk/rectifications";

	static final String DETAIL = "risk/rectification";

	private final Rectifications items;

	private final Divisions divisions;

	private final MessageSource messages;

	private final RiskFormat format;

	RectificationController(Rectifications items, Divisions divisions, MessageSource messages, RiskFormat format) {
		this.items = items;
		this.divisions = divisions;
		this.messages = messages;
		this.format = format;
	}

	@GetMapping("/risk/rectifications")
	String list(Actor actor, @RequestParam(required = false) String q, @RequestParam(required = false) String region,
			@RequestParam(required = false) String state, @RequestParam(required = false) String kind,
			@RequestParam(required = false) Long employerId, @RequestParam(required = false) Integer page,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		RectificationFilter filter = new RectificationFilter(q, region, state == null ? "open" : state, kind, employerId);
		model.addAttribute("page", this.items.search(actor, filter, PageQuery.of(page, 20)));
		model.addAttribute("filter", filter);
		model.addAttribute("states", List.of("open", "overdue", "answered", "released", "all"));
		model.addAttribute("query", query(filter));
		model.addAttribute("base", "/risk/rectifications?" + query(filter));
		return htmx != null ? LIST + " :: results" : LIST;
	}

	@GetMapping("/risk/rectifications/export.xlsx")
	void export(Actor actor, @RequestParam(required = false) String q, @RequestParam(required = false) String region,
			@RequestParam(required = false) String state, @RequestParam(required = false) String kind,
			@RequestParam(required = false) Long employerId, Locale locale, HttpServletResponse response) {
		RectificationFilter filter = new RectificationFilter(q, region, state == null ? "open" : state, kind, employerId);
		List<String> columns = List.of("risk.list.employer", "risk.list.region", "risk.rectification.finding",
				"risk.rectification.foundOn", "risk.rectification.due", "risk.rectification.status",
				"risk.rectification.answer", "risk.rectification.reviewNote");
		SpreadsheetExport sheet = SpreadsheetExport.attachment(response, "rectifications.xlsx",
				Words.of(this.messages, "risk.rectification.list.title", locale),
				columns.stream().map(c -> Words.of(this.messages, c, locale)).toList());
		this.items.forEach(actor, filter, item -> sheet.row(cells(item, locale)));
		sheet.finish();
	}

	private List<Object> cells(RectificationView item, Locale locale) {
		return Arrays.asList(item.employerName(), this.divisions.fullName(item.regionCode()),
				this.messages.getMessage(item.messageKey(), this.format.args(item.arguments()), item.messageKey(), locale),
				item.foundOn(), item.dueOn(),
				Words.of(this.messages, "risk.rectificationStatus." + item.status(), locale), item.answer(),
				item.reviewNote());
	}

	@GetMapping("/risk/rectifications/{id}")
	String show(Actor actor, @PathVariable long id, Model model) {
		model.addAttribute("item", this.items.find(actor, id));
		return DETAIL;
	}

	@PostMapping("/risk/rectifications/{id}/answer")
	@PreAuthorize("hasAuthority('risk:rectification:write')")
	String answer(Actor actor, @PathVariable long id, @RequestParam(required = false) String answer,
			RedirectAttributes redirect) {
		return act(id, redirect, "risk.rectification.answered", () -> this.items.answer(actor, id, answer));
	}

	@PostMapping("/risk/rectifications/{id}/evidence")
	@PreAuthorize("hasAuthority('risk:rectification:write')")
	String upload(Actor actor, @PathVariable long id, @RequestParam(required = false) MultipartFile file,
			RedirectAttributes redirect) throws IOException {
		byte[] content = file == null ? null : file.getBytes();
		String name = file == null ? null : file.getOriginalFilename();
		return act(id, redirect, "risk.rectification.uploaded", () -> this.items.attach(actor, id, name, content));
	}

	@GetMapping("/risk/rectifications/{id}/evidence/{evidenceId}")
	ResponseEntity<byte[]> download(Actor actor, @PathVariable long id, @PathVariable long evidenceId) {
		EvidenceFile file = this.items.evidence(actor, id, evidenceId);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(file.fileName(), java.nio.charset.StandardCharsets.UTF_8)
						.build()
						.toString())
			.header("X-Content-Type-Options", "nosniff")
			.header("Content-Security-Policy", "sandbox")
			.body(file.content());
	}

	@PostMapping("/risk/rectifications/{id}/approve")
	@PreAuthorize("hasAuthority('risk:rectification:review')")
	String approve(Actor actor, @PathVariable long id, @RequestParam(required = false) String note,
			RedirectAttributes redirect) {
		return act(id, redirect, "risk.rectification.approved", () -> this.items.approve(actor, id, note));
	}

	@PostMapping("/risk/rectifications/{id}/return")
	@PreAuthorize("hasAuthority('risk:rectification:review')")
	String giveBack(Actor actor, @PathVariable long id, @RequestParam(required = false) String reasons,
			RedirectAttributes redirect) {
		return act(id, redirect, "risk.rectification.returned", () -> this.items.giveBack(actor, id, reasons));
	}

	@PostMapping("/risk/rectifications/{id}/deadline")
	@PreAuthorize("hasAuthority('risk:rectification:review')")
	String deadline(Actor actor, @PathVariable long id, @RequestParam(required = false) LocalDate dueOn,
			@RequestParam(required = false) String reason, RedirectAttributes redirect) {
		return act(id, redirect, "risk.rectification.deadlineSet", () -> this.items.setDeadline(actor, id, dueOn, reason));
	}

	private static String act(long id, RedirectAttributes redirect, String flashKey, Supplier<?> action) {
		try {
			action.get();
			redirect.addFlashAttribute("flashKey", flashKey);
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("actionErrors", ex.errors());
		}
		return "redirect:/risk/rectifications/" + id;
	}

	static String query(RectificationFilter filter) {
		return UriComponentsBuilder.newInstance()
			.queryParam("q", filter.q() == null ? "" : filter.q())
			.queryParam("region", filter.region() == null ? "" : filter.region())
			.queryParam("state", filter.state() == null ? "" : filter.state())
			.queryParam("kind", filter.kind() == null ? "" : filter.kind())
			.queryParam("employerId", filter.employerId() == null ? "" : filter.employerId())
			.encode()
			.build()
			.getQuery();
	}

}
