package org.ohsonline.agency.internal;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ohsonline.agency.BlacklistTrigger;
import org.ohsonline.agency.QualityDocument;
import org.ohsonline.agency.QualityFindingView;
import org.ohsonline.agency.QualityReviewCommand;
import org.ohsonline.agency.QualityRubric;
import org.ohsonline.agency.QualitySampleView;
import org.ohsonline.audit.AuditTarget;
import org.ohsonline.audit.AuditTrail;
import org.ohsonline.shared.AccessDeniedException;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.InvalidInputException;
import org.ohsonline.shared.InvalidInputException.FieldError;
import org.ohsonline.shared.NotFoundException;
import org.ohsonline.shared.Scope;
import org.ohsonline.shared.ScopeFilter;
import org.ohsonline.shared.documents.StoredFiles;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The review of a sampled report against its draw's rubric edition (score = Σ awarded / Σ points × 100, one
 * decimal), the findings it raises, the organisation's answers and the reviewer's closing. The rubric outcome
 * "falsified report" proposes a blacklist entry (职业病防治法 第八十条第（三）项) for a supervisor to confirm. Called by
 * {@link QualityService} inside its transactions.
 */
@Component
class QualityReviews {

	private static final int TEXT_MAX = 2000;

	private final JdbcClient jdbc;

	private final QualityStore store;

	private final QualityRules rules;

	private final QualityFiles files;

