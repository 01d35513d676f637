package org.ohsonline.training.web;

import java.util.HashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.ohsonline.shared.Actor;
import org.ohsonline.shared.InvalidInputException;
import org.ohsonline.shared.NotFoundException;
import org.ohsonline.shared.PageQuery;
import org.ohsonline.shared.Text;
import org.ohsonline.training.AttemptView;
import org.ohsonline.training.CourseView;
import org.ohsonline.training.Courses;
import org.ohsonline.training.EnrolmentView;
import org.ohsonline.training.Learning;
import org.ohsonline.training.LessonView;
import org.ohsonline.training.Paper;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The learner's side, built for a phone: my courses, an enrolment with its lessons, a lesson (its page
 * sends a heartbeat every 15 s, the server credits the time), the quiz paper and its result, the
 * certificate; and the readers' list of training records.
 */
@Controller
class LearningController {

	private final Learning learning;

	private final Courses courses;

	private final org.springframework.context.MessageSource messages;

	LearningController(Learning learning, Courses courses, org.springframework.context.MessageSource messages) {
		this.messages = messages;
		this.learning = learning;
		this.courses = courses;
	}

	@GetMapping("/training/mine")
	@PreAuthorize("hasAuthority('training:course:learn')")
	String mine(Actor actor, Model model) {
		model.addAttribute("enrolments", this.learning.mine(actor));
		return "training/mine";
	}

	@GetMapping("/training/enrolments")
	@PreAuthorize("hasAuthority('training:enrolment:read')")
	String list(Actor actor, @RequestParam(required = false) String q, @RequestParam(required = false) Long courseId,
			@RequestParam(required = false) String region, @RequestParam(required = false) Integer page, @RequestHeader(name = "HX-Request", required = false) String htmx,
			Model model) {
		model.addAttribute("page", this.learning.search(actor, courseId, Text.blankToNull(q), region, PageQuery.of(page, 20)));
		model.addAttribute("q", q);
		model.addAttribute("courseId", courseId);
		model.addAttribute("region", region);
		model.addAttribute("exportUrl", UriComponentsBuilder.fromPath("/training/enrolments/export.xlsx")
			.queryParam("q", q == null ? "" : q)
			.queryParam("region", region == null ? "" : region)
			.queryParam("courseId", courseId == null ? "" : courseId)
			.encode()
			.toUriString());
		model.addAttribute("base", UriComponentsBuilder.fromPath("/training/enrolments")
			.queryParam("q", q == null ? "" : q)
			.queryParam("region", region == null ? "" : region)
			.queryParam("courseId", courseId == null ? "" : courseId)
			.encode()
			.toUriString());
		return htmx != null ? "training/enrolments :: results" : "training/enrolments";
	}

	@GetMapping("/training/enrolments/export.xlsx")
	@PreAuthorize("hasAuthority('training:enrolment:read')")
	void export(Actor actor, @RequestParam(required = false) String q, @RequestParam(required = false) Long courseId,
			@RequestParam(required = false) String region, java.util.Locale locale,
			jakarta.servlet.http.HttpServletResponse response) {
		java.util.function.Function<String, String> word = key -> this.messages.getMessage(key, null, key, locale);
		org.ohsonline.shared.web.SpreadsheetExport sheet = org.ohsonline.shared.web.SpreadsheetExport.attachment(response,
				"training-records.xlsx", word.apply("training.enrolment.list.title"),
				java.util.List.of(word.apply("training.enrolment.learner"), word.apply("training.enrolment.employer"),
						word.apply("training.course.title"), word.apply("training.course.version"),
						word.apply("training.enrolment.progress"), word.apply("training.enrolment.result"),
						word.apply("training.certificate.number"), word.apply("training.certificate.expiresOn")));
		int number = 1;
		while (true) {
			org.ohsonline.shared.Page<EnrolmentView> page = this.learning.search(actor, courseId, Text.blankToNull(q), region,
					PageQuery.of(number++, PageQuery.MAX_SIZE));
			for (EnrolmentView e : page.items()) {
				sheet.row(e.learnerName(), e.employerName(), e.courseTitle(), e.courseVersion(),
						e.completedLessons() + "/" + e.progress().size(),
						word.apply(e.certificate() != null ? "training.quiz.passed" : "training.rate.none"),
						e.certificate() == null ? null : e.certificate().number(),
						e.certificate() == null ? null : e.certificate().expiresOn());
			}
			if (!page.hasNext()) {
				break;
			}
		}
		sheet.finish();
	}

