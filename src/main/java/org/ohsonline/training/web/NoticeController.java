package org.ohsonline.training.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.ohsonline.shared.Actor;
import org.ohsonline.shared.InvalidInputException;
import org.ohsonline.shared.PageQuery;
import org.ohsonline.shared.web.FormErrors;
import org.ohsonline.training.ManagerNotice;
import org.ohsonline.training.ManagerNotices;

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

/**
 * Notices of the managers' network: supervisors send them and follow the read receipts (通知推送); certified
 * managers read them in their inbox (管理员通知), and opening one records the receipt.
 */
@Controller
class NoticeController {

	private static final String FORM = "training/notice-form";

	private final ManagerNotices notices;

	NoticeController(ManagerNotices notices) {
		this.notices = notices;
	}

	/** The send form; attachments travel as multipart parts, not bound to the form object. */
	static class NoticeForm {

		private String region;

		private String industryCode;

		private String title;

		private String body;

		public String getRegion() {
			return this.region;
		}

		public void setRegion(String region) {
			this.region = region;
		}

		public String getIndustryCode() {
			return this.industryCode;
		}

		public void setIndustryCode(String industryCode) {
			this.industryCode = industryCode;
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

	}

	@InitBinder("noticeForm")
	void noticeFields(WebDataBinder binder) {
		binder.setAllowedFields("region", "industryCode", "title", "body");
	}

	@GetMapping("/training/notices")
	@PreAuthorize("hasAuthority('training:notice:write')")
	String sent(Actor actor, @RequestParam(required = false) Integer page,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		model.addAttribute("page", this.notices.sent(actor, PageQuery.of(page, 20)));
		model.addAttribute("base", "/training/notices");
		return htmx != null ? "training/notices :: results" : "training/notices";
	}

	@GetMapping("/training/notices/new")
	@PreAuthorize("hasAuthority('training:notice:write')")
	String initCreationForm(Model model) {
		model.addAttribute("noticeForm", new NoticeForm());
		return FORM;
	}

	@PostMapping("/training/notices/new")
	@PreAuthorize("hasAuthority('training:notice:write')")
	String processCreationForm(Actor actor, @ModelAttribute("noticeForm") NoticeForm form, BindingResult result,
			@RequestParam(name = "attachments", required = false) List<MultipartFile> attachments,
			RedirectAttributes redirect) {
		try {
			ManagerNotice notice = this.notices.send(actor,
					new ManagerNotice.Command(form.getRegion(), form.getIndustryCode(), form.getTitle(), form.getBody()),
					uploads(attachments));
			redirect.addFlashAttribute("flashKey", "training.notice.sent");
			return "redirect:/training/notices/" + notice.id();
		}
		catch (InvalidInputException ex) {
			FormErrors.apply(ex, result);
			return FORM;
		}
	}

	private static List<ManagerNotice.Upload> uploads(List<MultipartFile> files) {
		List<ManagerNotice.Upload> uploads = new ArrayList<>();
		if (files != null) {
			for (MultipartFile file : files) {
				try {
					if (!file.isEmpty()) {
						uploads.add(new ManagerNotice.Upload(file.getOriginalFilename(), file.getBytes()));
					}
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			}
		}
		return uploads;
	}

	@GetMapping("/training/notices/{id}")
	@PreAuthorize("hasAnyAuthority('training:notice:read', 'training:notice:write')")
	String notice(Actor actor, @PathVariable long id, Model model) {
		ManagerNotice notice = this.notices.open(actor, id);
		model.addAttribute("notice", notice);
		model.addAttribute("blocks", RichText.blocks(notice.body()));
		model.addAttribute("unread", notice.recipient() ? List.of() : this.notices.unread(actor, id));
		return "training/notice";
	}

	@GetMapping("/training/notices/{id}/attachments/{attachmentId}")
	@PreAuthorize("hasAnyAuthority('training:notice:read', 'training:notice:write')")
	ResponseEntity<byte[]> attachment(Actor actor, @PathVariable long id, @PathVariable long attachmentId) {
		ManagerNotice.File file = this.notices.attachment(actor, id, attachmentId);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.header("Content-Security-Policy", "sandbox")
			.body(file.content());
	}

	@GetMapping("/training/inbox")
	@PreAuthorize("hasAuthority('training:notice:read')")
	String inbox(Actor actor, @RequestParam(required = false) Integer page,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		model.addAttribute("page", this.notices.inbox(actor, PageQuery.of(page, 20)));
		model.addAttribute("base", "/training/inbox");
		return htmx != null ? "training/inbox :: results" : "training/inbox";
	}

}
