package org.ohsonline.projects.web;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletResponse;

import org.ohsonline.projects.DocumentDownload;
import org.ohsonline.projects.ProjectFilter;
import org.ohsonline.projects.ProjectView;
import org.ohsonline.projects.Projects;
import org.ohsonline.projects.Stage;
import org.ohsonline.projects.StageRecord;
import org.ohsonline.projects.Verifications;
import org.ohsonline.reference.Divisions;
import org.ohsonline.reference.HazardFactors;
import org.ohsonline.reference.Severity;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.InvalidInputException;
import org.ohsonline.shared.PageQuery;
import org.ohsonline.shared.Scope;
import org.ohsonline.shared.Text;
import org.ohsonline.shared.web.Picks;
import org.ohsonline.shared.web.SpreadsheetExport;

import org.springframework.context.MessageSource;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Construction projects in the console: the list in the reader's scope (an employer its own, with the button that
 * registers one), exported as filtered; a project with its stages in order, the documents of each, and — for the
 * employer's manager — the upload and the form that completes the current stage.
 */
@Controller
@PreAuthorize("hasAuthority('projects:project:read')")
class ProjectController {

	static final String LIST = "projects/list";

	static final String DETAIL = "projects/project";

	private final Projects projects;

	private final Verifications verifications;

	private final HazardFactors factors;

	private final Divisions divisions;

	private final MessageSource messages;

	ProjectController(Projects projects, Verifications verifications, HazardFactors factors, Divisions divisions,
			MessageSource messages) {
		this.projects = projects;
		this.verifications = verifications;
		this.factors = factors;
		this.divisions = divisions;
		this.messages = messages;
	}

	@GetMapping("/projects")
	String list(Actor actor, ProjectListFilter form, @RequestParam(required = false) Integer page,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		ProjectFilter filter = form.filter();
		model.addAttribute("page", this.projects.search(actor, filter, PageQuery.of(page, 20)));
		model.addAttribute("filter", filter);
		model.addAttribute("region", form.region());
		model.addAttribute("stages", Stage.values());
		model.addAttribute("classes", Severity.values());
		model.addAttribute("canRegister", actor.can("projects:project:write") && actor.scope().kind() == Scope.Kind.EMPLOYER);
		String query = form.query();
		model.addAttribute("base", "/projects?" + query);
		model.addAttribute("exportUrl", "/projects/export.xlsx?" + query);
		return htmx != null ? LIST + " :: results" : LIST;
	}

	@GetMapping("/projects/export.xlsx")
	void export(Actor actor, ProjectListFilter form, Locale locale, HttpServletResponse response) {
		List<String> columns = Arrays.asList(word("projects.name", locale), word("projects.employer", locale),
				word("projects.creditCode", locale), word("projects.region", locale), word("projects.kind", locale),
				word("projects.industry", locale), word("projects.hazardClass", locale), word("projects.current", locale),
				word("projects.dueOn", locale), word("projects.overdue", locale), word("projects.registeredOn", locale),
				word("projects.completedOn", locale));
		SpreadsheetExport sheet = SpreadsheetExport.attachment(response, "construction-projects.xlsx",
				word("projects.title", locale), columns);
		this.projects.forEach(actor, form.filter(), p -> sheet.row(p.name(), p.employerName(), p.employerCreditCode(),
				this.divisions.fullName(p.regionCode()), word("projects.kind." + p.kind(), locale), p.industryCode(),
				word(p.hazardClass() == null ? "projects.class.NONE" : "projects.class." + p.hazardClass(), locale),
				word(p.current() == null ? "projects.stage.DONE" : "projects.stage." + p.current(), locale), p.dueOn(),
				p.overdue() ? word("projects.yes", locale) : "", p.registeredOn(), p.completedOn()));
		sheet.finish();
	}

