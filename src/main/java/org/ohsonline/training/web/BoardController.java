package org.ohsonline.training.web;

import org.ohsonline.shared.Actor;
import org.ohsonline.shared.InvalidInputException;
import org.ohsonline.shared.PageQuery;
import org.ohsonline.shared.Text;
import org.ohsonline.shared.web.FormErrors;
import org.ohsonline.training.BoardQuestion;
import org.ohsonline.training.QuestionBoard;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The managers' question board (问答) and its knowledge base (知识库): managers ask, supervisors and experts
 * answer, the asker or a supervisor marks the best answer.
 */
@Controller
@PreAuthorize("hasAuthority('training:question:read')")
class BoardController {

	private static final String FORM = "training/question-form";

	private final QuestionBoard board;

	BoardController(QuestionBoard board) {
		this.board = board;
	}

	/** What a manager asks. */
	static class QuestionForm {

		private String title;

		private String body;

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

	@InitBinder("questionForm")
	void questionFields(WebDataBinder binder) {
		binder.setAllowedFields("title", "body");
	}

	@GetMapping("/training/questions")
	String list(Actor actor, @RequestParam(required = false) String q, @RequestParam(required = false) String status,
			@RequestParam(required = false) String region, @RequestParam(required = false) Integer page,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		String chosen = Text.enumName(status, BoardQuestion.Status.class);
		BoardQuestion.Status s = chosen == null ? null : BoardQuestion.Status.valueOf(chosen);
		model.addAttribute("page", this.board.search(actor, new BoardQuestion.Filter(Text.blankToNull(q), s, region),
				PageQuery.of(page, 20)));
		model.addAttribute("q", q);
		model.addAttribute("status", s);
		model.addAttribute("statuses", BoardQuestion.Status.values());
		model.addAttribute("region", region);
		model.addAttribute("base", UriComponentsBuilder.fromPath("/training/questions")
			.queryParam("q", q == null ? "" : q)
			.queryParam("status", s == null ? "" : s.name())
			.queryParam("region", region == null ? "" : region)
			.encode()
			.toUriString());
		return htmx != null ? "training/questions :: results" : "training/questions";
	}

	@GetMapping("/training/knowledge")
	String knowledge(Actor actor, @RequestParam(required = false) String q, @RequestParam(required = false) String region,
			@RequestParam(required = false) Integer page, @RequestHeader(name = "HX-Request", required = false) String htmx,
			Model model) {
		model.addAttribute("page", this.board.knowledge(actor, Text.blankToNull(q), Text.blankToNull(region),
				PageQuery.of(page, 20)));
		model.addAttribute("q", q);
		model.addAttribute("region", region);
		model.addAttribute("base", UriComponentsBuilder.fromPath("/training/knowledge")
			.queryParam("q", q == null ? "" : q)
			.queryParam("region", region == null ? "" : region)
			.encode()
			.toUriString());
		return htmx != null ? "training/knowledge :: results" : "training/knowledge";
	}

	@GetMapping("/training/questions/new")
	@PreAuthorize("hasAuthority('training:question:ask')")
	String initCreationForm(Model model) {
		model.addAttribute("questionForm", new QuestionForm());
		return FORM;
	}

	@PostMapping("/training/questions/new")
	@PreAuthorize("hasAuthority('training:question:ask')")
	String processCreationForm(Actor actor, @ModelAttribute("questionForm") QuestionForm form, BindingResult result,
			RedirectAttributes redirect) {
		try {
			BoardQuestion question = this.board.ask(actor, form.getTitle(), form.getBody());
			redirect.addFlashAttribute("flashKey", "training.board.asked");
			return "redirect:/training/questions/" + question.id();
		}
		catch (InvalidInputException ex) {
			FormErrors.apply(ex, result);
			return FORM;
		}
	}

	@GetMapping("/training/questions/{id}")
	String question(Actor actor, @PathVariable long id, Model model) {
		BoardQuestion question = this.board.find(actor, id);
		model.addAttribute("question", question);
		model.addAttribute("blocks", RichText.blocks(question.body()));
		java.util.Map<Long, java.util.List<RichText.Block>> answers = new java.util.HashMap<>();
		question.answers().forEach(a -> answers.put(a.id(), RichText.blocks(a.body())));
		model.addAttribute("answerBlocks", answers);
		return "training/question";
	}

	@PostMapping("/training/questions/{id}/answers")
	@PreAuthorize("hasAuthority('training:question:answer')")
	String answer(Actor actor, @PathVariable long id, @RequestParam(required = false) String body,
			RedirectAttributes redirect) {
		try {
			this.board.answer(actor, id, body);
			redirect.addFlashAttribute("flashKey", "training.board.answered");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("actionErrors", ex.errors());
		}
		return "redirect:/training/questions/" + id;
	}

	@PostMapping("/training/questions/{id}/best")
	String best(Actor actor, @PathVariable long id, @RequestParam(required = false) Long answerId,
			RedirectAttributes redirect) {
		try {
			this.board.chooseBest(actor, id, answerId == null ? 0 : answerId);
			redirect.addFlashAttribute("flashKey", "training.board.resolved");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("actionErrors", ex.errors());
		}
		return "redirect:/training/questions/" + id;
	}

}
