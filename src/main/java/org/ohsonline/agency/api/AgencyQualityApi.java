package org.ohsonline.agency.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.ohsonline.agency.AgencyComplaints;
import org.ohsonline.agency.QualityDocument;
import org.ohsonline.agency.QualityDrawView;
import org.ohsonline.agency.QualityFindingView;
import org.ohsonline.agency.QualityReviewCommand;
import org.ohsonline.agency.QualityRubric;
import org.ohsonline.agency.QualitySampleFilter;
import org.ohsonline.agency.QualitySampleView;
import org.ohsonline.agency.ReportQuality;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.Page;
import org.ohsonline.shared.PageQuery;
import org.ohsonline.shared.Text;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Report-quality sampling, complaints and penalties of agencies and institutions, within the token owner's scope. */
@RestController
@RequestMapping("/api/v1/agency")
@Tag(name = "Agency report quality", description = "Report-quality sampling (报告质量抽查): reproducible draws per "
		+ "quarter, rubric reviews, findings and the organisations' answers; verified complaints and administrative "
		+ "penalties (职业病防治法 第七十九条、第八十条)")
class AgencyQualityApi {

	private final ReportQuality quality;

	private final AgencyComplaints complaints;

	AgencyQualityApi(ReportQuality quality, AgencyComplaints complaints) {
		this.quality = quality;
		this.complaints = complaints;
	}

	@Schema(name = "AgencyQualityDrawRequest")
	record DrawRequest(String region, String period) {
	}

	@Schema(name = "AgencyQualityClosing")
	record Closing(String note) {
	}

	@GetMapping("/quality/draws")
	@Operation(summary = "Draws visible to a region-scoped user, newest period first")
	Page<QualityDrawView> draws(Actor actor, @RequestParam(required = false) String region,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return this.quality.draws(actor, region, PageQuery.of(page, size));
	}

	@PostMapping("/quality/draws")
	@Operation(summary = "Draws the sample of a quarter (period 2026Q4) for the organisations of the region "
			+ "(algorithm OHS-QUALITY-1: the seed derives from the published inputs file)")
	QualityDrawView draw(Actor actor, @RequestBody DrawRequest request) {
		return this.quality.draw(actor, request == null ? null : request.region(), request == null ? null : request.period());
	}

	@GetMapping("/quality/draws/{id}")
	@Operation(summary = "A draw with each organisation's level, ratio, population and drawn count")
	QualityDrawView drawDetail(Actor actor, @PathVariable long id) {
		return this.quality.draw(actor, id);
	}

	@GetMapping(path = "/quality/draws/{id}/inputs", produces = MediaType.TEXT_PLAIN_VALUE)
	@Operation(summary = "The frozen inputs file of a draw, to redo it")
	ResponseEntity<byte[]> inputs(Actor actor, @PathVariable long id) {
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
			.header("X-Content-Type-Options", "nosniff")
			.body(this.quality.inputs(actor, id).getBytes(StandardCharsets.UTF_8));
	}

	@GetMapping("/quality/samples")
	@Operation(summary = "Sampled reports in scope; status DRAWN or REVIEWED; findings OPEN or ANSWERED; period 2026Q4")
	Page<QualitySampleView> samples(Actor actor, @RequestParam(required = false) String region,
			@RequestParam(required = false) String period, @RequestParam(required = false) Long drawId,
			@RequestParam(required = false) Long agencyId, @RequestParam(required = false) String status,
			@RequestParam(required = false) String findings, @RequestParam(required = false) Boolean disagreeing,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return this.quality.samples(actor, new QualitySampleFilter(Text.blankToNull(region), Text.blankToNull(period),
				drawId, agencyId, Text.blankToNull(status), Text.blankToNull(findings), disagreeing), PageQuery.of(page, size));
	}

	@GetMapping("/quality/samples/{id}")
	@Operation(summary = "One sampled report with its recomputation, review and findings")
	QualitySampleView sample(Actor actor, @PathVariable long id) {
		return this.quality.sample(actor, id);
	}

