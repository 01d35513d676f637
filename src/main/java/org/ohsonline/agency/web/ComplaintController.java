package org.ohsonline.agency.web;

import java.time.LocalDate;

import org.ohsonline.agency.AgencyComplaints;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.InvalidInputException;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 投诉与处罚 on an organisation's page: supervisors record verified complaints and penalty decisions. */
@Controller
class ComplaintController {

	private final AgencyComplaints complaints;

	ComplaintController(AgencyComplaints complaints) {
		this.complaints = complaints;
	}

	@PostMapping("/agencies/{id}/complaints")
	@PreAuthorize("hasAuthority('agency:complaint:write')")
	String complaint(Actor actor, @PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate receivedOn,
			@RequestParam(required = false) String source, @RequestParam(required = false) String summary,
			RedirectAttributes redirect) {
		try {
			this.complaints.recordComplaint(actor, id, new AgencyComplaints.ComplaintCommand(receivedOn, source, summary));
			redirect.addFlashAttribute("flashKey", "agency.complaint.recordedDone");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("actionErrors", ex.errors());
		}
		return "redirect:/agencies/" + id + "?tab=complaints";
	}

	@PostMapping("/agencies/{id}/penalties")
	@PreAuthorize("hasAuthority('agency:complaint:write')")
	String penalty(Actor actor, @PathVariable long id, @RequestParam(required = false) String decisionNumber,
			@RequestParam(required = false) String article,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate decidedOn,
			@RequestParam(required = false) String summary, @RequestParam(required = false) MultipartFile document,
			RedirectAttributes redirect) {
		try {
			this.complaints.recordPenalty(actor, id, new AgencyComplaints.PenaltyCommand(decisionNumber, article,
					decidedOn, summary, QualityController.upload(document)));
			redirect.addFlashAttribute("flashKey", "agency.penalty.recordedDone");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("actionErrors", ex.errors());
		}
		return "redirect:/agencies/" + id + "?tab=complaints";
	}

	/** A penalty decision, never inline. */
	@GetMapping("/agencies/penalties/{id}/document")
	@PreAuthorize("hasAuthority('agency:rating:read')")
	ResponseEntity<byte[]> document(Actor actor, @PathVariable long id) {
		return QualityController.attachment(this.complaints.penaltyDocument(actor, id));
	}

}