	@GetMapping("/training/enrolments/{id}")
	String show(Actor actor, @PathVariable long id, Model model) {
		EnrolmentView enrolment = this.learning.find(actor, id);
		model.addAttribute("enrolment", enrolment);
		model.addAttribute("course", this.courses.find(actor, enrolment.courseId()));
		model.addAttribute("own", this.learning.mine(actor).stream().anyMatch(e -> e.id() == id));
		return "training/enrolment";
	}

	@GetMapping("/training/enrolments/{id}/lessons/{lessonId}")
	@PreAuthorize("hasAuthority('training:course:learn')")
	String lesson(Actor actor, @PathVariable long id, @PathVariable long lessonId, Model model) {
		EnrolmentView enrolment = own(actor, id);
		CourseView course = this.courses.find(actor, enrolment.courseId());
		LessonView lesson = course.lessons()
			.stream()
			.filter(l -> l.id() == lessonId)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("lesson", lessonId));
		model.addAttribute("enrolment", enrolment);
		model.addAttribute("course", course);
		model.addAttribute("lesson", lesson);
		model.addAttribute("blocks", RichText.blocks(lesson.body()));
		model.addAttribute("progress", enrolment.progress().stream().filter(p -> p.lessonId() == lessonId).findFirst().orElseThrow());
		model.addAttribute("next", course.lessons().stream().filter(l -> l.position() > lesson.position()).findFirst().orElse(null));
		return "training/lesson";
	}

	@PostMapping("/training/enrolments/{id}/lessons/{lessonId}/progress")
	@PreAuthorize("hasAuthority('training:course:learn')")
	@ResponseBody
	EnrolmentView.Progress beat(Actor actor, @PathVariable long id, @PathVariable long lessonId,
			@RequestParam(required = false) Integer position) {
		return this.learning.beat(actor, id, lessonId, position);
	}

	@PostMapping("/training/enrolments/{id}/paper")
	@PreAuthorize("hasAuthority('training:course:learn')")
	String openPaper(Actor actor, @PathVariable long id, RedirectAttributes redirect) {
		try {
			return "redirect:/training/attempts/" + this.learning.openPaper(actor, id).attemptId();
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("actionErrors", ex.errors());
			return "redirect:/training/enrolments/" + id;
		}
	}

	@GetMapping("/training/attempts/{attemptId}")
	@PreAuthorize("hasAuthority('training:course:learn')")
	String paper(Actor actor, @PathVariable long attemptId, Model model) {
		EnrolmentView enrolment = this.learning.mine(actor)
			.stream()
			.filter(e -> e.attempts().stream().anyMatch(a -> a.id() == attemptId && a.open()))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("attempt", attemptId));
		Paper paper = this.learning.openPaper(actor, enrolment.id());
		model.addAttribute("enrolment", enrolment);
		model.addAttribute("paper", paper);
		return "training/paper";
	}

	@PostMapping("/training/attempts/{attemptId}")
	@PreAuthorize("hasAuthority('training:course:learn')")
	String submit(Actor actor, @PathVariable long attemptId, HttpServletRequest request, java.util.Locale locale,
			RedirectAttributes redirect) {
		EnrolmentView enrolment = this.learning.mine(actor)
			.stream()
			.filter(e -> e.attempts().stream().anyMatch(a -> a.id() == attemptId))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("attempt", attemptId));
		Map<Long, Integer> answers = new HashMap<>();
		request.getParameterMap().forEach((name, values) -> {
			if (name.matches("q[0-9]{1,18}") && values.length == 1 && values[0].matches("[0-9]{1,2}")) {
				answers.put(Long.parseLong(name.substring(1)), Integer.parseInt(values[0]));
			}
		});
		try {
			AttemptView result = this.learning.submit(actor, attemptId, answers);
			redirect.addFlashAttribute("submitted", result);
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("actionErrors", ex.errors());
			if (ex.errors().stream().anyMatch(e -> e.code().equals("training.quiz.tooEarly"))) {
				return "redirect:/training/attempts/" + attemptId;
			}
		}
		return "redirect:/training/enrolments/" + enrolment.id();
	}

	@GetMapping("/training/certificates/{id}/pdf")
	ResponseEntity<byte[]> certificate(Actor actor, @PathVariable long id) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("certificate-" + id + ".pdf").build().toString())
			.body(this.learning.certificatePdf(actor, id));
	}

	private EnrolmentView own(Actor actor, long id) {
		return this.learning.mine(actor)
			.stream()
			.filter(e -> e.id() == id)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("enrolment", id));
	}

}