	@GetMapping("/quality/samples/{id}/rubric")
	@Operation(summary = "The rubric criteria that apply to the sampled report")
	QualityRubric rubric(Actor actor, @PathVariable long id) {
		return this.quality.rubric(actor, id);
	}

	@PostMapping("/quality/samples/{id}/review")
	@Operation(summary = "Scores a drawn report: one mark per criterion (0 up to its points, optional finding text); "
			+ "falsified proposes a blacklist entry")
	QualitySampleView review(Actor actor, @PathVariable long id,
			@RequestBody(required = false) QualityReviewCommand command) {
		return this.quality.review(actor, id, command);
	}

	@PostMapping(path = "/quality/findings/{id}/answer", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "The organisation answers a finding (text, optional PDF, PNG or JPEG document)")
	QualityFindingView answer(Actor actor, @PathVariable long id, @RequestParam(required = false) String answer,
			@RequestParam(required = false) MultipartFile document) {
		return this.quality.answer(actor, id, answer, upload(document));
	}

	@PostMapping("/quality/findings/{id}/closure")
	@Operation(summary = "A reviewer closes an answered finding")
	QualityFindingView close(Actor actor, @PathVariable long id, @RequestBody(required = false) Closing closing) {
		return this.quality.close(actor, id, closing == null ? null : closing.note());
	}

	@GetMapping("/quality/findings/{id}/document")
	@Operation(summary = "The document attached to an answer, as an attachment")
	ResponseEntity<byte[]> answerDocument(Actor actor, @PathVariable long id) {
		return attachment(this.quality.answerDocument(actor, id));
	}

	@GetMapping("/complaints/{agencyId}")
	@Operation(summary = "Verified complaints against an organisation in scope")
	List<AgencyComplaints.ComplaintView> complaints(Actor actor, @PathVariable long agencyId) {
		return this.complaints.complaints(actor, agencyId);
	}

	@PostMapping("/complaints/{agencyId}")
	@Operation(summary = "A supervisor of the organisation's region records a verified complaint")
	AgencyComplaints.ComplaintView recordComplaint(Actor actor, @PathVariable long agencyId,
			@RequestBody AgencyComplaints.ComplaintCommand command) {
		return this.complaints.recordComplaint(actor, agencyId, command);
	}

	@GetMapping("/penalties/{agencyId}")
	@Operation(summary = "Administrative penalties decided against an organisation in scope")
	List<AgencyComplaints.PenaltyView> penalties(Actor actor, @PathVariable long agencyId) {
		return this.complaints.penalties(actor, agencyId);
	}

	@PostMapping(path = "/penalties/{agencyId}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "A supervisor records a penalty decision: number, article (ART_79, ART_80_1, ART_80_2, "
			+ "ART_80_3), date, optional summary and decision document")
	AgencyComplaints.PenaltyView recordPenalty(Actor actor, @PathVariable long agencyId,
			@RequestParam(required = false) String decisionNumber, @RequestParam(required = false) String article,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate decidedOn,
			@RequestParam(required = false) String summary, @RequestParam(required = false) MultipartFile document) {
		return this.complaints.recordPenalty(actor, agencyId, new AgencyComplaints.PenaltyCommand(decisionNumber,
				article, decidedOn, summary, upload(document)));
	}

	@GetMapping("/penalties/documents/{penaltyId}")
	@Operation(summary = "A penalty decision document, as an attachment")
	ResponseEntity<byte[]> penaltyDocument(Actor actor, @PathVariable long penaltyId) {
		return attachment(this.complaints.penaltyDocument(actor, penaltyId));
	}

	private static ResponseEntity<byte[]> attachment(QualityDocument.Stored file) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.header("Content-Security-Policy", "sandbox")
			.body(file.content());
	}

	private static QualityDocument upload(MultipartFile file) {
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

}
