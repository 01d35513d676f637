package org.ohsonline.training.web;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

import org.ohsonline.shared.Actor;
import org.ohsonline.shared.InvalidInputException;
import org.ohsonline.shared.PageQuery;
import org.ohsonline.shared.Scope;
import org.ohsonline.shared.Text;
import org.ohsonline.shared.web.FormErrors;
import org.ohsonline.training.Audience;
import org.ohsonline.training.CourseView;
import org.ohsonline.training.Courses;
import org.ohsonline.training.Learning;
import org.ohsonline.training.LessonFile;

import org.springframework.core.io.Resource;
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

/**
 * Courses: the list, a course with its lessons (and, for its authors, the bank and the forms that add to a
 * draft, publish it or revise it as a new version), enrolment, and a lesson's file — served as a resource,
 * so that players ask for ranges of a video and get 206 with just that part.
 */
@Controller
@PreAuthorize("hasAuthority('training:course:read')")
class CourseController {

	static final String LIST = "training/courses";

	static final String DETAIL = "training/course";

	static final String FORM = "training/course-form";

	private final Courses courses;

	private final Learning learning;

	private final org.springframework.context.MessageSource messages;

	private final org.ohsonline.registry.Employers employers;

	CourseController(Courses courses, Learning learning, org.springframework.context.MessageSource messages,
			org.ohsonline.registry.Employers employers) {
		this.employers = employers;
		this.courses = courses;
		this.learning = learning;
		this.messages = messages;
	}

	@InitBinder("courseForm")
	void courseFields(WebDataBinder binder) {
		binder.setAllowedFields("title", "summary", "audience", "hazardCodes", "hours", "passMark", "paperSize",
				"minQuizSeconds", "maxAttempts");
	}

	@GetMapping("/training/courses")
	String list(Actor actor, @RequestParam(required = false) String q, @RequestParam(required = false) String audience,
			@RequestParam(required = false) String region, @RequestParam(required = false) Integer page, @RequestHeader(name = "HX-Request", required = false) String htmx,
			Model model) {
		Audience chosen = Text.enumName(audience, Audience.class) == null ? null
				: Audience.valueOf(Text.enumName(audience, Audience.class));
		model.addAttribute("page", this.courses.search(actor, Text.blankToNull(q), chosen, region, PageQuery.of(page, 20)));
		model.addAttribute("q", q);
		model.addAttribute("audience", chosen);
		model.addAttribute("audiences", Audience.values());
		model.addAttribute("region", region);
		model.addAttribute("base", UriComponentsBuilder.fromPath("/training/courses")
			.queryParam("q", q == null ? "" : q)
			.queryParam("region", region == null ? "" : region)
			.queryParam("audience", chosen == null ? "" : chosen.name())
			.encode()
			.toUriString());
		return htmx != null ? LIST + " :: results" : LIST;
	}

	@GetMapping("/training/courses/new")
	@PreAuthorize("hasAuthority('training:course:write')")
	String initCreationForm(Model model) {
		model.addAttribute("courseForm", new CourseForm());
		return form(model, null);
	}

	@PostMapping("/training/courses/new")
	@PreAuthorize("hasAuthority('training:course:write')")
	String processCreationForm(Actor actor, @ModelAttribute("courseForm") CourseForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		try {
			CourseView course = this.courses.create(actor, form.command());
			redirect.addFlashAttribute("flashKey", "training.course.created");
			return "redirect:/training/courses/" + course.id();
		}
		catch (InvalidInputException ex) {
			FormErrors.apply(ex, result);
			return form(model, null);
		}
	}

	@GetMapping("/training/courses/{id}/edit")
	@PreAuthorize("hasAuthority('training:course:write')")
	String initUpdateForm(Actor actor, @PathVariable long id, Model model) {
		CourseView course = this.courses.find(actor, id);
		this.courses.questions(actor, id); // refuses readers who are not the course's authors
		model.addAttribute("courseForm", CourseForm.of(course));
		return form(model, course);
	}

	@PostMapping("/training/courses/{id}/edit")
	@PreAuthorize("hasAuthority('training:course:write')")
	String processUpdateForm(Actor actor, @PathVariable long id, @ModelAttribute("courseForm") CourseForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		try {
			this.courses.update(actor, id, form.command());
			redirect.addFlashAttribute("flashKey", "training.course.saved");
			return "redirect:/training/courses/" + id;
		}
		catch (InvalidInputException ex) {
			FormErrors.apply(ex, result);
			return form(model, this.courses.find(actor, id));
		}
	}

	private static String form(Model model, CourseView course) {
		model.addAttribute("course", course);
		model.addAttribute("audiences", Audience.values());
		return FORM;
	}

	@GetMapping("/training/courses/{id}")
	String show(Actor actor, @PathVariable long id, Model model) {
		CourseView course = this.courses.find(actor, id);
		model.addAttribute("course", course);
		boolean author = actor.can("training:course:write") && actor.scope().coversRegion(course.regionCode());
		model.addAttribute("author", author);
		model.addAttribute("questions", author ? this.courses.questions(actor, id) : List.of());
		model.addAttribute("mine", !actor.can("training:course:learn") ? null
				: this.learning.mine(actor).stream().filter(e -> e.courseId() == id).findFirst().orElse(null));
		model.addAttribute("noneChosen", List.of());
		boolean employerManager = actor.scope().kind() == Scope.Kind.EMPLOYER && actor.can("training:enrolment:write");
		model.addAttribute("employerManager", employerManager);
		model.addAttribute("ownEmployerId", employerManager
				? this.employers.byCreditCode(actor.scope().value()).map(e -> e.id()).orElse(null) : null);
		return DETAIL;
	}

