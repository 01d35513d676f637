package org.ohsonline.promotion.web;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletResponse;

import org.ohsonline.promotion.ApplicationFilter;
import org.ohsonline.promotion.ApplicationStatus;
import org.ohsonline.promotion.EvidenceDownload;
import org.ohsonline.promotion.HealthyApplicationView;
import org.ohsonline.promotion.HealthyEnterprises;
import org.ohsonline.promotion.ItemScore;
import org.ohsonline.promotion.Review;
import org.ohsonline.promotion.SelfEvaluation;
import org.ohsonline.reference.Divisions;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.InvalidInputException;
import org.ohsonline.shared.PageQuery;
import org.ohsonline.shared.Scope;
import org.ohsonline.shared.Text;
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
 * Healthy enterprises (健康企业) in the console: the applications in the reader's scope (an employer its own, with
 * the button that applies for a year), exported as filtered; an application with the employer's
 * self-evaluation and evidence, the expert panel's on-site review and the authority's decision.
 */
@Controller
@PreAuthorize("hasAuthority('promotion:healthy:read')")
class HealthyController {

	static final String LIST = "promotion/healthy-list";

	static final String DETAIL = "promotion/healthy";

	private final HealthyEnterprises healthy;

	private final Divisions divisions;

	private final MessageSource messages;

	HealthyController(HealthyEnterprises healthy, Divisions divisions, MessageSource messages) {
		this.healthy = healthy;
		this.divisions = divisions;
		this.messages = messages;
	}

