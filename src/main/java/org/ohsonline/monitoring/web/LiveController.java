package org.ohsonline.monitoring.web;

import java.util.List;

import org.ohsonline.monitoring.AlertFilter;
import org.ohsonline.monitoring.Alerts;
import org.ohsonline.monitoring.Devices;
import org.ohsonline.monitoring.internal.LiveQueries;
import org.ohsonline.registry.Employers;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.PageQuery;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The live views: post lights of a jurisdiction, or of one employer with a chart per device. The
 * lights are a fragment that htmx polls every 15 seconds; charts fetch their series as JSON.
 */
@Controller
@PreAuthorize("hasAuthority('monitoring:reading:read')")
class LiveController {

	static final String LIVE = "monitoring/live";

	static final String EMPLOYER = "monitoring/employer-live";

	private final LiveQueries live;

	private final Alerts alerts;

	private final Devices devices;

	private final Employers employers;

	LiveController(LiveQueries live, Alerts alerts, Devices devices, Employers employers) {
		this.live = live;
		this.alerts = alerts;
		this.devices = devices;
		this.employers = employers;
	}

	@GetMapping("/monitoring")
	String jurisdiction(Actor actor, @RequestParam(required = false) String region, Model model) {
		model.addAttribute("region", region);
		model.addAttribute("lights", this.live.lights(actor, region, null));
		model.addAttribute("limit", LiveQueries.POST_LIMIT);
		if (actor.can("monitoring:alert:read")) {
			model.addAttribute("openAlerts",
					this.alerts.search(actor, new AlertFilter(region, null, null, null, "open"), PageQuery.of(1, 1))
						.total());
		}
		return LIVE;
	}

	@GetMapping("/monitoring/lights")
	String lights(Actor actor, @RequestParam(required = false) String region,
			@RequestParam(required = false) Long employerId, Model model) {
		model.addAttribute("region", region);
		model.addAttribute("employerId", employerId);
		model.addAttribute("lights", this.live.lights(actor, region, employerId));
		return LIVE + " :: lights";
	}

	@GetMapping("/monitoring/employers/{id}")
	String employer(Actor actor, @PathVariable long id, Model model) {
		model.addAttribute("employer", this.employers.find(actor, id));
		model.addAttribute("employerId", id);
		model.addAttribute("lights", this.live.lights(actor, null, id));
		model.addAttribute("devices", this.devices.search(actor, null, id, null, PageQuery.of(1, 200)).items());
		return EMPLOYER;
	}

	@GetMapping("/monitoring/devices/{id}/series")
	@ResponseBody
	List<LiveQueries.Point> series(Actor actor, @PathVariable long id, @RequestParam(defaultValue = "8") int hours) {
		return this.live.series(actor, id, Math.max(1, Math.min(hours, 24 * 30)));
	}

}
