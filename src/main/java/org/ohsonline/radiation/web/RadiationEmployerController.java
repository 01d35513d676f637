package org.ohsonline.radiation.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.ohsonline.radiation.LicenceCommand;
import org.ohsonline.radiation.RadiationWorkers;
import org.ohsonline.radiation.internal.Categories;
import org.ohsonline.registry.Employers;
import org.ohsonline.registry.StructureViews;
import org.ohsonline.shared.AccessDeniedException;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.InvalidInputException;
import org.ohsonline.shared.NotFoundException;
import org.ohsonline.shared.Scope;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An employer's radiation page: its radiation licence and its posts marked as radiation posts with their
 * category. The employer's own radiation manager keeps both; supervisors in scope read them.
 */
@Controller
@PreAuthorize("hasAuthority('radiation:worker:read')")
class RadiationEmployerController {

	private final RadiationWorkers workers;

	private final Employers employers;

	private final Categories categories;

	RadiationEmployerController(RadiationWorkers workers, Employers employers, Categories categories) {
		this.workers = workers;
		this.employers = employers;
		this.categories = categories;
	}

	@GetMapping("/radiation/employer")
	String own(Actor actor) {
		if (actor.scope().kind() != Scope.Kind.EMPLOYER) {
			throw new AccessDeniedException("radiation:worker:write");
		}
		long id = this.workers.ownEmployer(actor).orElseThrow(() -> new AccessDeniedException("radiation:worker:write"));
		return "redirect:/radiation/employers/" + id;
	}

	@GetMapping("/radiation/employers/{id}")
	String show(Actor actor, @PathVariable long id, Model model) {
		var employer = this.employers.inScope(actor, id).orElseThrow(() -> new NotFoundException("employer", id));
		model.addAttribute("employer", employer);
		model.addAttribute("licence", this.workers.licence(actor, id).orElse(null));
		model.addAttribute("marked", this.workers.posts(actor, id));
		boolean writes = actor.can("radiation:worker:write")
				&& (actor.scope().kind() == Scope.Kind.EMPLOYER || actor.scope().kind() == Scope.Kind.REGION);
		model.addAttribute("canWrite", writes);
		List<StructureViews.Post> posts = new ArrayList<>();
		if (writes && actor.can("registry:employer:read")) {
			for (StructureViews.Site site : this.employers.structure(actor, id)) {
				site.workshops().forEach(w -> posts.addAll(w.posts()));
			}
		}
		model.addAttribute("posts", posts);
		model.addAttribute("categories", this.categories.inForce(LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"))));
		return "radiation/employer";
	}

	@PostMapping("/radiation/employers/{id}/licence")
	@PreAuthorize("hasAuthority('radiation:worker:write')")
	String licence(Actor actor, @PathVariable long id, @RequestParam(required = false) String licenceNo,
			@RequestParam(required = false) String issuedBy, @RequestParam(required = false) LocalDate validFrom,
			@RequestParam(required = false) LocalDate validTo, RedirectAttributes redirect) {
		try {
			this.workers.saveLicence(actor, id, new LicenceCommand(licenceNo, issuedBy, validFrom, validTo));
			redirect.addFlashAttribute("flashKey", "radiation.licence.saved");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("actionErrors", ex.errors());
		}
		return "redirect:/radiation/employers/" + id;
	}

	@PostMapping("/radiation/employers/{id}/posts")
	@PreAuthorize("hasAuthority('radiation:worker:write')")
	String post(Actor actor, @PathVariable long id, @RequestParam(required = false) Long postId,
			@RequestParam(required = false) String categoryCode, RedirectAttributes redirect) {
		try {
			this.workers.markPost(actor, id, postId == null ? 0 : postId, categoryCode);
			redirect.addFlashAttribute("flashKey", "radiation.post.markedFlash");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("actionErrors", ex.errors());
		}
		return "redirect:/radiation/employers/" + id;
	}

}
