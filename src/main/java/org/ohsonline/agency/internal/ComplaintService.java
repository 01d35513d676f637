package org.ohsonline.agency.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ohsonline.agency.AgencyComplaints;
import org.ohsonline.agency.QualityDocument;
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
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Verified complaints and administrative penalties against organisations (see {@link AgencyComplaints}): recorded
 * by supervisors of the organisation's region, audited, and counted by the rating after the commit.
 */
@Service
class ComplaintService implements AgencyComplaints {

	/** The articles of 职业病防治法 (2018) under which an agency or institution is penalised. */
	static final Set<String> ARTICLES = Set.of("ART_79", "ART_80_1", "ART_80_2", "ART_80_3");

	private final JdbcClient jdbc;

	private final AgencyStore agencies;

	private final QualityFiles files;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ComplaintService(JdbcClient jdbc, AgencyStore agencies, QualityFiles files, AuditTrail audit,
			ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.agencies = agencies;
		this.files = files;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public List<ComplaintView> complaints(Actor actor, long agencyId) {
		actor.require(AgencyPermissions.RATING_READ);
		visible(actor, agencyId);
		return this.jdbc.sql("select * from agency.complaint where agency_id = :id order by received_on desc, id desc")
			.param("id", agencyId)
			.query((rs, n) -> new ComplaintView(rs.getLong("id"), rs.getLong("agency_id"),
					rs.getObject("received_on", LocalDate.class), rs.getString("source"), rs.getString("summary"),
					rs.getString("recorded_by"), rs.getTimestamp("recorded_at").toInstant()))
			.list();
	}

	@Override
	@Transactional
	public ComplaintView recordComplaint(Actor actor, long agencyId, ComplaintCommand command) {
		actor.require(AgencyPermissions.COMPLAINT_WRITE);
		AgencyStore.Row agency = supervised(actor, agencyId);
		ComplaintCommand c = command == null ? new ComplaintCommand(null, null, null) : command;
		List<FieldError> errors = new ArrayList<>();
		date(errors, "receivedOn", c.receivedOn());
		String source = required(errors, "source", c.source(), 200);
		String summary = required(errors, "summary", c.summary(), 2000);
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		long id = this.jdbc.sql("""
				insert into agency.complaint (agency_id, received_on, source, summary, recorded_by, recorded_at)
				values (:agency, :on, :source, :summary, :by, :at) returning id""")
			.param("agency", agencyId)
			.param("on", c.receivedOn())
			.param("source", source)
			.param("summary", summary)
			.param("by", actor.displayName())
			.param("at", Timestamp.from(Instant.now(this.clock)))
			.query(Long.class)
			.single();
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("complaintId", id);
		after.put("receivedOn", c.receivedOn().toString());
		after.put("source", source);
		after.put("summary", summary);
		this.audit.record(actor, "agency.complaint.recorded", RatingService.target(agency), null, after);
		this.events.publishEvent(new RatingInputsChanged(agencyId, "COMPLAINT"));
		return complaints(actor, agencyId).stream().filter(v -> v.id() == id).findFirst().orElseThrow();
	}

	@Override
	@Transactional(readOnly = true)
	public List<PenaltyView> penalties(Actor actor, long agencyId) {
		actor.require(AgencyPermissions.RATING_READ);
		visible(actor, agencyId);
		return this.jdbc.sql("select * from agency.penalty where agency_id = :id order by decided_on desc, id desc")
			.param("id", agencyId)
			.query((rs, n) -> new PenaltyView(rs.getLong("id"), rs.getLong("agency_id"), rs.getString("decision_number"),
					rs.getString("article"), rs.getObject("decided_on", LocalDate.class), rs.getString("summary"),
					rs.getString("document_name"), rs.getString("document_sha256"), rs.getString("recorded_by"),
					rs.getTimestamp("recorded_at").toInstant()))
			.list();
	}

	@Override
	@Transactional
	public PenaltyView recordPenalty(Actor actor, long agencyId, PenaltyCommand command) {
		actor.require(AgencyPermissions.COMPLAINT_WRITE);
		AgencyStore.Row agency = supervised(actor, agencyId);
		PenaltyCommand c = command == null ? new PenaltyCommand(null, null, null, null, null) : command;
		List<FieldError> errors = new ArrayList<>();
		String number = required(errors, "decisionNumber", c.decisionNumber(), 100);
		if (c.article() == null || !ARTICLES.contains(c.article())) {
			errors.add(FieldError.of("article", "agency.penalty.articleInvalid"));
		}
		date(errors, "decidedOn", c.decidedOn());
		String summary = c.summary() == null || c.summary().isBlank() ? null : c.summary().trim();
		if (summary != null && summary.length() > 2000) {
			errors.add(FieldError.of("summary", "agency.quality.textTooLong", 2000));
		}
		QualityDocument doc = c.document();
		String type = null;
		if (doc != null && doc.content() != null && doc.content().length > 0) {
			if (doc.content().length > this.files.maxBytes()) {
				errors.add(FieldError.of("document", "agency.quality.documentTooLarge", this.files.maxBytes() / (1024 * 1024)));
			}
			type = StoredFiles.sniff(doc.content()).orElse(null);
			if (type == null) {
				errors.add(FieldError.of("document", "agency.quality.documentType"));
			}
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		String sha = type == null ? null : this.files.store(doc.content());
		long id;
		try {
			id = this.jdbc.sql("""
					insert into agency.penalty (agency_id, decision_number, article, decided_on, summary, document_name,
					    document_type, document_size, document_sha256, recorded_by, recorded_at)
					values (:agency, :number, :article, :on, :summary, :name, :type, :size, :sha, :by, :at) returning id""")
				.param("agency", agencyId)
				.param("number", number)
				.param("article", c.article())
				.param("on", c.decidedOn())
				.param("summary", summary)
				.param("name", type == null ? null : QualityReviews.fileName(doc.fileName()))
				.param("type", type)
				.param("size", type == null ? null : doc.content().length)
				.param("sha", sha)
				.param("by", actor.displayName())
				.param("at", Timestamp.from(Instant.now(this.clock)))
				.query(Long.class)
				.single();
		}
		catch (DuplicateKeyException ex) {
			throw InvalidInputException.of("decisionNumber", "agency.penalty.numberTaken");
		}
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("penaltyId", id);
		after.put("decisionNumber", number);
		after.put("article", c.article());
		after.put("decidedOn", c.decidedOn().toString());
		after.put("documentSha256", sha);
		this.audit.record(actor, "agency.penalty.recorded", RatingService.target(agency), null, after);
		this.events.publishEvent(new RatingInputsChanged(agencyId, "PENALTY"));
		return penalties(actor, agencyId).stream().filter(v -> v.id() == id).findFirst().orElseThrow();
	}

	@Override
	@Transactional(readOnly = true)
	public QualityDocument.Stored penaltyDocument(Actor actor, long penaltyId) {
		actor.require(AgencyPermissions.RATING_READ);
		long agencyId = this.jdbc.sql("select agency_id from agency.penalty where id = :id")
			.param("id", penaltyId)
			.query(Long.class)
			.optional()
			.orElseThrow(() -> new NotFoundException("penalty", penaltyId));
		if (this.agencies.find(ScopeFilter.of(actor), agencyId).isEmpty()) {
			throw new NotFoundException("penalty", penaltyId);
		}
		String[] doc = this.jdbc.sql("""
				select document_name, document_type, document_sha256 from agency.penalty
				where id = :id and document_sha256 is not null""")
			.param("id", penaltyId)
			.query((rs, n) -> new String[] { rs.getString(1), rs.getString(2), rs.getString(3) })
			.optional()
			.orElseThrow(() -> new NotFoundException("document", penaltyId));
		return new QualityDocument.Stored(doc[0], doc[1], this.files.read(doc[2]));
	}

	private void date(List<FieldError> errors, String field, LocalDate day) {
		if (day == null) {
			errors.add(FieldError.of(field, "agency.complaint.dateRequired"));
		}
		else if (day.isAfter(LocalDate.now(this.clock.withZone(QualityService.CHINA)))) {
			errors.add(FieldError.of(field, "agency.complaint.dateInFuture"));
		}
	}

	private static String required(List<FieldError> errors, String field, String value, int max) {
		String text = value == null ? "" : value.trim();
		if (text.isEmpty()) {
			errors.add(FieldError.of(field, "agency.complaint.required"));
		}
		else if (text.length() > max) {
			errors.add(FieldError.of(field, "agency.quality.textTooLong", max));
		}
		return text;
	}

	private AgencyStore.Row visible(Actor actor, long agencyId) {
		return this.agencies.find(ScopeFilter.of(actor), agencyId).orElseThrow(() -> new NotFoundException("agency", agencyId));
	}

	private AgencyStore.Row supervised(Actor actor, long agencyId) {
		AgencyStore.Row agency = visible(actor, agencyId);
		if (actor.scope().kind() != Scope.Kind.REGION || !actor.scope().coversRegion(agency.regionCode())) {
			throw new AccessDeniedException(AgencyPermissions.COMPLAINT_WRITE);
		}
		return agency;
	}

}
