package org.ohsonline.enforcement.web;

import org.ohsonline.enforcement.PublicReviews;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The public page of case-file review results by region (案卷评查结果公示), without login and without personal data. */
@Controller
class PublicReviewController {

	private final PublicReviews reviews;

	PublicReviewController(PublicReviews reviews) {
		this.reviews = reviews;
	}

	@GetMapping("/verify/reviews")
	String reviews(@RequestParam(required = false) String region, Model model) {
		model.addAttribute("rounds", this.reviews.rounds(region));
		return "enforcement/public-reviews";
	}

}
