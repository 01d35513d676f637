package org.ohsonline.testing.web;

import java.nio.charset.StandardCharsets;

import org.ohsonline.shared.Actor;
import org.ohsonline.shared.InvalidInputException;
import org.ohsonline.testing.ReportView;
import org.ohsonline.testing.TestingReports;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A job's issued reports: download any edition as issued; the agency's reviewers reissue with a reason. */
@Controller
@PreAuthorize("hasAuthority('testing:job:read')")
class ReportController {

	private final TestingReports reports;

	ReportController(TestingReports reports) {
		this.reports = reports;
	}

	@GetMapping("/testing/reports/{id}/report.pdf")
	ResponseEntity<byte[]> download(Actor actor, @PathVariable long id) {
		byte[] pdf = this.reports.pdf(actor, id);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename("report-" + id + ".pdf", StandardCharsets.UTF_8).build().toString())
			.body(pdf);
	}

	@PostMapping("/testing/jobs/{id}/reissue")
	@PreAuthorize("hasAuthority('testing:job:review')")
	String reissue(Actor actor, @PathVariable long id, @RequestParam(required = false) String reason,
			RedirectAttributes redirect) {
		try {
			ReportView issued = this.reports.reissue(actor, id, reason);
			redirect.addFlashAttribute("flashKey", "testing.reports.reissuedDone");
			redirect.addFlashAttribute("reissued", issued.number());
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("reissueError", ex.errors().get(0));
		}
		return "redirect:/testing/jobs/" + id + "#reports";
	}

}
