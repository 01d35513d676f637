package org.ohsonline.testing.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ohsonline.audit.AuditTarget;
import org.ohsonline.audit.AuditTrail;
import org.ohsonline.reference.Divisions;
import org.ohsonline.reference.ExchangeCodes;
import org.ohsonline.registry.EmployerView;
import org.ohsonline.registry.Employers;
import org.ohsonline.shared.AccessDeniedException;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.Hashes;
import org.ohsonline.shared.InvalidInputException;
import org.ohsonline.shared.InvalidInputException.FieldError;
import org.ohsonline.shared.Scope;
import org.ohsonline.shared.exchange.BusinessType;
import org.ohsonline.shared.exchange.DocumentIds;
import org.ohsonline.shared.exchange.ExchangeAnswer;
import org.ohsonline.shared.exchange.ExchangeDocument;
import org.ohsonline.shared.exchange.ExchangeLedger;
import org.ohsonline.shared.exchange.ExchangeSettings;
import org.ohsonline.shared.exchange.ExchangeWriter;
import org.ohsonline.shared.exchange.ExchangeXml;
import org.ohsonline.testing.DetectionExchange;
import org.ohsonline.testing.JobFilter;
import org.ohsonline.testing.JobStatus;
import org.ohsonline.testing.JobView;
import org.ohsonline.testing.TestingJobs;
import org.w3c.dom.Element;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * DETECTION_INFO out of reviewed testing jobs and into the received detections (see {@link DetectionExchange}).
 * The export reads the jobs through {@link TestingJobs} and the employers through the register's facade, both
 * with the caller's own scope, writes into memory, validates and only then copies out.
 */
@Service
class DetectionExchangeService implements DetectionExchange {

	static final String EXPORT = "testing:exchange:export";

	static final String IMPORT = "testing:exchange:import";

	private static final ExchangeLedger.Statements LEDGER = new ExchangeLedger.Statements("""
			insert into testing.exchange_document (owner, document_id, business_type, sha256, created_at)
			values (:owner, :documentId, :type, :sha256, :at) on conflict do nothing""", """
			select sha256, answer from testing.exchange_document where owner = :owner and document_id = :documentId""",
			"""
					update testing.exchange_document set answer = :answer
					where owner = :owner and document_id = :documentId""");

	private final TestingJobs jobs;

	private final Employers employers;

	private final Divisions divisions;

	private final ExchangeCodes codes;

	private final DetectionReceivedStore received;

	private final AuditTrail audit;

	private final ExchangeSettings settings;

	private final ExchangeLedger ledger;

	private final Clock clock;

	DetectionExchangeService(TestingJobs jobs, Employers employers, Divisions divisions, ExchangeCodes codes,
			DetectionReceivedStore received, AuditTrail audit, ExchangeSettings settings, JdbcClient jdbc, Clock clock) {
		this.codes = codes;
		this.jobs = jobs;
		this.employers = employers;
		this.divisions = divisions;
		this.received = received;
		this.audit = audit;
		this.settings = settings;
		this.ledger = new ExchangeLedger(jdbc, LEDGER, clock);
		this.clock = clock;
	}

