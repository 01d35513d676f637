package org.ohsonline.agency.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.ohsonline.agency.QualityDocument;
import org.ohsonline.agency.QualityReviewCommand;
import org.ohsonline.agency.QualityRubric;
import org.ohsonline.agency.QualitySampleFilter;
import org.ohsonline.agency.QualitySampleView;
import org.ohsonline.agency.ReportQuality;
import org.ohsonline.reference.Divisions;
import org.ohsonline.reference.HazardFactors;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * 报告抽查: the sampled reports in scope and their export; supervisors draw a quarter's sample and review each report
 * against the rubric and close answered findings; an organisation reads its own samples and answers the findings.
 */
@Controller
@PreAuthorize("hasAuthority('agency:quality:read')")
class QualityController {

	static final String LIST = "agency/quality";

	static final String SAMPLE = "agency/quality-sample";

	static final String DRAW = "agency/quality-draw";

	private static final List<String> EXPORT_COLUMNS = List.of("agency.quality.period", "agency.quality.seq",
			"agency.agency.name", "agency.agency.kind", "agency.agency.regionCode", "agency.quality.report",
			"agency.evaluation.employer", "agency.quality.deliveredOn", "common.status", "agency.quality.recomputation",
			"agency.quality.score", "agency.quality.falsified", "agency.quality.openFindings", "agency.quality.reviewedBy");

	private final ReportQuality quality;

	private final Divisions divisions;

	private final HazardFactors hazards;

	private final MessageSource messages;

	QualityController(ReportQuality quality, Divisions divisions, HazardFactors hazards, MessageSource messages) {
		this.quality = quality;
		this.divisions = divisions;
		this.hazards = hazards;
		this.messages = messages;
	}

	@GetMapping("/agencies/quality")
	String list(Actor actor, @RequestParam(required = false) String region, @RequestParam(required = false) String period,
			@RequestParam(required = false) String status, @RequestParam(required = false) String findings,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
			HttpServletRequest request, Model model) {
		QualitySampleFilter filter = filter(region, period, status, findings);
		model.addAttribute("filter", filter);
		model.addAttribute("page", this.quality.samples(actor, filter, PageQuery.of(page, size)));
		model.addAttribute("labels", new Labels(this.divisions, this.hazards));
		model.addAttribute("scopeName", actor.scope().regionPrefix().map(this.divisions::fullName).orElse(""));
		boolean regional = actor.scope().kind() == Scope.Kind.REGION;
		model.addAttribute("draws", regional ? this.quality.draws(actor, null, PageQuery.of(1, 8)).items() : List.of());
		String query = query(filter);
		model.addAttribute("base", "/agencies/quality?" + query);
		model.addAttribute("exportUrl", "/agencies/quality/export.xlsx?" + query);
		boolean htmx = request.getHeader("HX-Request") != null && request.getHeader("HX-Boosted") == null;
		return htmx ? LIST + " :: results" : LIST;
	}

	/** Exactly the filtered samples, streamed row by row. */
	@GetMapping("/agencies/quality/export.xlsx")
	void export(Actor actor, @RequestParam(required = false) String region, @RequestParam(required = false) String period,
			@RequestParam(required = false) String status, @RequestParam(required = false) String findings, Locale locale,
			HttpServletResponse response) {
		SpreadsheetExport sheet = SpreadsheetExport.attachment(response, "agency-quality-samples.xlsx",
				message("agency.quality.title", locale),
				EXPORT_COLUMNS.stream().map(column -> message(column, locale)).toList());
		this.quality.forEachSample(actor, filter(region, period, status, findings), s -> sheet.row(s.period(), s.seq(),
				s.agencyName(), message("agency.kind." + s.agencyKind(), locale), s.regionCode(),
				report(s, locale), Text.nullToEmpty(s.employerName()), s.deliveredOn(),
				message("agency.quality.status." + s.status(), locale),
				message("agency.quality.recomputation." + s.recomputation(), locale),
				s.score() == null ? "" : s.score().toPlainString(), s.falsified() ? message("agency.quality.falsified", locale) : "",
				s.openFindings(), Text.nullToEmpty(s.reviewedBy())));
		sheet.finish();
	}

	@PostMapping("/agencies/quality/draws")
	@PreAuthorize("hasAuthority('agency:quality:draw')")
	String draw(Actor actor, @RequestParam(required = false) String region, @RequestParam(required = false) String period,
			RedirectAttributes redirect) {
		try {
			long id = this.quality.draw(actor, region, period).id();
			redirect.addFlashAttribute("flashKey", "agency.quality.drawnDone");
			return "redirect:/agencies/quality/draws/" + id;
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("actionErrors", ex.errors());
			return "redirect:/agencies/quality";
		}
	}

	@GetMapping("/agencies/quality/draws/{id}")
	String drawDetail(Actor actor, @PathVariable long id, Model model) {
		model.addAttribute("draw", this.quality.draw(actor, id));
		model.addAttribute("inputs", this.quality.inputs(actor, id));
		model.addAttribute("labels", new Labels(this.divisions, this.hazards));
		return DRAW;
	}

