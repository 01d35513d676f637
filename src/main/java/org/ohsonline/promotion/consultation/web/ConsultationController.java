package org.ohsonline.promotion.consultation.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.ohsonline.promotion.consultation.Consultation;
import org.ohsonline.promotion.consultation.ConsultationStatus;
import org.ohsonline.promotion.consultation.Consultations;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.InvalidInputException;
import org.ohsonline.shared.PageQuery;
import org.ohsonline.shared.Text;
import org.ohsonline.shared.web.FormErrors;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/** Online consultation in the console: ask, the request list, answer, rate, and the expert team. */
@Controller
class ConsultationController {

	private static final String FORM = "consultation/form";

	private final Consultations consultations;

	ConsultationController(Consultations consultations) {
		this.consultations = consultations;
	}

	/** What an asker sends; files travel as multipart parts. */
	static class AskForm {

		private String fieldCode;

		private String title;

		private String body;

		private String contactPhone;

		public String getFieldCode() {
			return this.fieldCode;
		}

		public void setFieldCode(String fieldCode) {
			this.fieldCode = fieldCode;
		}

		public String getTitle() {
			return this.title;
		}

		public void setTitle(String title) {
			this.title = title;
		}

		public String getBody() {
			return this.body;
		}

		public void setBody(String body) {
			this.body = body;
		}

		public String getContactPhone() {
			return this.contactPhone;
		}

		public void setContactPhone(String contactPhone) {
			this.contactPhone = contactPhone;
		}

	}

	@InitBinder("askForm")
	void askFields(WebDataBinder binder) {
		binder.setAllowedFields("fieldCode", "title", "body", "contactPhone");
	}

	@GetMapping("/consultations")
	@PreAuthorize("hasAuthority('consultation:request:read')")
	String list(Actor actor, @RequestParam(required = false) String status, @RequestParam(required = false) String region,
			@RequestParam(required = false) Integer page, @RequestHeader(name = "HX-Request", required = false) String htmx,
			Model model) {
		String chosen = Text.enumName(status, ConsultationStatus.class);
		ConsultationStatus s = chosen == null ? null : ConsultationStatus.valueOf(chosen);
		model.addAttribute("page", this.consultations.search(actor, new Consultation.Filter(s, region), PageQuery.of(page, 20)));
		model.addAttribute("status", s);
		model.addAttribute("statuses", ConsultationStatus.values());
		model.addAttribute("region", region);
		model.addAttribute("base", UriComponentsBuilder.fromPath("/consultations")
			.queryParam("status", s == null ? "" : s.name())
			.queryParam("region", region == null ? "" : region)
			.encode()
			.toUriString());
		return htmx != null ? "consultation/list :: results" : "consultation/list";
	}

	@GetMapping("/consultations/new")
	@PreAuthorize("hasAuthority('consultation:request:ask')")
	String initCreationForm(Model model) {
		model.addAttribute("askForm", new AskForm());
		model.addAttribute("fields", this.consultations.fields());
		return FORM;
	}

	@PostMapping("/consultations/new")
	@PreAuthorize("hasAuthority('consultation:request:ask')")
	String processCreationForm(Actor actor, @ModelAttribute("askForm") AskForm form, BindingResult result,
			@RequestParam(name = "attachments", required = false) List<MultipartFile> attachments, Model model,
			RedirectAttributes redirect) {
		try {
			Consultation request = this.consultations.ask(actor, new Consultation.Command(form.getFieldCode(),
					form.getTitle(), form.getBody(), form.getContactPhone()), uploads(attachments));
			redirect.addFlashAttribute("flashKey", "consultation.asked");
			return "redirect:/consultations/" + request.id();
		}
		catch (InvalidInputException ex) {
			FormErrors.apply(ex, result);
			model.addAttribute("fields", this.consultations.fields());
			return FORM;
		}
	}

	private static List<Consultation.Upload> uploads(List<MultipartFile> files) {
		List<Consultation.Upload> uploads = new ArrayList<>();
		if (files != null) {
			for (MultipartFile file : files) {
				try {
					if (!file.isEmpty()) {
						uploads.add(new Consultation.Upload(file.getOriginalFilename(), file.getBytes()));
					}
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			}
		}
		return uploads;
	}

	@GetMapping("/consultations/{id}")
	@PreAuthorize("hasAuthority('consultation:request:read')")
	String request(Actor actor, @PathVariable long id, Model model) {
		model.addAttribute("request", this.consultations.find(actor, id));
		return "consultation/request";
	}

	@PostMapping("/consultations/{id}/answer")
	@PreAuthorize("hasAuthority('consultation:request:answer')")
	String answer(Actor actor, @PathVariable long id, @RequestParam(required = false) String answer,
			RedirectAttributes redirect) {
		try {
			this.consultations.answer(actor, id, answer);
			redirect.addFlashAttribute("flashKey", "consultation.answered");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("actionErrors", ex.errors());
		}
		return "redirect:/consultations/" + id;
	}

	@PostMapping("/consultations/{id}/rating")
	@PreAuthorize("hasAuthority('consultation:request:ask')")
	String rate(Actor actor, @PathVariable long id, @RequestParam(required = false) Integer rating,
			@RequestParam(required = false) String comment, RedirectAttributes redirect) {
		try {
			this.consultations.rate(actor, id, rating, comment);
			redirect.addFlashAttribute("flashKey", "consultation.rated");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("actionErrors", ex.errors());
		}
		return "redirect:/consultations/" + id;
	}

	@GetMapping("/consultations/{id}/attachments/{attachmentId}")
	@PreAuthorize("hasAuthority('consultation:request:read')")
	ResponseEntity<byte[]> attachment(Actor actor, @PathVariable long id, @PathVariable long attachmentId) {
		Consultation.File file = this.consultations.attachment(actor, id, attachmentId);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.header("Content-Security-Policy", "sandbox")
			.body(file.content());
	}

	@GetMapping("/consultations/experts")
	@PreAuthorize("hasAuthority('consultation:expert:write')")
	String experts(Actor actor, Model model) {
		model.addAttribute("experts", this.consultations.experts(actor));
		model.addAttribute("candidates", this.consultations.candidates(actor));
		model.addAttribute("fields", this.consultations.fields());
		return "consultation/experts";
	}

	@PostMapping("/consultations/experts")
	@PreAuthorize("hasAuthority('consultation:expert:write')")
	String keepExpert(Actor actor, @RequestParam(required = false) Long userId,
			@RequestParam(required = false) List<String> fields, RedirectAttributes redirect) {
		try {
			this.consultations.keepExpert(actor, userId == null ? 0 : userId, fields);
			redirect.addFlashAttribute("flashKey", "consultation.expert.kept");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("actionErrors", ex.errors());
		}
		return "redirect:/consultations/experts";
	}

}
