package org.ohsonline.projects.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.ohsonline.projects.RoundView;
import org.ohsonline.projects.VerificationOutcome;
import org.ohsonline.projects.VerificationRecord;
import org.ohsonline.projects.Verifications;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.InvalidInputException;
import org.ohsonline.shared.NotFoundException;
import org.ohsonline.shared.PageQuery;
import org.ohsonline.shared.Text;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Supervisory verification in the console: the rounds of the reader's region with the form that draws one for a
 * finished quarter (supervisors), a round with its digests, seed and lines, its inputs file, and the form on each
 * line where an inspector records what the verification found.
 */
@Controller
@PreAuthorize("hasAuthority('projects:project:read')")
class ProjectVerificationController {

	private final Verifications verifications;

	ProjectVerificationController(Verifications verifications) {
		this.verifications = verifications;
	}

	@GetMapping("/projects/verifications")
	String rounds(Actor actor, @RequestParam(required = false) String region, @RequestParam(required = false) Integer page,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		model.addAttribute("page", this.verifications.rounds(actor, region, PageQuery.of(page, 20)));
		model.addAttribute("region", region);
		model.addAttribute("canDraw", actor.can("projects:verification:draw") && actor.scope().regionPrefix().isPresent());
		model.addAttribute("periods", finishedQuarters());
		String query = UriComponentsBuilder.newInstance().queryParam("region", region == null ? "" : region).encode().build().getQuery();
		model.addAttribute("base", "/projects/verifications?" + query);
		return htmx != null ? "projects/rounds :: results" : "projects/rounds";
	}

	/** The last eight finished quarters, newest first. */
	static List<String> finishedQuarters() {
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
		int year = today.getYear();
		int quarter = (today.getMonthValue() - 1) / 3 + 1;
		List<String> periods = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			quarter--;
			if (quarter == 0) {
				quarter = 4;
				year--;
			}
			periods.add(year + "Q" + quarter);
		}
		return periods;
	}

	@PostMapping("/projects/verifications")
	@PreAuthorize("hasAuthority('projects:verification:draw')")
	String draw(Actor actor, @RequestParam(required = false) String region, @RequestParam(required = false) String period,
			RedirectAttributes redirect) {
		try {
			RoundView round = this.verifications.draw(actor, region, period);
			redirect.addFlashAttribute("flashKey", "projects.round.drawn");
			return "redirect:/projects/verifications/" + round.id();
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("actionErrors", ex.errors());
			return "redirect:/projects/verifications";
		}
	}

	@GetMapping("/projects/verifications/{id}")
	String round(Actor actor, @PathVariable long id, Model model) {
		model.addAttribute("round", this.verifications.round(actor, id));
		model.addAttribute("canVerify", actor.can("projects:verification:write"));
		model.addAttribute("outcomes", VerificationOutcome.values());
		model.addAttribute("today", LocalDate.now(ZoneId.of("Asia/Shanghai")));
		return "projects/round";
	}

	@GetMapping("/projects/verifications/{id}/inputs.txt")
	ResponseEntity<byte[]> inputs(Actor actor, @PathVariable long id) {
		String text = this.verifications.inputs(actor, id);
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("verification-inputs-" + id + ".txt").build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(text.getBytes(StandardCharsets.UTF_8));
	}

	@PostMapping("/projects/verifications/{id}/lines/{lineId}")
	@PreAuthorize("hasAuthority('projects:verification:write')")
	String record(Actor actor, @PathVariable long id, @PathVariable long lineId,
			@RequestParam(required = false) String verifiedOn, @RequestParam(required = false) String outcome,
			@RequestParam(required = false) String findings, RedirectAttributes redirect) {
		RoundView round = this.verifications.round(actor, id);
		if (round.lines().stream().noneMatch(l -> l.id() == lineId)) {
			throw new NotFoundException("verification-line", lineId);
		}
		try {
			LocalDate on;
			try {
				on = Text.blankToNull(verifiedOn) == null ? null : LocalDate.parse(verifiedOn.trim());
			}
			catch (java.time.format.DateTimeParseException ex) {
				on = null;
			}
			String name = Text.enumName(outcome, VerificationOutcome.class);
			this.verifications.record(actor, lineId,
					new VerificationRecord(on, name == null ? null : VerificationOutcome.valueOf(name), findings));
			redirect.addFlashAttribute("flashKey", "projects.verification.recorded");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("actionErrors", ex.errors());
		}
		return "redirect:/projects/verifications/" + id;
	}

}