	/** The frozen inputs file, to redo the draw: plain text, an attachment. */
	@GetMapping("/agencies/quality/draws/{id}/inputs.txt")
	ResponseEntity<byte[]> inputs(Actor actor, @PathVariable long id) {
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename("quality-draw-" + id + "-inputs.txt")
				.build()
				.toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(this.quality.inputs(actor, id).getBytes(StandardCharsets.UTF_8));
	}

	@GetMapping("/agencies/quality/samples/{id}")
	String sample(Actor actor, @PathVariable long id, Model model) {
		QualitySampleView sample = this.quality.sample(actor, id);
		model.addAttribute("sample", sample);
		QualityRubric rubric = this.quality.rubric(actor, id);
		model.addAttribute("rubric", rubric);
		Map<String, String> names = new java.util.HashMap<>();
		rubric.criteria().forEach(c -> names.put(c.code(), c.name()));
		model.addAttribute("criterionNames", names);
		model.addAttribute("labels", new Labels(this.divisions, this.hazards));
		return SAMPLE;
	}

	@PostMapping("/agencies/quality/samples/{id}/review")
	@PreAuthorize("hasAuthority('agency:quality:review')")
	String review(Actor actor, @PathVariable long id, @RequestParam Map<String, String> form,
			RedirectAttributes redirect) {
		QualityRubric rubric = this.quality.rubric(actor, id);
		List<QualityReviewCommand.Mark> marks = new ArrayList<>();
		for (QualityRubric.Criterion c : rubric.criteria()) {
			marks.add(new QualityReviewCommand.Mark(c.code(), number(form.get("points-" + c.code())),
					Text.blankToNull(form.get("finding-" + c.code()))));
		}
		try {
			this.quality.review(actor, id, new QualityReviewCommand(marks, "on".equals(form.get("falsified"))
					|| "true".equals(form.get("falsified")), form.get("note")));
			redirect.addFlashAttribute("flashKey", "agency.quality.reviewedDone");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("actionErrors", ex.errors());
		}
		return "redirect:/agencies/quality/samples/" + id;
	}

	@PostMapping("/agencies/quality/findings/{id}/answer")
	@PreAuthorize("hasAuthority('agency:quality:answer')")
	String answer(Actor actor, @PathVariable long id, @RequestParam(required = false) String answer,
			@RequestParam(required = false) MultipartFile document, RedirectAttributes redirect) {
		try {
			long sample = this.quality.answer(actor, id, answer, upload(document)).sampleId();
			redirect.addFlashAttribute("flashKey", "agency.quality.answeredDone");
			return "redirect:/agencies/quality/samples/" + sample;
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("actionErrors", ex.errors());
			return "redirect:/agencies/quality";
		}
	}

	@PostMapping("/agencies/quality/findings/{id}/close")
	@PreAuthorize("hasAuthority('agency:quality:review')")
	String close(Actor actor, @PathVariable long id, @RequestParam(required = false) String note,
			RedirectAttributes redirect) {
		try {
			long sample = this.quality.close(actor, id, note).sampleId();
			redirect.addFlashAttribute("flashKey", "agency.quality.closedDone");
			return "redirect:/agencies/quality/samples/" + sample;
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("actionErrors", ex.errors());
			return "redirect:/agencies/quality";
		}
	}

	/** An answer's document, never inline: an attachment, its type sniffed on upload, sandboxed. */
	@GetMapping("/agencies/quality/findings/{id}/document")
	ResponseEntity<byte[]> document(Actor actor, @PathVariable long id) {
		return attachment(this.quality.answerDocument(actor, id));
	}

	static ResponseEntity<byte[]> attachment(QualityDocument.Stored file) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.header("Content-Security-Policy", "sandbox")
			.body(file.content());
	}

	static QualityDocument upload(MultipartFile file) {
		if (file == null || file.isEmpty()) {
			return null;
		}
		try {
			return new QualityDocument(file.getOriginalFilename(), file.getBytes());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private String report(QualitySampleView s, Locale locale) {
		return message("agency.evaluation.kind." + s.kind(), locale) + " " + Text.nullToEmpty(s.subjectNumber());
	}

	private static BigDecimal number(String text) {
		try {
			return text == null || text.isBlank() ? null : new BigDecimal(text.trim());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	static QualitySampleFilter filter(String region, String period, String status, String findings) {
		String s = "DRAWN".equals(status) || "REVIEWED".equals(status) ? status : null;
		String f = "OPEN".equals(findings) || "ANSWERED".equals(findings) ? findings : null;
		return new QualitySampleFilter(Text.blankToNull(region), Text.blankToNull(period), null, null, s, f, null);
	}

	static String query(QualitySampleFilter filter) {
		return UriComponentsBuilder.newInstance()
			.queryParam("region", Text.nullToEmpty(filter.region()))
			.queryParam("period", Text.nullToEmpty(filter.period()))
			.queryParam("status", Text.nullToEmpty(filter.status()))
			.queryParam("findings", Text.nullToEmpty(filter.findings()))
			.encode()
			.build()
			.getQuery();
	}

	private String message(String code, Locale locale) {
		return this.messages.getMessage(code, null, code, locale);
	}

}
