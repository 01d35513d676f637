package org.ohsonline.cdcmonitoring.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.ohsonline.cdcmonitoring.Assignee;
import org.ohsonline.cdcmonitoring.MonitoringProjects;
import org.ohsonline.cdcmonitoring.ProjectView;
import org.ohsonline.cdcmonitoring.TaskCommand;
import org.ohsonline.reference.HazardFactor;
import org.ohsonline.reference.HazardFactors;
import org.ohsonline.reference.Industries;
import org.ohsonline.reference.Industry;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.InvalidInputException;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A monitoring project's page: its targets, the draw with its published inputs, the sample, the tasks (assigned
 * here by the CDC that owns the project) and the quality-control re-checks, each limited to the reader's counties.
 */
@Controller
@PreAuthorize("hasAuthority('cdcmonitoring:project:read')")
class MonitoringProjectPageController {

	static final String DETAIL = "cdcmonitoring/project";

	private final MonitoringProjects projects;

	private final Industries industries;

	private final HazardFactors factors;

	MonitoringProjectPageController(MonitoringProjects projects, Industries industries, HazardFactors factors) {
		this.projects = projects;
		this.industries = industries;
		this.factors = factors;
	}

	@GetMapping("/cdc/monitoring-projects/{id}")
	String detail(Actor actor, @PathVariable long id, Model model) {
		ProjectView project = this.projects.find(actor, id);
		boolean owner = actor.can("cdcmonitoring:project:write") && actor.scope().coversRegion(project.regionCode());
		model.addAttribute("project", project);
		model.addAttribute("owner", owner);
		model.addAttribute("industryNames", project.industries()
			.stream()
			.collect(Collectors.toMap(c -> c, c -> this.industries.findIndustry(c).map(Industry::name).orElse(c), (a, b) -> a,
					java.util.LinkedHashMap::new)));
		model.addAttribute("hazardNames", project.hazards()
			.stream()
			.collect(Collectors.toMap(c -> c, c -> this.factors.findFactor(c).map(HazardFactor::name).orElse(c), (a, b) -> a,
					java.util.LinkedHashMap::new)));
		model.addAttribute("tasksByCounty", project.tasks().stream().collect(Collectors.toMap(t -> t.countyCode(), t -> t)));
		model.addAttribute("assignable", owner && !project.closed() ? this.projects.assignable(actor, id) : List.of());
		model.addAttribute("assignees", Assignee.values());
		model.addAttribute("today", LocalDate.now(ZoneId.of("Asia/Shanghai")));
		return DETAIL;
	}

	@PostMapping("/cdc/monitoring-projects/{id}/draw")
	@PreAuthorize("hasAuthority('cdcmonitoring:project:write')")
	String draw(Actor actor, @PathVariable long id, RedirectAttributes redirect) {
		return act(id, redirect, "cdcmonitoring.draw.flash", () -> this.projects.draw(actor, id));
	}

	@PostMapping("/cdc/monitoring-projects/{id}/close")
	@PreAuthorize("hasAuthority('cdcmonitoring:project:write')")
	String close(Actor actor, @PathVariable long id, @RequestParam(required = false) String note, RedirectAttributes redirect) {
		return act(id, redirect, "cdcmonitoring.close.flash", () -> this.projects.close(actor, id, note));
	}

	@GetMapping("/cdc/monitoring-projects/{id}/summary.pdf")
	ResponseEntity<byte[]> summary(Actor actor, @PathVariable long id) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("monitoring-project-" + id + "-summary.pdf").build().toString())
			.body(this.projects.summaryPdf(actor, id));
	}

	@GetMapping("/cdc/monitoring-projects/{id}/inputs.txt")
	ResponseEntity<byte[]> inputs(Actor actor, @PathVariable long id) {
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("monitoring-project-" + id + "-inputs.txt").build().toString())
			.body(this.projects.inputs(actor, id).getBytes(StandardCharsets.UTF_8));
	}

	@PostMapping("/cdc/monitoring-projects/{id}/tasks")
	@PreAuthorize("hasAuthority('cdcmonitoring:project:write')")
	String assign(Actor actor, @PathVariable long id, @RequestParam(required = false) String countyCode,
			@RequestParam(required = false) String assignee, @RequestParam(required = false) Long agencyId,
			@RequestParam(required = false) String dueOn, RedirectAttributes redirect) {
		return act(id, redirect, "cdcmonitoring.task.flash", () -> {
			LocalDate due;
			try {
				due = Text.blankToNull(dueOn) == null ? null : LocalDate.parse(dueOn.trim());
			}
			catch (java.time.format.DateTimeParseException ex) {
				throw InvalidInputException.of("dueOn", "cdcmonitoring.task.dueOn");
			}
			String a = Text.enumName(assignee, Assignee.class);
			Assignee who = a == null ? null : Assignee.valueOf(a);
			return this.projects.assign(actor, id, new TaskCommand(countyCode, who, who == Assignee.AGENCY ? agencyId : null, due));
		});
	}

	private static String act(long id, RedirectAttributes redirect, String flashKey, Supplier<?> action) {
		try {
			action.get();
			redirect.addFlashAttribute("flashKey", flashKey);
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("actionErrors", ex.errors());
		}
		return "redirect:/cdc/monitoring-projects/" + id;
	}

}
