package org.ohsonline.registry.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletResponse;

import org.ohsonline.reference.Divisions;
import org.ohsonline.reference.HazardFactors;
import org.ohsonline.reference.Industries;
import org.ohsonline.registry.Employers;
import org.ohsonline.registry.EmploymentView;
import org.ohsonline.registry.ExposureView;
import org.ohsonline.registry.WorkerView;
import org.ohsonline.registry.Workers;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.InvalidInputException;
import org.ohsonline.shared.Scope;
import org.ohsonline.shared.web.RecordSection;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The worker's record (一人一档) and the lookup by identity number. The number travels only in
 * POST bodies (URLs end up in logs and browser history) and is shown in full only on the response
 * to a reveal, which no cache may keep.
 */
@Controller
@PreAuthorize("hasAuthority('registry:worker:read')")
class WorkerController {

	static final String DETAIL = "registry/worker";

	static final String LOOKUP = "registry/workers";

	private final Workers workers;

	private final Timelines timelines;

	private final RecordSections sections;

	private final Divisions divisions;

	private final Industries industries;

	private final HazardFactors hazards;

	private final Employers employers;

	WorkerController(Workers workers, Timelines timelines, RecordSections sections, Divisions divisions,
			Industries industries, HazardFactors hazards, Employers employers) {
		this.employers = employers;
		this.workers = workers;
		this.timelines = timelines;
		this.sections = sections;
		this.divisions = divisions;
		this.industries = industries;
		this.hazards = hazards;
	}

	@GetMapping("/workers")
	String lookupForm() {
		return LOOKUP;
	}

	/**
	 * Finds a worker by identity number in the actor's scope; an institution's staff, whom the
	 * worker gives their number and name in person, find them by both (and the record opens to the
	 * institution for a while, audited).
	 */
	@PostMapping("/workers/lookup")
	String lookup(Actor actor, @RequestParam(required = false) String idNumber,
			@RequestParam(required = false) String name, Model model, HttpServletResponse response) {
		Optional<WorkerView> found;
		try {
			found = this.workers.identify(actor, idNumber, name);
		}
		catch (InvalidInputException ex) {
			model.addAttribute("lookupError", ex.errors().get(0));
			response.setStatus(422);
			return LOOKUP;
		}
		if (found.isEmpty()) {
			model.addAttribute("notFound", true);
			return LOOKUP;
		}
		return "redirect:/workers/" + found.get().id();
	}

	/** 我的档案: a worker who logs in goes straight to their own record. */
	@GetMapping("/workers/mine")
	String mine(Actor actor) {
		return "redirect:/workers/" + this.workers.own(actor)
			.orElseThrow(() -> new org.ohsonline.shared.NotFoundException("worker", "of this login"))
			.id();
	}

	/** The worker opens (or withdraws) their history at other employers to one of their current employers. */
	@PostMapping("/workers/mine/history-sharing")
	String shareHistory(Actor actor, @RequestParam(required = false) Long employerId,
			@RequestParam(required = false) Boolean share,
			RedirectAttributes redirect) {
		this.workers.shareHistory(actor, employerId, share);
		redirect.addFlashAttribute("flashKey",
				Boolean.TRUE.equals(share) ? "registry.consent.grantedDone" : "registry.consent.revokedDone");
		return "redirect:/workers/mine";
	}

	@GetMapping("/workers/{id}")
	String show(Actor actor, @PathVariable long id, Model model) {
		return page(actor, id, model);
	}

	/** Shows the full number once, on this response only; the service audits the reveal. */
	@PostMapping("/workers/{id}/reveal")
	@PreAuthorize("hasAuthority('registry:worker:reveal')")
	String reveal(Actor actor, @PathVariable long id, Model model, HttpServletResponse response) {
		String revealed = this.workers.revealIdNumber(actor, id);
		response.setHeader("Cache-Control", "no-store");
		response.setHeader("Pragma", "no-cache");
		model.addAttribute("revealedIdNumber", revealed);
		return page(actor, id, model);
	}

	private boolean owns(Actor actor, long employerId) {
		return this.employers.byCreditCode(actor.scope().value()).map(e -> e.id() == employerId).orElse(false);
	}

	private String page(Actor actor, long id, Model model) {
		model.addAttribute("worker", this.workers.find(actor, id));
		List<EmploymentView> employments = this.workers.employments(actor, id);
		model.addAttribute("employments", employments);
		if (actor.can("registry:worker:write")) {
			// The change-of-post form of each current employment lists the employer's posts.
			Map<Long, List<EmploymentController.PostOption>> posts = new HashMap<>();
			// Only employments at employers the actor holds (a confirmed host sees the worker, not the
			// employer of record's posts).
			employments.stream()
				.filter(EmploymentView::current)
				.filter(e -> actor.scope().kind() != Scope.Kind.EMPLOYER || owns(actor, e.employerId()))
				.forEach(e -> posts.computeIfAbsent(e.employerId(),
						employer -> EmploymentController.posts(this.employers, actor, employer)));
			model.addAttribute("postOptions", posts);
		}
		if (actor.scope().kind() == Scope.Kind.PERSON) {
			model.addAttribute("sharing", this.workers.historySharedWith(actor, id));
		}
		if (actor.scope().kind() == Scope.Kind.EMPLOYER) {
			// Without the worker's consent the employer reads only its own part of the history.
			long own = this.employers.byCreditCode(actor.scope().value()).map(e -> e.id()).orElse(-1L);
			model.addAttribute("ownPartOnly", !this.workers.historySharedWith(actor, id).contains(own));
		}
		List<ExposureView> exposures = this.workers.exposures(actor, id);
		model.addAttribute("exposures", exposures);
		model.addAttribute("openable", openable(actor, employments, exposures));
		model.addAttribute("timeline", this.timelines.worker(actor, id));
		List<RecordSection> visible = this.sections.visible(actor, RecordSection.Subject.WORKER);
		visible.forEach(section -> model.addAllAttributes(section.model(actor, id)));
		model.addAttribute("sections", visible);
		model.addAttribute("names", new Names(this.divisions, this.industries, this.hazards));
		return DETAIL;
	}

	/**
	 * The employers of the record whose case the actor may open: a link to any other would end in
	 * 403 (a worker reads no employer's case) or 404 (another employer of a shared history), so
	 * those are shown as plain names.
	 */
	private Set<Long> openable(Actor actor, List<EmploymentView> employments,
			List<ExposureView> exposures) {
		if (!actor.can("registry:employer:read")) {
			return Set.of();
		}
		return Stream
			.concat(employments.stream().map(EmploymentView::employerId), exposures.stream().map(x -> x.employerId()))
			.distinct()
			.filter(employer -> this.employers.inScope(actor, employer).isPresent())
			.collect(Collectors.toSet());
	}

}
