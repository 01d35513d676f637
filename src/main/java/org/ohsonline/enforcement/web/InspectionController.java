package org.ohsonline.enforcement.web;

import java.util.ArrayList;
import java.util.List;

import org.ohsonline.enforcement.InspectionFile;
import org.ohsonline.enforcement.InspectionView;
import org.ohsonline.enforcement.Inspections;
import org.ohsonline.enforcement.Outcome;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.InvalidInputException;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An on-site inspection in the console, made for a tablet: one card per checklist item with large buttons for the
 * outcome, what was seen, the summary; recording issues the on-site record (现场检查笔录) as a PDF with its QR code.
 */
@Controller
@PreAuthorize("hasAuthority('enforcement:inspection:read')")
class InspectionController {

	static final String DETAIL = "enforcement/inspection";

	private final Inspections inspections;

	InspectionController(Inspections inspections) {
		this.inspections = inspections;
	}

	@InitBinder("form")
	void allowOnlyAnswers(WebDataBinder binder) {
		binder.setAllowedFields("answers*", "summary");
	}

	@PostMapping("/enforcement/plans/{id}/lines/{seq}/inspection")
	@PreAuthorize("hasAuthority('enforcement:inspection:write')")
	String start(Actor actor, @PathVariable long id, @PathVariable int seq) {
		return "redirect:/enforcement/inspections/" + this.inspections.start(actor, id, seq).id();
	}

	@GetMapping("/enforcement/inspections/{id}")
	String show(Actor actor, @PathVariable long id, Model model) {
		model.addAttribute("inspection", this.inspections.find(actor, id));
		model.addAttribute("outcomes", Outcome.values());
		return DETAIL;
	}

	@PostMapping("/enforcement/inspections/{id}")
	@PreAuthorize("hasAuthority('enforcement:inspection:write')")
	String save(Actor actor, @PathVariable long id, @ModelAttribute("form") InspectionForm form,
			RedirectAttributes redirect) {
		try {
			this.inspections.save(actor, id, form.inputs(), form.getSummary());
			redirect.addFlashAttribute("flashKey", "enforcement.inspection.saved");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("actionErrors", ex.errors());
		}
		return "redirect:/enforcement/inspections/" + id;
	}

	@PostMapping("/enforcement/inspections/{id}/files")
	@PreAuthorize("hasAuthority('enforcement:inspection:write')")
	String upload(Actor actor, @PathVariable long id,
			@org.springframework.web.bind.annotation.RequestParam(required = false) MultipartFile file,
			@org.springframework.web.bind.annotation.RequestParam(required = false) String itemCode,
			RedirectAttributes redirect) throws java.io.IOException {
		try {
			this.inspections.attach(actor, id, itemCode, file == null ? null : file.getOriginalFilename(),
					file == null ? null : file.getBytes());
			redirect.addFlashAttribute("flashKey", "enforcement.file.attached");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("actionErrors", ex.errors());
		}
		return "redirect:/enforcement/inspections/" + id;
	}

	/** Always an attachment with its sniffed type, never shown inline, streamed from the file. */
	@GetMapping("/enforcement/inspections/{id}/files/{fileId}")
	ResponseEntity<org.springframework.core.io.Resource> download(Actor actor, @PathVariable long id,
			@PathVariable long fileId) {
		return attachment(this.inspections.file(actor, id, fileId));
	}

	static ResponseEntity<org.springframework.core.io.Resource> attachment(InspectionFile file) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.contentType()))
			.contentLength(file.sizeBytes())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(file.fileName(), java.nio.charset.StandardCharsets.UTF_8)
						.build()
						.toString())
			.header("X-Content-Type-Options", "nosniff")
			.header("Content-Security-Policy", "sandbox")
			.body(file.resource());
	}

	@PostMapping("/enforcement/inspections/{id}/record")
	@PreAuthorize("hasAuthority('enforcement:inspection:write')")
	String record(Actor actor, @PathVariable long id, RedirectAttributes redirect) {
		try {
			this.inspections.record(actor, id);
			redirect.addFlashAttribute("flashKey", "enforcement.inspection.recorded");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("actionErrors", ex.errors());
		}
		return "redirect:/enforcement/inspections/" + id;
	}

	@GetMapping("/enforcement/inspections/{id}/record.pdf")
	ResponseEntity<byte[]> pdf(Actor actor, @PathVariable long id) {
		InspectionView inspection = this.inspections.find(actor, id);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("record-" + inspection.recordCode() + ".pdf").build().toString())
			.body(this.inspections.recordPdf(actor, id));
	}

	/** The inspection form: one answer per checklist item (outcome absent while unanswered) and the summary. */
	public static class InspectionForm {

		private List<AnswerForm> answers = new ArrayList<>();

		private String summary;

		public List<AnswerForm> getAnswers() {
			return this.answers;
		}

		public void setAnswers(List<AnswerForm> answers) {
			this.answers = answers;
		}

		public String getSummary() {
			return this.summary;
		}

		public void setSummary(String summary) {
			this.summary = summary;
		}

		List<Inspections.AnswerInput> inputs() {
			return this.answers.stream()
				.map(a -> a == null ? null : new Inspections.AnswerInput(a.getItemCode(), a.getOutcome(), a.getNote()))
				.toList();
		}

	}

	public static class AnswerForm {

		private String itemCode;

		private Outcome outcome;

		private String note;

		public String getItemCode() {
			return this.itemCode;
		}

		public void setItemCode(String itemCode) {
			this.itemCode = itemCode;
		}

		public Outcome getOutcome() {
			return this.outcome;
		}

		public void setOutcome(Outcome outcome) {
			this.outcome = outcome;
		}

		public String getNote() {
			return this.note;
		}

		public void setNote(String note) {
			this.note = note;
		}

	}

}
