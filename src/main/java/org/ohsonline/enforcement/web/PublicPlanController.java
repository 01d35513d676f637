package org.ohsonline.enforcement.web;

import java.nio.charset.StandardCharsets;

import org.ohsonline.enforcement.PublicPlans;
import org.ohsonline.shared.NotFoundException;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The public pages of random inspection plans (一公开), for anyone without login under {@code /verify/plans}: the
 * plans published, one plan with its commitment and, once drawn, its seed, lines and recomputation, and the
 * inputs and result files whose SHA-256 the page shows. No personal data: inspectors appear by code.
 */
@Controller
class PublicPlanController {

	static final String LIST = "enforcement/public-plans";

	static final String DETAIL = "enforcement/public-plan";

	private final PublicPlans plans;

	PublicPlanController(PublicPlans plans) {
		this.plans = plans;
	}

	@GetMapping("/verify/plans")
	String list(Model model) {
		model.addAttribute("plans", this.plans.recent(50));
		return LIST;
	}

	@GetMapping("/verify/plans/{code}")
	String show(@PathVariable String code, Model model) {
		model.addAttribute("plan", this.plans.find(code).orElseThrow(() -> new NotFoundException("plan", code)));
		model.addAttribute("recomputation", this.plans.recompute(code).orElse(null));
		return DETAIL;
	}

	@GetMapping("/verify/plans/{code}/inputs.txt")
	ResponseEntity<byte[]> inputs(@PathVariable String code) {
		return text(code + "-inputs.txt", this.plans.inputs(code).orElseThrow(() -> new NotFoundException("plan", code)));
	}

	@GetMapping("/verify/plans/{code}/result.txt")
	ResponseEntity<byte[]> result(@PathVariable String code) {
		return text(code + "-result.txt", this.plans.result(code).orElseThrow(() -> new NotFoundException("plan", code)));
	}

	private static ResponseEntity<byte[]> text(String name, String content) {
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
			.header("Content-Disposition", "attachment; filename=\"" + name + "\"")
			.header("X-Content-Type-Options", "nosniff")
			.body(content.getBytes(StandardCharsets.UTF_8));
	}

}
