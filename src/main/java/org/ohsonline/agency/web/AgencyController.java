package org.ohsonline.agency.web;

import java.util.ArrayList;
import java.util.List;

import org.ohsonline.agency.Agencies;
import org.ohsonline.agency.AgencyComplaints;
import org.ohsonline.agency.QualitySampleFilter;
import org.ohsonline.agency.ReportQuality;
import org.ohsonline.agency.AgencyKind;
import org.ohsonline.agency.AgencyStaff;
import org.ohsonline.agency.AgencyStatus;
import org.ohsonline.agency.AgencyView;
import org.ohsonline.agency.Blacklist;
import org.ohsonline.agency.ClientEvaluations;
import org.ohsonline.agency.CreditLevel;
import org.ohsonline.agency.CreditRatings;
import org.ohsonline.agency.Engagements;
import org.ohsonline.agency.ExamType;
import org.ohsonline.reference.Divisions;
import org.ohsonline.reference.HazardFactors;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.PageQuery;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** An agency or institution: a header with identity, status and qualification clock, one tab per concern. */
@Controller
@PreAuthorize("hasAuthority('agency:agency:read')")
class AgencyController {

	static final String DETAIL = "agency/agency";

	private final Agencies agencies;

	private final AgencyStaff staff;

	private final Engagements engagements;

	private final Divisions divisions;

	private final HazardFactors hazards;

	private final CreditRatings ratings;

	private final ClientEvaluations evaluations;

	private final Blacklist blacklist;

	private final ReportQuality quality;

	private final AgencyComplaints complaints;

	AgencyController(Agencies agencies, AgencyStaff staff, Engagements engagements, Divisions divisions,
			HazardFactors hazards, CreditRatings ratings, ClientEvaluations evaluations, Blacklist blacklist,
			ReportQuality quality, AgencyComplaints complaints) {
		this.quality = quality;
		this.complaints = complaints;
		this.blacklist = blacklist;
		this.ratings = ratings;
		this.evaluations = evaluations;
		this.agencies = agencies;
		this.staff = staff;
		this.engagements = engagements;
		this.divisions = divisions;
		this.hazards = hazards;
	}

	@GetMapping("/agencies/{id}")
	String show(Actor actor, @PathVariable long id, @RequestParam(required = false) String tab, Model model) {
		AgencyView agency = this.agencies.find(actor, id);
		List<String> tabs = new ArrayList<>(agency.kind() == AgencyKind.EXAM_INSTITUTION
				? List.of("profile", "scope", "staff", "engagements", "capacity")
				: List.of("profile", "scope", "staff", "engagements"));
		if (actor.can("agency:rating:read")) {
			tabs.add("rating");
		}
		if (actor.can("agency:blacklist:read")) {
			tabs.add("blacklist");
		}
		if (actor.can("agency:quality:read")) {
			tabs.add("quality");
		}
		if (actor.can("agency:rating:read")) {
			tabs.add("complaints");
		}
		String shown = tab != null && tabs.contains(tab) ? tab : "profile";
		model.addAttribute("agency", agency);
		model.addAttribute("tabs", tabs);
		model.addAttribute("tab", shown);
		model.addAttribute("labels", new Labels(this.divisions, this.hazards));
		model.addAttribute("statuses", List.of(AgencyStatus.values()));
		model.addAttribute("examTypes", ExamType.values());
		switch (shown) {
			case "staff" -> model.addAttribute("staff", this.staff.staff(actor, id));
			case "engagements" -> model.addAttribute("engagements", this.engagements.ofAgency(actor, id));
			case "rating" -> {
				model.addAttribute("rating", this.ratings.current(actor, id).orElse(null));
				model.addAttribute("ratingHistory", this.ratings.history(actor, id));
				model.addAttribute("evaluationSummary", this.evaluations.summary(actor, id));
				model.addAttribute("levels", CreditLevel.values());
			}
			case "blacklist" -> model.addAttribute("blacklistEntries", this.blacklist.ofAgency(actor, id));
			case "quality" -> model.addAttribute("qualitySamples", this.quality.samples(actor,
					new QualitySampleFilter(null, null, null, id, null, null, null), PageQuery.of(1, 50)).items());
			case "complaints" -> {
				model.addAttribute("complaints", this.complaints.complaints(actor, id));
				model.addAttribute("penalties", this.complaints.penalties(actor, id));
			}
			default -> {
			}
		}
		return DETAIL;
	}

}
