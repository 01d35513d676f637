package org.ohsonline.risk.api;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.ohsonline.risk.AssessmentView;
import org.ohsonline.risk.Classification;
import org.ohsonline.risk.HazardLevel;
import org.ohsonline.risk.Light;
import org.ohsonline.risk.ManagementGrade;
import org.ohsonline.risk.Portrait;
import org.ohsonline.risk.PortraitFilter;
import org.ohsonline.risk.PortraitSummary;
import org.ohsonline.risk.RiskClass;
import org.ohsonline.risk.RiskPortraits;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.Page;
import org.ohsonline.shared.PageQuery;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Risk portraits and classes with their explanations, within the token owner's scope. */
@RestController
@RequestMapping("/api/v1/risk")
@Tag(name = "Risk classification", description = "Portraits (一企一案), classes 甲/乙/丙 (甲 lowest risk) with inputs, rule path and edition")
class RiskApi {

	private final RiskPortraits portraits;

	RiskApi(RiskPortraits portraits) {
		this.portraits = portraits;
	}

	@GetMapping("/classes")
	@Operation(summary = "Employers and their classes in scope, highest risk first")
	Page<PortraitSummary> classes(Actor actor, @RequestParam(required = false) String q,
			@RequestParam(required = false) String region, @RequestParam(required = false) RiskClass riskClass,
			@RequestParam(required = false) Light light, @RequestParam(required = false) HazardLevel hazardLevel,
			@RequestParam(required = false) ManagementGrade grade, @RequestParam(required = false) Boolean overridden,
			@RequestParam(required = false) String sort, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return this.portraits.search(actor,
				new PortraitFilter(q, region, riskClass, light, hazardLevel, grade, overridden, sort),
				PageQuery.of(page, size));
	}

	@GetMapping("/employers/{id}/portrait")
	@Operation(summary = "The employer's risk portrait: every fact with its date and source, the class, open items")
	Portrait portrait(Actor actor, @PathVariable long id) {
		return this.portraits.portrait(actor, id);
	}

	@GetMapping("/employers/{id}/classification")
	@Operation(summary = "The class in force with its inputs, rule path, catalog edition and what-ifs")
	Classification classification(Actor actor, @PathVariable long id) {
		return this.portraits.classification(actor, id);
	}

	@GetMapping("/employers/{id}/history")
	@Operation(summary = "The history of classes, newest first, with what triggered each")
	List<AssessmentView> history(Actor actor, @PathVariable long id) {
		return this.portraits.history(actor, id);
	}

}