	private final BlacklistService blacklist;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	QualityReviews(JdbcClient jdbc, QualityStore store, QualityRules rules, QualityFiles files,
			BlacklistService blacklist, AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.store = store;
		this.rules = rules;
		this.files = files;
		this.blacklist = blacklist;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	QualityRubric rubricOf(QualitySampleView sample) {
		long version = this.jdbc.sql("select rubric_version_id from agency.quality_draw where id = :id")
			.param("id", sample.drawId())
			.query(Long.class)
			.single();
		return this.rules.rubric(version).forKind(sample.kind());
	}

	QualitySampleView review(Actor actor, long sampleId, QualityReviewCommand command) {
		actor.require(AgencyPermissions.QUALITY_REVIEW);
		QualitySampleView sample = reviewable(actor, sampleId);
		if (sample.reviewed()) {
			throw InvalidInputException.of(null, "agency.quality.alreadyReviewed");
		}
		QualityRubric rubric = rubricOf(sample);
		Map<String, QualityReviewCommand.Mark> marks = new HashMap<>();
		if (command != null && command.marks() != null) {
			command.marks().stream().filter(m -> m != null && m.criterion() != null).forEach(m -> marks.put(m.criterion(), m));
		}
		List<FieldError> errors = new ArrayList<>();
		List<QualitySampleView.CriterionScore> scores = new ArrayList<>();
		BigDecimal maximum = BigDecimal.ZERO;
		BigDecimal awarded = BigDecimal.ZERO;
		for (QualityRubric.Criterion c : rubric.criteria()) {
			QualityReviewCommand.Mark mark = marks.get(c.code());
			BigDecimal points = mark == null ? null : mark.points();
			if (points == null || points.signum() < 0 || points.compareTo(c.points()) > 0) {
				errors.add(FieldError.of("points-" + c.code(), "agency.quality.pointsInvalid", c.name(), c.points()));
				continue;
			}
			if (mark.finding() != null && mark.finding().trim().length() > TEXT_MAX) {
				errors.add(FieldError.of("finding-" + c.code(), "agency.quality.textTooLong", TEXT_MAX));
			}
			maximum = maximum.add(c.points());
			awarded = awarded.add(points);
			scores.add(new QualitySampleView.CriterionScore(c.code(), c.name(), c.points(), points));
		}
		boolean falsified = command != null && Boolean.TRUE.equals(command.falsified());
		String note = command == null || command.note() == null ? "" : command.note().trim();
		if (note.length() > TEXT_MAX) {
			errors.add(FieldError.of("note", "agency.quality.textTooLong", TEXT_MAX));
		}
		if (falsified && note.isEmpty()) {
			// A blacklist proposal needs the reviewer's words: what was false.
			errors.add(FieldError.of("note", "agency.quality.falsifiedNoteRequired"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		BigDecimal score = QualityRubric.score(maximum, awarded);
		Instant now = Instant.now(this.clock);
		this.jdbc.sql("""
				update agency.quality_sample set status = 'REVIEWED', score = :score, criteria = cast(:criteria as jsonb),
				    falsified = :falsified, review_note = :note, reviewed_by = :by, reviewed_at = :at
				where id = :id and status = 'DRAWN'""")
			.param("score", score)
			.param("criteria", QualityStore.JSON.writeValueAsString(scores))
			.param("falsified", falsified)
			.param("note", note.isEmpty() ? null : note)
			.param("by", actor.displayName())
			.param("at", Timestamp.from(now))
			.param("id", sampleId)
			.update();
		for (QualityRubric.Criterion c : rubric.criteria()) {
			QualityReviewCommand.Mark mark = marks.get(c.code());
			if (mark.finding() != null && !mark.finding().isBlank()) {
				this.store.insertFinding(sampleId, sample.agencyId(), "REVIEWER", c.code(), mark.finding().trim(),
						actor.displayName(), now);
			}
		}
		if (falsified) {
			this.store.insertFinding(sampleId, sample.agencyId(), "REVIEWER", "FALSIFIED", note, actor.displayName(), now);
			this.blacklist.proposeOnTrigger(sample.agencyId(), BlacklistTrigger.FALSIFIED_REPORT);
		}
		QualitySampleView after = this.store.sample(ScopeFilter.of(actor), sampleId).orElseThrow();
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("score", score.toPlainString());
		state.put("falsified", falsified);
		state.put("criteria", scores.stream().map(s -> s.criterion() + "=" + s.awarded().toPlainString()).toList());
		state.put("findings", after.findings().size());
		this.audit.record(actor, "agency.quality.reviewed", target(after), Map.of("status", "DRAWN"), state);
		this.events.publishEvent(new RatingInputsChanged(sample.agencyId(), "QUALITY"));
		return after;
	}

	QualityFindingView answer(Actor actor, long findingId, String text, QualityDocument document) {
		actor.require(AgencyPermissions.QUALITY_ANSWER);
		if (actor.scope().kind() == Scope.Kind.REGION) {
			// Only the organisation answers for itself; a supervisor never answers on its behalf.
			throw new AccessDeniedException(AgencyPermissions.QUALITY_ANSWER);
		}
		QualityFindingView finding = visibleFinding(actor, findingId);
		List<FieldError> errors = new ArrayList<>();
		if ("CLOSED".equals(finding.status())) {
			errors.add(FieldError.of(null, "agency.quality.findingClosed"));
		}
		String answer = text == null ? "" : text.trim();
		if (answer.isEmpty()) {
			errors.add(FieldError.of("answer", "agency.quality.answerRequired"));
		}
		else if (answer.length() > 4000) {
			errors.add(FieldError.of("answer", "agency.quality.textTooLong", 4000));
		}
		String type = null;
		if (document != null && document.content() != null && document.content().length > 0) {
			if (document.content().length > this.files.maxBytes()) {
				errors.add(FieldError.of("document", "agency.quality.documentTooLarge", this.files.maxBytes() / (1024 * 1024)));
			}
			type = StoredFiles.sniff(document.content()).orElse(null);
			if (type == null) {
				errors.add(FieldError.of("document", "agency.quality.documentType"));
			}
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		String sha = type == null ? null : this.files.store(document.content());
		String name = type == null ? null : fileName(document.fileName());
		this.jdbc.sql("""
				update agency.quality_finding set status = 'ANSWERED', answer = :answer, answered_by = :by, answered_at = :at,
				    answer_doc_name = coalesce(:name, answer_doc_name), answer_doc_type = coalesce(:type, answer_doc_type),
				    answer_doc_size = coalesce(:size, answer_doc_size), answer_doc_sha256 = coalesce(:sha, answer_doc_sha256)
				where id = :id and status <> 'CLOSED'""")
			.param("answer", answer)
			.param("by", actor.displayName())
			.param("at", Timestamp.from(Instant.now(this.clock)))
			.param("name", name)
			.param("type", type)
			.param("size", type == null ? null : document.content().length)
			.param("sha", sha)
			.param("id", findingId)
			.update();
		QualityFindingView after = this.store.finding(findingId).orElseThrow();
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("status", after.status());
		state.put("answer", answer);
		state.put("documentSha256", after.answerDocumentSha256());
		this.audit.record(actor, "agency.quality.answered", findingTarget(actor, after), Map.of("status", finding.status()),
				state);
		return after;
	}

	QualityFindingView close(Actor actor, long findingId, String note) {
		actor.require(AgencyPermissions.QUALITY_REVIEW);
		QualityFindingView finding = visibleFinding(actor, findingId);
		reviewable(actor, finding.sampleId());
		List<FieldError> errors = new ArrayList<>();
		if (!"ANSWERED".equals(finding.status())) {
			errors.add(FieldError.of(null, "agency.quality.notAnswered"));
		}
		String text = note == null ? "" : note.trim();
		if (text.length() > TEXT_MAX) {
			errors.add(FieldError.of("note", "agency.quality.textTooLong", TEXT_MAX));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		this.jdbc.sql("""
				update agency.quality_finding set status = 'CLOSED', closing_note = :note, closed_by = :by, closed_at = :at
				where id = :id and status = 'ANSWERED'""")
			.param("note", text.isEmpty() ? null : text)
			.param("by", actor.displayName())
			.param("at", Timestamp.from(Instant.now(this.clock)))
			.param("id", findingId)
			.update();
		QualityFindingView after = this.store.finding(findingId).orElseThrow();
		this.audit.record(actor, "agency.quality.closed", findingTarget(actor, after), Map.of("status", finding.status()),
				Map.of("status", after.status(), "note", text));
		return after;
	}

	QualityDocument.Stored document(Actor actor, long findingId) {
		actor.require(AgencyPermissions.QUALITY_READ);
		visibleFinding(actor, findingId);
		String[] doc = this.store.answerDocument(findingId).orElseThrow(() -> new NotFoundException("document", findingId));
		return new QualityDocument.Stored(doc[0], doc[1], this.files.read(doc[2]));
	}

	/** A sample in the reviewer's scope whose organisation lies in the reviewer's region. */
	private QualitySampleView reviewable(Actor actor, long sampleId) {
		QualitySampleView sample = this.store.sample(ScopeFilter.of(actor), sampleId)
			.orElseThrow(() -> new NotFoundException("quality-sample", sampleId));
		if (actor.scope().kind() != Scope.Kind.REGION || !actor.scope().coversRegion(sample.regionCode())) {
			throw new AccessDeniedException(AgencyPermissions.QUALITY_REVIEW);
		}
		return sample;
	}

	private QualityFindingView visibleFinding(Actor actor, long findingId) {
		long sampleId = this.store.sampleOf(findingId).orElseThrow(() -> new NotFoundException("quality-finding", findingId));
		this.store.sample(ScopeFilter.of(actor), sampleId)
			.orElseThrow(() -> new NotFoundException("quality-finding", findingId));
		return this.store.finding(findingId).orElseThrow();
	}

	private AuditTarget findingTarget(Actor actor, QualityFindingView finding) {
		String region = this.jdbc.sql("select region_code from agency.agency where id = :id")
			.param("id", finding.agencyId())
			.query(String.class)
			.single();
		return AuditTarget.of("quality-finding", finding.id(), region);
	}

	private static AuditTarget target(QualitySampleView sample) {
		return AuditTarget.of("quality-sample", sample.id(), sample.regionCode());
	}

	static String fileName(String name) {
		String n = name == null ? "" : name.replaceAll("[\\\\/\\r\\n\"]", "_").trim();
		if (n.isEmpty()) {
			return "document";
		}
		return n.length() > 200 ? n.substring(n.length() - 200) : n;
	}

}
