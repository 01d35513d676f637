package org.ohsonline.promotion.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.ohsonline.promotion.HealthyEnterprises;
import org.ohsonline.promotion.ListedEnterprise;
import org.ohsonline.promotion.ModelEnterpriseView;
import org.ohsonline.promotion.ModelEnterprises;
import org.ohsonline.reference.Industries;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public portal's lists (anyone, logged in or not): the healthy enterprises of a year and the model
 * enterprises by industry, with the employers' licence facts only — no person is named.
 */
@Controller
class PublicPromotionController {

	private final HealthyEnterprises healthy;

	private final ModelEnterprises models;

	private final Industries industries;

	private final org.ohsonline.promotion.Champions champions;

	PublicPromotionController(HealthyEnterprises healthy, ModelEnterprises models, Industries industries,
			org.ohsonline.promotion.Champions champions) {
		this.champions = champions;
		this.healthy = healthy;
		this.models = models;
		this.industries = industries;
	}

	@GetMapping("/verify/healthy-enterprises")
	String healthy(@RequestParam(required = false) Integer year, Model model) {
		List<Integer> years = this.healthy.listedYears();
		int shown = year != null ? year : years.isEmpty() ? LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).getYear() : years.get(0);
		List<ListedEnterprise> listed = this.healthy.listed(shown, "");
		model.addAttribute("year", shown);
		model.addAttribute("years", years);
		model.addAttribute("listed", listed);
		return "promotion/public-healthy";
	}

	@GetMapping("/verify/health-champions")
	String champions(@RequestParam(required = false) Integer year, Model model) {
		int shown = year != null ? year : LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).getYear();
		model.addAttribute("year", shown);
		model.addAttribute("champions", this.champions.published(shown));
		return "promotion/public-champions";
	}

	@GetMapping("/verify/model-enterprises")
	String models(Model model) {
		Map<String, List<ModelEnterpriseView>> byIndustry = new TreeMap<>();
		for (ModelEnterpriseView m : this.models.published("")) {
			String key = m.industryCode() == null ? "" : m.industryCode().substring(0, Math.min(2, m.industryCode().length()));
			byIndustry.computeIfAbsent(key, k -> new java.util.ArrayList<>()).add(m);
		}
		Map<String, String> names = new TreeMap<>();
		byIndustry.keySet().forEach(code -> names.put(code,
				code.isEmpty() ? "" : this.industries.findIndustry(code).map(i -> i.name()).orElse(code)));
		model.addAttribute("byIndustry", byIndustry);
		model.addAttribute("industryNames", names);
		return "promotion/public-models";
	}

}