	@GetMapping("/promotion/healthy")
	String list(Actor actor, @RequestParam(required = false) String region, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) String status, @RequestParam(required = false) String q,
			@RequestParam(required = false) Integer page, @RequestHeader(name = "HX-Request", required = false) String htmx,
			Model model) {
		ApplicationFilter filter = filter(region, year, status, q);
		model.addAttribute("page", this.healthy.search(actor, filter, PageQuery.of(page, 20)));
		model.addAttribute("filter", filter);
		model.addAttribute("region", region);
		model.addAttribute("statuses", ApplicationStatus.values());
		int thisYear = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).getYear();
		model.addAttribute("years", List.of(thisYear + 1, thisYear, thisYear - 1, thisYear - 2));
		model.addAttribute("applyYears", List.of(thisYear, thisYear + 1, thisYear - 1));
		model.addAttribute("canApply", actor.can("promotion:healthy:apply") && actor.scope().kind() == Scope.Kind.EMPLOYER);
		String query = UriComponentsBuilder.newInstance()
			.queryParam("region", region == null ? "" : region)
			.queryParam("year", year == null ? "" : year)
			.queryParam("status", filter.status() == null ? "" : filter.status().name())
			.queryParam("q", q == null ? "" : q)
			.encode()
			.build()
			.getQuery();
		model.addAttribute("base", "/promotion/healthy?" + query);
		model.addAttribute("exportUrl", "/promotion/healthy/export.xlsx?" + query);
		return htmx != null ? LIST + " :: results" : LIST;
	}

	@GetMapping("/promotion/healthy/export.xlsx")
	void export(Actor actor, @RequestParam(required = false) String region, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) String status, @RequestParam(required = false) String q, Locale locale,
			HttpServletResponse response) {
		List<String> columns = Arrays.asList(word("promotion.healthy.year", locale), word("promotion.employer", locale),
				word("promotion.creditCode", locale), word("promotion.region", locale), word("promotion.healthy.status", locale),
				word("promotion.healthy.selfPoints", locale), word("promotion.healthy.reviewPoints", locale),
				word("promotion.healthy.mandatoryFailed", locale), word("promotion.healthy.outcome", locale),
				word("promotion.healthy.submittedAt", locale), word("promotion.healthy.decidedAt", locale));
		SpreadsheetExport sheet = SpreadsheetExport.attachment(response, "healthy-enterprises.xlsx",
				word("promotion.healthy.title", locale), columns);
		this.healthy.forEach(actor, filter(region, year, status, q), a -> sheet.row(a.year(), a.employerName(),
				a.employerCreditCode(), this.divisions.fullName(a.regionCode()),
				word("promotion.status." + a.status(), locale), a.selfPoints(), a.reviewPoints(), a.mandatoryFailed(),
				a.reviewPassed() == null ? "" : word(a.reviewPassed() ? "promotion.healthy.passed" : "promotion.healthy.failed", locale),
				a.submittedAt(), a.decidedAt()));
		sheet.finish();
	}

	@PostMapping("/promotion/healthy/new")
	@PreAuthorize("hasAuthority('promotion:healthy:apply')")
	String apply(Actor actor, @RequestParam(required = false) Integer year, RedirectAttributes redirect) {
		try {
			if (year == null) {
				throw InvalidInputException.of("year", "promotion.healthy.year.required");
			}
			HealthyApplicationView application = this.healthy.open(actor, year);
			return "redirect:/promotion/healthy/" + application.id();
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("actionErrors", ex.errors());
			return "redirect:/promotion/healthy";
		}
	}

	@GetMapping("/promotion/healthy/{id}")
	String show(Actor actor, @PathVariable long id, Model model) {
		HealthyApplicationView application = this.healthy.find(actor, id);
		// Not "application": in a template that name is the servlet context.
		model.addAttribute("healthyApplication", application);
		boolean own = actor.scope().kind() == Scope.Kind.EMPLOYER && actor.scope().value().equals(application.employerCreditCode());
		model.addAttribute("canEdit", own && actor.can("promotion:healthy:apply") && application.status() == ApplicationStatus.DRAFT);
		model.addAttribute("canReview", actor.can("promotion:healthy:review") && application.status() == ApplicationStatus.SUBMITTED
				&& actor.scope().coversRegion(application.regionCode()));
		model.addAttribute("canDecide", actor.can("promotion:healthy:decide") && application.status() == ApplicationStatus.REVIEWED
				&& actor.scope().coversRegion(application.regionCode()));
		model.addAttribute("showReview", application.status() == ApplicationStatus.REVIEWED
				|| application.status() == ApplicationStatus.APPROVED || application.status() == ApplicationStatus.REJECTED);
		model.addAttribute("sections", sections(application.items()));
		model.addAttribute("today", LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")));
		return DETAIL;
	}

	@PostMapping("/promotion/healthy/{id}/self")
	@PreAuthorize("hasAuthority('promotion:healthy:apply')")
	String evaluate(Actor actor, @PathVariable long id, @RequestParam Map<String, String> fields, RedirectAttributes redirect) {
		return act(id, redirect, "promotion.healthy.saved", () -> {
			Map<String, SelfEvaluation.Entry> items = new HashMap<>();
			List<InvalidInputException.FieldError> errors = new java.util.ArrayList<>();
			fields.forEach((name, value) -> {
				if (name.startsWith("points.")) {
					String code = name.substring("points.".length());
					BigDecimal points = number(value, code, errors);
					items.put(code, new SelfEvaluation.Entry(points, fields.get("note." + code)));
				}
			});
			if (!errors.isEmpty()) {
				throw new InvalidInputException(errors);
			}
			return this.healthy.evaluate(actor, id, new SelfEvaluation(items));
		});
	}

	@PostMapping("/promotion/healthy/{id}/evidence")
	@PreAuthorize("hasAuthority('promotion:healthy:apply')")
	String attach(Actor actor, @PathVariable long id, @RequestParam(required = false) MultipartFile file,
			@RequestParam(required = false) String itemCode, RedirectAttributes redirect) throws IOException {
		byte[] content = file == null ? null : file.getBytes();
		String name = file == null ? null : file.getOriginalFilename();
		return act(id, redirect, "promotion.evidence.attached", () -> this.healthy.attach(actor, id, itemCode, name, content));
	}

	@GetMapping("/promotion/healthy/{id}/evidence/{fileId}")
	ResponseEntity<byte[]> download(Actor actor, @PathVariable long id, @PathVariable long fileId) {
		EvidenceDownload file = this.healthy.evidence(actor, id, fileId);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(file.fileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.header("Content-Security-Policy", "sandbox")
			.body(file.content());
	}

	@PostMapping("/promotion/healthy/{id}/submit")
	@PreAuthorize("hasAuthority('promotion:healthy:apply')")
	String submit(Actor actor, @PathVariable long id, RedirectAttributes redirect) {
		return act(id, redirect, "promotion.healthy.submitted", () -> this.healthy.submit(actor, id));
	}

	@PostMapping("/promotion/healthy/{id}/review")
	@PreAuthorize("hasAuthority('promotion:healthy:review')")
	String review(Actor actor, @PathVariable long id, @RequestParam Map<String, String> fields, RedirectAttributes redirect) {
		return act(id, redirect, "promotion.healthy.reviewed", () -> {
			Map<String, Review.Entry> items = new HashMap<>();
			List<InvalidInputException.FieldError> errors = new java.util.ArrayList<>();
			fields.forEach((name, value) -> {
				if (name.startsWith("points.")) {
					String code = name.substring("points.".length());
					String met = fields.get("met." + code);
					items.put(code, new Review.Entry(number(value, code, errors),
							met == null || met.isBlank() ? null : Boolean.valueOf("yes".equals(met)), fields.get("note." + code)));
				}
			});
			if (!errors.isEmpty()) {
				throw new InvalidInputException(errors);
			}
			LocalDate visited = null;
			try {
				visited = Text.blankToNull(fields.get("visitedOn")) == null ? null : LocalDate.parse(fields.get("visitedOn").trim());
			}
			catch (java.time.format.DateTimeParseException ex) {
				throw InvalidInputException.of("visitedOn", "promotion.healthy.review.visitedOn");
			}
			return this.healthy.review(actor, id, new Review(visited, fields.get("note"), items));
		});
	}

	@PostMapping("/promotion/healthy/{id}/decision")
	@PreAuthorize("hasAuthority('promotion:healthy:decide')")
	String decide(Actor actor, @PathVariable long id, @RequestParam(required = false) String decision,
			@RequestParam(required = false) String note, RedirectAttributes redirect) {
		boolean approve = "approve".equals(decision);
		return act(id, redirect, approve ? "promotion.healthy.approved" : "promotion.healthy.rejected",
				() -> this.healthy.decide(actor, id, approve, note));
	}

	private String act(long id, RedirectAttributes redirect, String flashKey, Supplier<?> action) {
		try {
			action.get();
			redirect.addFlashAttribute("flashKey", flashKey);
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("actionErrors", ex.errors());
		}
		return "redirect:/promotion/healthy/" + id;
	}

	private static BigDecimal number(String value, String code, List<InvalidInputException.FieldError> errors) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return new BigDecimal(value.trim());
		}
		catch (NumberFormatException ex) {
			errors.add(InvalidInputException.FieldError.of("items[" + code + "]", "promotion.healthy.points.number", code));
			return null;
		}
	}

	/** The items grouped by section, in order. */
	static Map<String, List<ItemScore>> sections(List<ItemScore> items) {
		Map<String, List<ItemScore>> sections = new java.util.LinkedHashMap<>();
		for (ItemScore item : items) {
			sections.computeIfAbsent(item.sectionName(), k -> new java.util.ArrayList<>()).add(item);
		}
		return sections;
	}

	static ApplicationFilter filter(String region, Integer year, String status, String q) {
		String name = Text.enumName(status, ApplicationStatus.class);
		return new ApplicationFilter(region, year, name == null ? null : ApplicationStatus.valueOf(name), Text.blankToNull(q));
	}

	private String word(String key, Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

}
