package org.ohsonline.monitoring.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.ohsonline.monitoring.DeviceCommand;
import org.ohsonline.monitoring.DeviceView;
import org.ohsonline.monitoring.Devices;
import org.ohsonline.monitoring.IssuedDeviceToken;
import org.ohsonline.monitoring.internal.LiveQueries;
import org.ohsonline.registry.EmployerView;
import org.ohsonline.registry.Employers;
import org.ohsonline.registry.StructureViews;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.InvalidInputException;
import org.ohsonline.shared.PageQuery;

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

/** Device health (list and page with chart and table), registration, tokens and retirement. */
@Controller
@PreAuthorize("hasAuthority('monitoring:device:read')")
class DeviceController {

	static final String LIST = "monitoring/devices";

	static final String DETAIL = "monitoring/device";

	static final String FORM = "monitoring/device-form";

	private final Devices devices;

	private final Employers employers;

	private final LiveQueries live;

	DeviceController(Devices devices, Employers employers, LiveQueries live) {
		this.devices = devices;
		this.employers = employers;
		this.live = live;
	}

	@GetMapping("/monitoring/devices")
	String list(Actor actor, @RequestParam(required = false) String q, @RequestParam(required = false) String region,
			@RequestParam(required = false) Long employerId, @RequestParam(required = false) Integer page,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		model.addAttribute("page", this.devices.search(actor, region, employerId, q, PageQuery.of(page, 20)));
		model.addAttribute("q", q);
		model.addAttribute("region", region);
		model.addAttribute("base", UriComponentsBuilder.fromPath("/monitoring/devices")
			.queryParam("q", q == null ? "" : q)
			.queryParam("region", region == null ? "" : region)
			.encode()
			.toUriString());
		return htmx != null ? LIST + " :: results" : LIST;
	}

	@GetMapping("/monitoring/devices/{id}")
	String show(Actor actor, @PathVariable long id, Model model) {
		DeviceView device = this.devices.find(actor, id);
		model.addAttribute("device", device);
		model.addAttribute("rejections", this.devices.rejections(actor, id));
		if (actor.can("monitoring:reading:read")) {
			model.addAttribute("series", this.live.series(actor, id, 8));
		}
		return DETAIL;
	}

	@GetMapping("/monitoring/devices/new")
	@PreAuthorize("hasAuthority('monitoring:device:write')")
	String initCreationForm(Actor actor, @RequestParam long employerId, Model model) {
		return form(actor, employerId, Map.of(), Map.of(), model);
	}

	@PostMapping("/monitoring/devices")
	@PreAuthorize("hasAuthority('monitoring:device:write')")
	String processCreationForm(Actor actor, @RequestParam long employerId, @RequestParam Map<String, String> values,
			Model model, RedirectAttributes redirect) {
		try {
			DeviceView device = this.devices.register(actor,
					new DeviceCommand(values.get("code"), values.get("name"), employerId, number(values.get("postId")),
							values.get("hazardCode"), values.get("unit"), values.get("dustFraction"),
							integer(values.get("samplingSeconds")), decimal(values.get("rangeMin")),
							decimal(values.get("rangeMax")), date(values.get("calibrationDue")),
							values.get("labourIntensity"), integer(values.get("timeShare")),
							"on".equals(values.get("hotOutdoor"))));
			redirect.addFlashAttribute("flashKey", "monitoring.device.registered");
			return "redirect:/monitoring/devices/" + device.id();
		}
		catch (InvalidInputException ex) {
			Map<String, List<InvalidInputException.FieldError>> errors = ex.errors()
				.stream()
				.collect(Collectors.groupingBy(e -> e.field() == null ? "" : e.field()));
			return form(actor, employerId, values, errors, model);
		}
	}

	private String form(Actor actor, long employerId, Map<String, String> values,
			Map<String, List<InvalidInputException.FieldError>> errors, Model model) {
		EmployerView employer = this.employers.find(actor, employerId);
		List<StructureViews.Site> sites = this.employers.structure(actor, employerId);
		model.addAttribute("employer", employer);
		model.addAttribute("sites", sites);
		model.addAttribute("values", values);
		model.addAttribute("errors", errors);
		model.addAttribute("intensities", org.ohsonline.reference.LabourIntensity.values());
		return FORM;
	}

	@PostMapping("/monitoring/devices/{id}/token")
	@PreAuthorize("hasAuthority('monitoring:device:write')")
	String issueToken(Actor actor, @PathVariable long id, RedirectAttributes redirect) {
		IssuedDeviceToken issued = this.devices.issueToken(actor, id);
		redirect.addFlashAttribute("issuedSecret", issued.secret());
		redirect.addFlashAttribute("flashKey", "monitoring.device.tokenIssued");
		return "redirect:/monitoring/devices/" + id;
	}

	@PostMapping("/monitoring/devices/{id}/retire")
	@PreAuthorize("hasAuthority('monitoring:device:write')")
	String retire(Actor actor, @PathVariable long id, RedirectAttributes redirect) {
		this.devices.retire(actor, id);
		redirect.addFlashAttribute("flashKey", "monitoring.device.retiredFlash");
		return "redirect:/monitoring/devices/" + id;
	}

	private static Long number(String value) {
		try {
			return value == null || value.isBlank() ? null : Long.valueOf(value.trim());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static Integer integer(String value) {
		Long n = number(value);
		return n == null || n > Integer.MAX_VALUE || n < Integer.MIN_VALUE ? null : n.intValue();
	}

	private static Double decimal(String value) {
		try {
			return value == null || value.isBlank() ? null : Double.valueOf(value.trim());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static LocalDate date(String value) {
		try {
			return value == null || value.isBlank() ? null : LocalDate.parse(value.trim());
		}
		catch (java.time.format.DateTimeParseException ex) {
			return null;
		}
	}

}
