package org.ohsonline.promotion.consultation.api;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.ohsonline.promotion.consultation.Consultation;
import org.ohsonline.promotion.consultation.ConsultationStatus;
import org.ohsonline.promotion.consultation.Consultations;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.Page;
import org.ohsonline.shared.PageQuery;
import org.ohsonline.shared.Text;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Online consultation over the API, in the token owner's scope: the fields, asking (without files; the
 * console takes them), the requests the caller may read, answering and rating.
 */
@RestController
@RequestMapping("/api/v1/consultations")
@Tag(name = "Consultations", description = "Online consultation with the expert team (线上问诊 / 卫企直通车)")
class ConsultationApi {

	private final Consultations consultations;

	ConsultationApi(Consultations consultations) {
		this.consultations = consultations;
	}

	@Schema(name = "ConsultationAnswerRequest")
	record AnswerRequest(String answer) {
	}

	@Schema(name = "ConsultationRatingRequest")
	record RatingRequest(Integer rating, String comment) {
	}

	@GetMapping("/fields")
	@Operation(summary = "The fields of the expert team in force, with their service times in hours")
	List<Consultation.Field> fields() {
		return this.consultations.fields();
	}

	@GetMapping
	@Operation(summary = "Requests the caller may read: their own, those assigned to them, or those of their region")
	Page<Consultation> list(Actor actor, @RequestParam(required = false) String status,
			@RequestParam(required = false) String region, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		String chosen = Text.enumName(status, ConsultationStatus.class);
		return this.consultations.search(actor,
				new Consultation.Filter(chosen == null ? null : ConsultationStatus.valueOf(chosen), region),
				PageQuery.of(page, size));
	}

	@PostMapping
	@Operation(summary = "Ask (an employer's manager or a worker); routed at once to an expert of the field and region")
	Consultation ask(Actor actor, @RequestBody(required = false) Consultation.Command body) {
		return this.consultations.ask(actor, body, List.of());
	}

	@GetMapping("/{id}")
	Consultation find(Actor actor, @PathVariable long id) {
		return this.consultations.find(actor, id);
	}

	@PostMapping("/{id}/answer")
	@Operation(summary = "Answer a request assigned to the caller (an expert); answered once")
	Consultation answer(Actor actor, @PathVariable long id, @RequestBody(required = false) AnswerRequest body) {
		return this.consultations.answer(actor, id, body == null ? null : body.answer());
	}

	@PostMapping("/{id}/rating")
	@Operation(summary = "Rate the answer from 1 to 5 (the asker); rated once")
	Consultation rate(Actor actor, @PathVariable long id, @RequestBody(required = false) RatingRequest body) {
		return this.consultations.rate(actor, id, body == null ? null : body.rating(),
				body == null ? null : body.comment());
	}

}
