package org.ohsonline.agency.web;

import java.util.List;

import org.ohsonline.agency.AgencyDirectory;
import org.ohsonline.agency.AgencyKind;
import org.ohsonline.agency.DirectoryFilter;
import org.ohsonline.agency.ExamType;
import org.ohsonline.agency.JobType;
import org.ohsonline.reference.Division;
import org.ohsonline.reference.Divisions;
import org.ohsonline.reference.HazardFactors;
import org.ohsonline.shared.PageQuery;
import org.ohsonline.shared.RegionCode;
import org.ohsonline.shared.Text;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * 机构名录: the public directory (anyone, logged in or not) of agencies and institutions with their qualification
 * scope, stars, credit level, date rated and blacklist status, searchable by region, service and hazard.
 */
@Controller
class PublicDirectoryController {

	/** The province the platform serves (the bundled divisions are Zhejiang's). */
	private static final String PROVINCE = "33";

	private final AgencyDirectory directory;

	private final Divisions divisions;

	private final HazardFactors hazards;

	PublicDirectoryController(AgencyDirectory directory, Divisions divisions, HazardFactors hazards) {
		this.directory = directory;
		this.divisions = divisions;
		this.hazards = hazards;
	}

	/** The cities of the province and their counties: a public page has no jurisdiction to narrow them. */
	private List<Division> areas() {
		return this.divisions.within(PROVINCE, RegionCode.Level.COUNTY)
			.stream()
			.filter(d -> !PROVINCE.equals(d.code()))
			.toList();
	}

	@GetMapping("/verify/agencies")
	String directory(@RequestParam(required = false) String q, @RequestParam(required = false) String area,
			@RequestParam(required = false) String kind, @RequestParam(required = false) String service,
			@RequestParam(required = false) String hazard, @RequestParam(required = false) Integer page, Model model) {
		DirectoryFilter filter = new DirectoryFilter(Text.blankToNull(q), Text.blankToNull(area),
				Text.enumName(kind, AgencyKind.class), Text.blankToNull(service), Text.blankToNull(hazard));
		model.addAttribute("filter", filter);
		var found = this.directory.search(filter, PageQuery.of(page, 20));
		Labels labels = new Labels(this.divisions, this.hazards);
		labels.preloadRegions(found.items().stream().map(e -> e.regionCode()).toList());
		model.addAttribute("directory", found);
		model.addAttribute("labels", labels);
		model.addAttribute("areas", areas());
		model.addAttribute("kinds", AgencyKind.values());
		model.addAttribute("jobTypes", JobType.values());
		model.addAttribute("examTypes", ExamType.values());
		model.addAttribute("base", "/verify/agencies?" + UriComponentsBuilder.newInstance()
			.queryParam("q", Text.nullToEmpty(filter.q()))
			.queryParam("area", Text.nullToEmpty(filter.area()))
			.queryParam("kind", Text.nullToEmpty(filter.kind()))
			.queryParam("service", Text.nullToEmpty(filter.service()))
			.queryParam("hazard", Text.nullToEmpty(filter.hazard()))
			.encode()
			.build()
			.getQuery());
		return "agency/public-directory";
	}

}