	@PostMapping("/training/courses/{id}/lessons")
	@PreAuthorize("hasAuthority('training:course:write')")
	String addText(Actor actor, @PathVariable long id, @RequestParam(required = false) String title,
			@RequestParam(required = false) String body, @RequestParam(required = false) Integer minSeconds,
			RedirectAttributes redirect) {
		return act(id, redirect, "training.lesson.added", () -> this.courses.addText(actor, id, title, body, minSeconds));
	}

	@PostMapping("/training/courses/{id}/files")
	@PreAuthorize("hasAuthority('training:course:write')")
	String addFile(Actor actor, @PathVariable long id, @RequestParam(required = false) String title,
			@RequestParam(required = false) MultipartFile file, @RequestParam(required = false) Integer minSeconds,
			RedirectAttributes redirect) throws IOException {
		byte[] content = file == null ? null : file.getBytes();
		String name = file == null ? null : file.getOriginalFilename();
		return act(id, redirect, "training.lesson.added",
				() -> this.courses.addFile(actor, id, title, name, content, minSeconds));
	}

	@PostMapping("/training/courses/{id}/lessons/{lessonId}/remove")
	@PreAuthorize("hasAuthority('training:course:write')")
	String removeLesson(Actor actor, @PathVariable long id, @PathVariable long lessonId, RedirectAttributes redirect) {
		return act(id, redirect, "training.lesson.removed", () -> {
			this.courses.removeLesson(actor, id, lessonId);
			return null;
		});
	}

	@PostMapping("/training/courses/{id}/questions")
	@PreAuthorize("hasAuthority('training:course:write')")
	String addQuestion(Actor actor, @PathVariable long id, @RequestParam(required = false) String text,
			@RequestParam(required = false) String options, @RequestParam(required = false) Integer correct,
			RedirectAttributes redirect) {
		List<String> lines = options == null ? List.of() : Arrays.stream(options.split("\\R")).toList();
		return act(id, redirect, "training.question.added",
				() -> this.courses.addQuestion(actor, id, text, lines, correct == null ? null : correct - 1));
	}

	@PostMapping("/training/courses/{id}/publish")
	@PreAuthorize("hasAuthority('training:course:write')")
	String publish(Actor actor, @PathVariable long id, RedirectAttributes redirect) {
		return act(id, redirect, "training.course.published", () -> this.courses.publish(actor, id));
	}

	@PostMapping("/training/courses/{id}/versions")
	@PreAuthorize("hasAuthority('training:course:write')")
	String newVersion(Actor actor, @PathVariable long id, RedirectAttributes redirect) {
		CourseView draft = this.courses.newVersion(actor, id);
		redirect.addFlashAttribute("flashKey", "training.course.versioned");
		return "redirect:/training/courses/" + draft.id();
	}

	@PostMapping("/training/courses/{id}/enrol")
	@PreAuthorize("hasAuthority('training:course:learn')")
	String enrolSelf(Actor actor, @PathVariable long id, RedirectAttributes redirect) {
		try {
			long enrolment = this.learning.enrolSelf(actor, id).id();
			redirect.addFlashAttribute("flashKey", "training.enrolment.selfEnrolled");
			return "redirect:/training/enrolments/" + enrolment;
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("actionErrors", ex.errors());
			return "redirect:/training/courses/" + id;
		}
	}

	@PostMapping("/training/courses/{id}/enrolments")
	@PreAuthorize("hasAuthority('training:enrolment:write')")
	String enrolWorkers(Actor actor, @PathVariable long id, @RequestParam(required = false) List<Long> workerIds,
			java.util.Locale locale, RedirectAttributes redirect) {
		try {
			int enrolled = this.learning.enrolWorkers(actor, id, workerIds);
			redirect.addFlashAttribute("flash",
					this.messages.getMessage("training.enrolment.enrolled", new Object[] { enrolled }, locale));
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("actionErrors", ex.errors());
		}
		return "redirect:/training/courses/" + id;
	}

	@GetMapping("/training/lessons/{lessonId}/file")
	ResponseEntity<Resource> file(Actor actor, @PathVariable long lessonId) {
		LessonFile file = this.courses.lessonFile(actor, lessonId);
		boolean inline = !file.contentType().equals("application/pdf");
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					(inline ? ContentDisposition.inline() : ContentDisposition.attachment())
						.filename(file.fileName(), java.nio.charset.StandardCharsets.UTF_8)
						.build()
						.toString())
			.header("X-Content-Type-Options", "nosniff")
			.header("Content-Security-Policy", "sandbox")
			.header(HttpHeaders.CACHE_CONTROL, "private, max-age=3600")
			.body(file.resource());
	}

	private static String act(long id, RedirectAttributes redirect, String flashKey, Supplier<?> action) {
		try {
			action.get();
			redirect.addFlashAttribute("flashKey", flashKey);
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("actionErrors", ex.errors());
		}
		return "redirect:/training/courses/" + id;
	}

}
