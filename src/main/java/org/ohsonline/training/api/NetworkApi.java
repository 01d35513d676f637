package org.ohsonline.training.api;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.ohsonline.shared.Actor;
import org.ohsonline.shared.Page;
import org.ohsonline.shared.PageQuery;
import org.ohsonline.shared.Text;
import org.ohsonline.training.BoardQuestion;
import org.ohsonline.training.ManagerNotice;
import org.ohsonline.training.ManagerNotices;
import org.ohsonline.training.QuestionBoard;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The managers' network over the API, in the token owner's scope: notices (send without attachments, the
 * inbox, a notice with its receipts) and the question board with its knowledge base.
 */
@RestController
@RequestMapping("/api/v1/training")
@Tag(name = "Training", description = "Courses, learning, quizzes, certificates (培训) and training rates (培训率)")
class NetworkApi {

	private final ManagerNotices notices;

	private final QuestionBoard board;

	NetworkApi(ManagerNotices notices, QuestionBoard board) {
		this.notices = notices;
		this.board = board;
	}

	@Schema(name = "BoardQuestionRequest")
	record QuestionRequest(String title, String body) {
	}

	@Schema(name = "BoardAnswerRequest")
	record AnswerRequest(String body) {
	}

	@PostMapping("/notices")
	@Operation(summary = "Push a notice to the certified managers of a region inside the caller's jurisdiction (optionally of an industry)")
	ManagerNotice send(Actor actor, @RequestBody(required = false) ManagerNotice.Command body) {
		return this.notices.send(actor, body, List.of());
	}

	@GetMapping("/notices/inbox")
	@Operation(summary = "The notices the caller received as a certified manager, newest first")
	Page<ManagerNotice> inbox(Actor actor, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return this.notices.inbox(actor, PageQuery.of(page, size));
	}

	@GetMapping("/notices/{id}")
	@Operation(summary = "A notice: opening it as a recipient records the read receipt; a sender in scope sees the receipts")
	ManagerNotice notice(Actor actor, @PathVariable long id) {
		return this.notices.open(actor, id);
	}

	@GetMapping("/knowledge")
	@Operation(summary = "The knowledge base: questions with a best answer, by words in the question or the best answer")
	Page<BoardQuestion> knowledge(Actor actor, @RequestParam(required = false) String q,
			@RequestParam(required = false) String region, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return this.board.knowledge(actor, Text.blankToNull(q), Text.blankToNull(region), PageQuery.of(page, size));
	}

	@PostMapping("/questions")
	@Operation(summary = "Ask on the managers' board for one's own employer")
	BoardQuestion ask(Actor actor, @RequestBody(required = false) QuestionRequest body) {
		return this.board.ask(actor, body == null ? null : body.title(), body == null ? null : body.body());
	}

	@GetMapping("/questions/{id}")
	BoardQuestion question(Actor actor, @PathVariable long id) {
		return this.board.find(actor, id);
	}

	@PostMapping("/questions/{id}/answers")
	@Operation(summary = "Answer a question in the caller's jurisdiction (supervisors and experts)")
	BoardQuestion answer(Actor actor, @PathVariable long id, @RequestBody(required = false) AnswerRequest body) {
		return this.board.answer(actor, id, body == null ? null : body.body());
	}

}