	@Override
	@Transactional
	public int export(Actor actor, JobFilter filter, OutputStream out) {
		actor.require(EXPORT);
		JobFilter reviewed = new JobFilter(filter.q(), filter.region(), filter.employerId(), filter.agencyId(),
				filter.jobType(), JobStatus.REVIEWED.name(), filter.from(), filter.to(), filter.sort());
		List<Long> ids = new ArrayList<>();
		this.jobs.forEach(actor, reviewed, j -> ids.add(j.id()));
		String documentId = DocumentIds.next(this.settings, BusinessType.DETECTION_INFO, this.clock);
		ByteArrayOutputStream buffer = new ByteArrayOutputStream();
		Map<String, String> orgCodes = new java.util.HashMap<>();
		int written = 0;
		try (ExchangeWriter writer = new ExchangeWriter(buffer, BusinessType.DETECTION_INFO, documentId, this.settings)) {
			for (long id : ids) {
				JobView job = this.jobs.find(actor, id);
				EmployerView employer = this.employers.inScope(actor, job.employerId()).orElse(null);
				if (employer == null) {
					continue;
				}
				String orgCode = orgCodes.computeIfAbsent(job.agencyCreditCode(),
						c -> this.codes.orgCode(c).orElse(this.settings.orgCode()));
				DetectionRecords.write(writer, job, employer, this.divisions.fullName(employer.regionCode()), this.settings,
						orgCode);
				written++;
			}
		}
		byte[] document = buffer.toByteArray();
		if (written > 0) {
			String problem = ExchangeXml.problem(DetectionRecords.SCHEMA, document);
			if (problem != null) {
				throw InvalidInputException.of("document", "exchange.exportInvalid", problem);
			}
		}
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("documentId", documentId);
		state.put("records", written);
		state.put("jobIds", ids.size() <= 200 ? ids.toString() : ids.subList(0, 200) + "…");
		this.audit.record(actor, "testing.exchange.exported",
				AuditTarget.of("detection-exchange", documentId, regionOf(actor)), null, state);
		try {
			out.write(document);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return written;
	}

	private static String regionOf(Actor actor) {
		return actor.scope().kind() == Scope.Kind.REGION ? actor.scope().value() : actor.regionCode();
	}

	@Override
	@Transactional
	public ExchangeAnswer importDocument(Actor actor, byte[] bytes) {
		actor.require(IMPORT);
		if (actor.scope().kind() != Scope.Kind.REGION) {
			throw new AccessDeniedException("detection documents are received by a user of a region");
		}
		ExchangeDocument document = ExchangeDocument.read(bytes, BusinessType.DETECTION_INFO, MAX_RECORDS);
		return this.ledger.once(actor, document, Hashes.sha256Hex(bytes), () -> {
			List<ExchangeAnswer.Record> records = new ArrayList<>();
			List<Element> elements = document.records();
			Instant now = Instant.now(this.clock);
			for (int i = 0; i < elements.size(); i++) {
				DetectionRecords.Parsed record = DetectionRecords.read(elements.get(i), i + 1);
				records.add(keep(actor, document.documentId(), record, now));
			}
			ExchangeAnswer answer = new ExchangeAnswer(document.documentId(), BusinessType.DETECTION_INFO, false,
					records);
			Map<String, Object> state = new LinkedHashMap<>();
			state.put("documentId", document.documentId());
			state.put("records", records.size());
			state.put("created", answer.count(ExchangeAnswer.CREATED));
			state.put("rejected", answer.rejected());
			this.audit.record(actor, "testing.exchange.imported",
					AuditTarget.of("detection-exchange", document.documentId(), regionOf(actor)), null, state);
			return answer;
		});
	}

	private ExchangeAnswer.Record keep(Actor actor, String documentId, DetectionRecords.Parsed record, Instant now) {
		if (!record.errors().isEmpty()) {
			return ExchangeAnswer.Record.rejected(record.index(), record.recordId(), record.errors());
		}
		String region = record.enterprise().regionCode();
		if (region == null || !region.startsWith(actor.scope().value())) {
			return ExchangeAnswer.Record.rejected(record.index(), record.recordId(), List.of(FieldError
				.of("ENTERPRISE_INFO/ADDRESS_CODE", "testing.exchange.outOfScope", ExchangeWriter.nineDigits(region))));
		}
		if (this.received.exists(record.enterprise().creditCode(), record.recordId())) {
			return ExchangeAnswer.Record.rejected(record.index(), record.recordId(),
					List.of(FieldError.of("ID", "testing.exchange.duplicate", record.recordId())));
		}
		long id = this.received.insert(documentId, record, actor.username(), now);
		return new ExchangeAnswer.Record(record.index(), record.recordId(), ExchangeAnswer.CREATED, id,
				record.enterprise().creditCode(), List.of());
	}

	@Override
	@Transactional(readOnly = true)
	public List<Received> received(Actor actor, String creditCode, int limit) {
		actor.require(IMPORT);
		if (actor.scope().kind() != Scope.Kind.REGION) {
			return List.of();
		}
		return this.received.latest(actor.scope().value(), creditCode == null || creditCode.isBlank() ? null
				: creditCode.trim().toUpperCase(java.util.Locale.ROOT), Math.max(1, Math.min(limit, 200)));
	}

}
