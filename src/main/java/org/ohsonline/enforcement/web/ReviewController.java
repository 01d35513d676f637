package org.ohsonline.enforcement.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.ohsonline.enforcement.CaseReviews;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.InvalidInputException;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Case-file review (案卷评查): rounds, the sample, blind scoring, discussion of disputed items, results by division. */
@Controller
@PreAuthorize("hasAuthority('enforcement:review:read')")
class ReviewController {

	private final CaseReviews reviews;

	ReviewController(CaseReviews reviews) {
		this.reviews = reviews;
	}

	@GetMapping("/enforcement/reviews")
	String list(Actor actor, Model model) {
		model.addAttribute("rounds", this.reviews.rounds(actor));
		model.addAttribute("today", LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")));
		return "enforcement/reviews";
	}

	@PostMapping("/enforcement/reviews")
	@PreAuthorize("hasAuthority('enforcement:review:write')")
	String draw(Actor actor, @RequestParam(required = false) String region, @RequestParam(required = false) LocalDate from,
			@RequestParam(required = false) LocalDate to, @RequestParam(required = false) Integer sampleSize,
			RedirectAttributes redirect) {
		try {
			CaseReviews.Round round = this.reviews.draw(actor, region, from, to, sampleSize);
			redirect.addFlashAttribute("flashKey", "enforcement.review.drawn");
			return "redirect:/enforcement/reviews/" + round.id();
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("actionErrors", ex.errors());
			return "redirect:/enforcement/reviews";
		}
	}

	@GetMapping("/enforcement/reviews/{id}")
	String show(Actor actor, @PathVariable long id, Model model) {
		CaseReviews.Round round = this.reviews.find(actor, id);
		model.addAttribute("round", round);
		model.addAttribute("rubric", this.reviews.rubric(round.createdAt().atZone(java.time.ZoneId.of("Asia/Shanghai")).toLocalDate()));
		return "enforcement/review";
	}

	@PostMapping("/enforcement/reviews/{id}/cases/{caseId}/scores")
	@PreAuthorize("hasAuthority('enforcement:review:score')")
	String score(Actor actor, @PathVariable long id, @PathVariable long caseId, @RequestParam Map<String, String> form,
			RedirectAttributes redirect) {
		Map<String, BigDecimal> scores = new LinkedHashMap<>();
		form.forEach((k, v) -> {
			if (k.startsWith("score.") && v != null && !v.isBlank()) {
				try {
					scores.put(k.substring("score.".length()), new BigDecimal(v.trim()));
				}
				catch (NumberFormatException ex) {
					scores.put(k.substring("score.".length()), BigDecimal.valueOf(-1));
				}
			}
		});
		return act(id, redirect, "enforcement.review.scored", () -> this.reviews.score(actor, id, caseId, scores));
	}

	@PostMapping("/enforcement/reviews/{id}/cases/{caseId}/agreements")
	@PreAuthorize("hasAuthority('enforcement:review:write')")
	String agree(Actor actor, @PathVariable long id, @PathVariable long caseId,
			@RequestParam(required = false) String itemCode, @RequestParam(required = false) BigDecimal agreed,
			@RequestParam(required = false) String record, RedirectAttributes redirect) {
		return act(id, redirect, "enforcement.review.agreed",
				() -> this.reviews.agree(actor, id, caseId, itemCode, agreed, record));
	}

	private static String act(long id, RedirectAttributes redirect, String flashKey, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("flashKey", flashKey);
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("actionErrors", ex.errors());
		}
		return "redirect:/enforcement/reviews/" + id;
	}

}