	@GetMapping("/projects/{id}")
	String show(Actor actor, @PathVariable long id, Model model) {
		ProjectView project = this.projects.find(actor, id);
		model.addAttribute("project", project);
		java.util.Map<Stage, org.ohsonline.projects.StageView> byStage = new java.util.EnumMap<>(Stage.class);
		project.stages().forEach(v -> byStage.put(v.stage(), v));
		model.addAttribute("byStage", byStage);
		model.addAttribute("stages", Stage.values());
		boolean own = actor.scope().kind() == Scope.Kind.EMPLOYER && actor.scope().value().equals(project.employerCreditCode());
		boolean canWrite = own && actor.can("projects:project:write") && !project.done();
		model.addAttribute("canWrite", canWrite);
		model.addAttribute("agencies", canWrite ? this.projects.agenciesFor(actor, id) : List.of());
		model.addAttribute("factorNames", project.hazardFactors()
			.stream()
			.map(c -> this.factors.findFactor(c).map(f -> f.name()).orElse(c))
			.toList());
		model.addAttribute("verifications", this.verifications.ofProject(actor, id));
		model.addAttribute("today", LocalDate.now(ZoneId.of("Asia/Shanghai")));
		return DETAIL;
	}

	@PostMapping("/projects/{id}/documents")
	@PreAuthorize("hasAuthority('projects:project:write')")
	String attach(Actor actor, @PathVariable long id, @RequestParam(required = false) MultipartFile file,
			RedirectAttributes redirect) throws IOException {
		byte[] content = file == null ? null : file.getBytes();
		String name = file == null ? null : file.getOriginalFilename();
		return act(id, redirect, "projects.document.attached", () -> this.projects.attach(actor, id, name, content));
	}

	@GetMapping("/projects/{id}/documents/{documentId}")
	ResponseEntity<byte[]> download(Actor actor, @PathVariable long id, @PathVariable long documentId) {
		DocumentDownload file = this.projects.document(actor, id, documentId);
		// Always an attachment, with the type recognised at upload, never sniffed, in a sandbox: no upload is a page.
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(file.fileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.header("Content-Security-Policy", "sandbox")
			.body(file.content());
	}

	@PostMapping("/projects/{id}/stages")
	@PreAuthorize("hasAuthority('projects:project:write')")
	String record(Actor actor, @PathVariable long id, @RequestParam(required = false) String stage,
			@RequestParam(required = false) String completedOn, @RequestParam(required = false) Long agencyId,
			@RequestParam(required = false) String reportNumber, @RequestParam(required = false) String conclusion,
			RedirectAttributes redirect) {
		return act(id, redirect, "projects.stage.recorded", () -> {
			String name = Text.enumName(stage, Stage.class);
			LocalDate on;
			try {
				on = Text.blankToNull(completedOn) == null ? null : LocalDate.parse(completedOn.trim());
			}
			catch (java.time.format.DateTimeParseException ex) {
				throw InvalidInputException.of("completedOn", "projects.completedOn.required");
			}
			return this.projects.record(actor, id,
					new StageRecord(name == null ? null : Stage.valueOf(name), on, agencyId, reportNumber, conclusion));
		});
	}

	private String act(long id, RedirectAttributes redirect, String flashKey, Supplier<?> action) {
		try {
			action.get();
			redirect.addFlashAttribute("flashKey", flashKey);
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("actionErrors", ex.errors());
		}
		return "redirect:/projects/" + id;
	}

	/** The hazard factor picker's chosen chips. */
	static List<Picks.Option> chosen(HazardFactors factors, List<String> codes) {
		return codes.stream()
			.map(c -> factors.findFactor(c).map(f -> new Picks.Option(f.code(), f.name(), f.code())).orElse(null))
			.filter(java.util.Objects::nonNull)
			.toList();
	}

	private String word(String key, Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

	/** The list's filter fields, bound as one record. */
	record ProjectListFilter(String q, String region, String stage, String hazardClass, Boolean overdue) {

		ProjectFilter filter() {
			String cls = Text.enumName(hazardClass, Severity.class);
			String st = "DONE".equals(stage) ? "DONE" : Text.enumName(stage, Stage.class);
			return new ProjectFilter(Text.blankToNull(q), region, st, cls == null ? null : Severity.valueOf(cls),
					Boolean.TRUE.equals(overdue));
		}

		String query() {
			return UriComponentsBuilder.newInstance()
				.queryParam("q", q == null ? "" : q)
				.queryParam("region", region == null ? "" : region)
				.queryParam("stage", stage == null ? "" : stage)
				.queryParam("hazardClass", hazardClass == null ? "" : hazardClass)
				.queryParam("overdue", Boolean.TRUE.equals(overdue) ? "true" : "")
				.encode()
				.build()
				.getQuery();
		}

	}

}
