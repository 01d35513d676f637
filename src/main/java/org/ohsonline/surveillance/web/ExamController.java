package org.ohsonline.surveillance.web;

import org.ohsonline.shared.Actor;
import org.ohsonline.surveillance.Exams;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** One exam: results, conclusions, threshold shift, and its report. */
@Controller
@PreAuthorize("hasAuthority('surveillance:exam:read')")
class ExamController {

	static final String DETAIL = "surveillance/exam";

	private final Exams exams;

	ExamController(Exams exams) {
		this.exams = exams;
	}

	@GetMapping("/surveillance/exams/{id}")
	String show(Actor actor, @PathVariable long id, Model model) {
		model.addAttribute("exam", this.exams.find(actor, id));
		model.addAttribute("frequencies", java.util.List.of(500, 1000, 2000, 3000, 4000, 6000));
		return DETAIL;
	}

	/** The report as issued with the conclusion (an older exam's by its institution's staff, on request). */
	@GetMapping("/surveillance/exams/{id}/report.pdf")
	ResponseEntity<byte[]> report(Actor actor, @PathVariable long id) {
		byte[] pdf = this.exams.report(actor, id);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"exam-report-" + id + ".pdf\"")
			.body(pdf);
	}

}
