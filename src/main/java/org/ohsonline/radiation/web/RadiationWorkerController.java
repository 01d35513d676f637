package org.ohsonline.radiation.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import org.ohsonline.agency.AgencyKind;
import org.ohsonline.agency.Agencies;
import org.ohsonline.radiation.RadiationFilter;
import org.ohsonline.radiation.RadiationWorkerCommand;
import org.ohsonline.radiation.RadiationWorkerView;
import org.ohsonline.radiation.RadiationWorkers;
import org.ohsonline.radiation.DoseRecords;
import org.ohsonline.radiation.internal.Categories;
import org.ohsonline.reference.Divisions;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.InvalidInputException;
import org.ohsonline.shared.PageQuery;
import org.ohsonline.shared.Scope;
import org.ohsonline.shared.web.SpreadsheetExport;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Radiation workers: the list in the caller's scope with its export, marking a worker of the employer's register
 * (category, post, dosimetry service, monitoring from), and a worker's page with their dose records in full (audited),
 * alerts and gaps.
 */
@Controller
@PreAuthorize("hasAuthority('radiation:worker:read')")
class RadiationWorkerController {

	private final RadiationWorkers workers;

	private final DoseRecords doses;

	private final Categories categories;

	private final Agencies agencies;

	private final Divisions divisions;

	private final MessageSource messages;

	RadiationWorkerController(RadiationWorkers workers, DoseRecords doses, Categories categories, Agencies agencies,
			Divisions divisions, MessageSource messages) {
		this.workers = workers;
		this.doses = doses;
		this.categories = categories;
		this.agencies = agencies;
		this.divisions = divisions;
		this.messages = messages;
	}

	@ModelAttribute("filter")
	RadiationFilter filter(@RequestParam(required = false) String region, @RequestParam(required = false) String q,
			@RequestParam(required = false) String period, @RequestParam(required = false) String status,
			@RequestParam(required = false) String category) {
		return new RadiationFilter(region, q, period, status, category);
	}

	@GetMapping("/radiation/workers")
	String list(Actor actor, @ModelAttribute("filter") RadiationFilter filter, @RequestParam(required = false) Integer page,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		model.addAttribute("page", this.workers.search(actor, filter, PageQuery.of(page, 20)));
		model.addAttribute("categories", this.categories.inForce(LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"))));
		String query = ListLinks.query(filter);
		model.addAttribute("base", "/radiation/workers?" + query);
		model.addAttribute("exportUrl", "/radiation/workers/export.xlsx?" + query);
		model.addAttribute("canMark", actor.can("radiation:worker:write") && actor.scope().kind() == Scope.Kind.EMPLOYER);
		return htmx != null ? "radiation/workers :: results" : "radiation/workers";
	}

	@GetMapping("/radiation/workers/export.xlsx")
	void export(Actor actor, @ModelAttribute("filter") RadiationFilter filter, Locale locale, HttpServletResponse response) {
		SpreadsheetExport sheet = SpreadsheetExport.attachment(response, "radiation-workers.xlsx", word("radiation.worker.title", locale),
				List.of(word("radiation.worker.name", locale), word("radiation.worker.idNumber", locale),
						word("radiation.employer", locale), word("radiation.region", locale), word("radiation.worker.category", locale),
						word("radiation.worker.agency", locale), word("radiation.worker.from", locale), word("radiation.worker.to", locale)));
		this.workers.forEach(actor, filter, w -> sheet.row(w.nameMasked(), w.idNumberMasked(), w.employerName(),
				this.divisions.fullName(w.regionCode()), w.categoryCode() + " " + w.categoryName(), w.agencyName(), w.monitoredFrom(),
				w.monitoredTo() == null ? "" : w.monitoredTo()));
		sheet.finish();
	}

	@GetMapping("/radiation/workers/new")
	@PreAuthorize("hasAuthority('radiation:worker:write')")
	String form(Actor actor, Model model) {
		return form(actor, model, new RadiationWorkerCommand(null, null, null, null, null, null), List.of());
	}

	private String form(Actor actor, Model model, RadiationWorkerCommand command, List<InvalidInputException.FieldError> errors) {
		Optional<Long> employer = this.workers.ownEmployer(actor);
		model.addAttribute("command", command);
		model.addAttribute("errors", errors);
		model.addAttribute("categories", this.categories.inForce(LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"))));
		// The province's dosimetry services: the published directory, limited to the caller's province.
		String province = actor.regionCode() == null || actor.regionCode().length() < 2 ? "" : actor.regionCode().substring(0, 2);
		model.addAttribute("agencies", this.agencies.directory(AgencyKind.SERVICE_AGENCY)
			.stream()
			.filter(a -> a.regionCode() != null && a.regionCode().startsWith(province))
			.toList());
		model.addAttribute("posts", employer.map(id -> this.workers.posts(actor, id)).orElse(List.of()));
		model.addAttribute("ownEmployer", employer.orElse(null));
		return "radiation/worker-form";
	}

	@PostMapping("/radiation/workers/new")
	@PreAuthorize("hasAuthority('radiation:worker:write')")
	String mark(Actor actor, @RequestParam(required = false) Long employerId, @RequestParam(required = false) String idNumber,
			@RequestParam(required = false) String categoryCode, @RequestParam(required = false) Long postId,
			@RequestParam(required = false) Long agencyId, @RequestParam(required = false) LocalDate monitoredFrom, Model model,
			RedirectAttributes redirect) {
		RadiationWorkerCommand command = new RadiationWorkerCommand(employerId, idNumber, categoryCode, postId, agencyId, monitoredFrom);
		try {
			RadiationWorkerView view = this.workers.mark(actor, command);
			redirect.addFlashAttribute("flashKey", "radiation.worker.marked");
			return "redirect:/radiation/workers/" + view.id();
		}
		catch (InvalidInputException ex) {
			return form(actor, model, command, ex.errors());
		}
	}

	@GetMapping("/radiation/workers/{id}")
	String show(Actor actor, @PathVariable long id, Model model) {
		RadiationWorkerView worker = this.workers.find(actor, id);
		model.addAttribute("worker", worker);
		boolean doses = actor.can("radiation:dose:read");
		model.addAttribute("doses", doses ? this.doses.ofWorker(actor, id) : List.of());
		model.addAttribute("alerts", doses ? this.doses.alertsOfWorker(actor, id) : List.of());
		model.addAttribute("canEnd", actor.can("radiation:worker:write") && worker.monitoredTo() == null
				&& (actor.scope().kind() == Scope.Kind.EMPLOYER || actor.scope().kind() == Scope.Kind.REGION));
		model.addAttribute("canEnter", actor.can("radiation:dose:write") && actor.scope().kind() == Scope.Kind.AGENCY);
		return "radiation/worker";
	}

	@PostMapping("/radiation/workers/{id}/end")
	@PreAuthorize("hasAuthority('radiation:worker:write')")
	String end(Actor actor, @PathVariable long id, @RequestParam(required = false) LocalDate monitoredTo, RedirectAttributes redirect) {
		try {
			this.workers.end(actor, id, monitoredTo);
			redirect.addFlashAttribute("flashKey", "radiation.worker.endedFlash");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("actionErrors", ex.errors());
		}
		return "redirect:/radiation/workers/" + id;
	}

	private String word(String key, Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

}
