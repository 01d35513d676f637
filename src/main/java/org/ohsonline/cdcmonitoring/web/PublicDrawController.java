package org.ohsonline.cdcmonitoring.web;

import java.nio.charset.StandardCharsets;

import org.ohsonline.cdcmonitoring.MonitoringProjects;
import org.ohsonline.cdcmonitoring.PublishedDraw;
import org.ohsonline.shared.NotFoundException;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The public page of a monitoring project's draw, for anyone without login under {@code /verify/monitoring-draws}:
 * the algorithm, seed and digests, the inputs file, and the employers drawn in the draw's order, so that anyone can
 * redo it (docs/tools/redo_cdc_sample.py). No person is named; employers appear as the register of legal entities
 * publishes them. A project not drawn yet is not found.
 */
@Controller
class PublicDrawController {

	private final MonitoringProjects projects;

	PublicDrawController(MonitoringProjects projects) {
		this.projects = projects;
	}

	private PublishedDraw published(long id) {
		return this.projects.published(id).orElseThrow(() -> new NotFoundException("monitoring-draw", id));
	}

	@GetMapping("/verify/monitoring-draws/{id}")
	String show(@PathVariable long id, Model model) {
		model.addAttribute("published", published(id));
		return "cdcmonitoring/public-draw";
	}

	@GetMapping("/verify/monitoring-draws/{id}/inputs.txt")
	ResponseEntity<byte[]> inputs(@PathVariable long id) {
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
			.header("Content-Disposition", "attachment; filename=\"monitoring-project-" + id + "-inputs.txt\"")
			.header("X-Content-Type-Options", "nosniff")
			.body(published(id).inputs().getBytes(StandardCharsets.UTF_8));
	}

}
