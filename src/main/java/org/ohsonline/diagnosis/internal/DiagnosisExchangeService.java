package org.ohsonline.diagnosis.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.ohsonline.audit.AuditTarget;
import org.ohsonline.audit.AuditTrail;
import org.ohsonline.diagnosis.DiagnosisExchange;
import org.ohsonline.shared.AccessDeniedException;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.Hashes;
import org.ohsonline.shared.InvalidInputException;
import org.ohsonline.shared.InvalidInputException.FieldError;
import org.ohsonline.shared.Masking;
import org.ohsonline.shared.NotFoundException;
import org.ohsonline.shared.PiiCipher;
import org.ohsonline.shared.Scope;
import org.ohsonline.shared.exchange.BusinessType;
import org.ohsonline.shared.exchange.DocumentIds;
import org.ohsonline.shared.exchange.ExchangeAnswer;
import org.ohsonline.shared.exchange.ExchangeDocument;
import org.ohsonline.shared.exchange.ExchangeLedger;
import org.ohsonline.shared.exchange.ExchangeSettings;
import org.ohsonline.shared.exchange.ExchangeWriter;
import org.ohsonline.shared.exchange.ExchangeXml;
import org.w3c.dom.Element;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * SUSPECTED_OCPD, DIAGNOSE_OCPD, APPRAISAL_INFO and NYZD out of the module's referrals, cases, appraisals and
 * pesticide poisoning reports, and into received records and reports (see {@link DiagnosisExchange}). The export
 * takes the records of the caller's region ({@link DiagnosisExchangeRecords}, {@link PesticidePoisoningService}),
 * writes them into memory, validates against the type's XSD and only then copies out. Element tables:
 * {@link ExchangeTables}.
 */
@Service
class DiagnosisExchangeService implements DiagnosisExchange {

	static final String EXPORT = "diagnosis:exchange:export";

	static final String IMPORT = "diagnosis:exchange:import";

	static final String REVEAL = "diagnosis:exchange:reveal";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final ExchangeLedger.Statements LEDGER = new ExchangeLedger.Statements("""
			insert into diagnosis.exchange_document (owner, document_id, business_type, sha256, created_at)
			values (:owner, :documentId, :type, :sha256, :at) on conflict do nothing""", """
			select sha256, answer from diagnosis.exchange_document where owner = :owner and document_id = :documentId""",
			"""
					update diagnosis.exchange_document set answer = :answer
					where owner = :owner and document_id = :documentId""");

	private final JdbcClient jdbc;

	private final DiagnosisExchangeRecords records;

	private final PiiCipher cipher;

	private final PesticidePoisoningService poisonings;

	private final AuditTrail audit;

	private final ExchangeSettings settings;

	private final ExchangeLedger ledger;

	private final Clock clock;

	DiagnosisExchangeService(JdbcClient jdbc, DiagnosisExchangeRecords records, PiiCipher cipher,
			PesticidePoisoningService poisonings, AuditTrail audit, ExchangeSettings settings, Clock clock) {
		this.jdbc = jdbc;
		this.records = records;
		this.cipher = cipher;
		this.poisonings = poisonings;
		this.audit = audit;
		this.settings = settings;
		this.ledger = new ExchangeLedger(jdbc, LEDGER, clock);
		this.clock = clock;
	}

	// ---- export

	@Override
	@Transactional
	public int export(Actor actor, BusinessType type, Filter filter, boolean phones, OutputStream out) {
		actor.require(EXPORT);
		if (!TYPES.contains(type)) {
			throw new NotFoundException("exchange type", type.name());
		}
		if (phones && !actor.can(REVEAL)) {
			throw new AccessDeniedException("phone numbers are exported only by a user who may reveal them");
		}
		Filter f = filter == null ? Filter.none() : filter;
		Optional<String> region = actor.scope().narrowRegion(f.region());
		ExchangeTables.Table table = ExchangeTables.of(type);
		String documentId = DocumentIds.next(this.settings, type, this.clock);
		ByteArrayOutputStream buffer = new ByteArrayOutputStream();
		List<String> ids = new ArrayList<>();
		try (ExchangeWriter writer = new ExchangeWriter(buffer, type, documentId, this.settings)) {
			if (region.isPresent()) {
				DiagnosisExchangeRecords.Sink sink = (recordId, values) -> {
					ExchangeRecords.write(writer, table, recordId, values);
					ids.add(recordId);
				};
				if (BusinessType.NYZD.equals(type)) {
					this.poisonings.forExport(region.get(), f.from(), f.to(), phones, sink::accept);
				}
				else {
					this.records.write(type, region.get(), f, sink);
				}
			}
		}
		byte[] document = buffer.toByteArray();
		if (!ids.isEmpty()) {
			String problem = ExchangeXml.problem(table.schema(), document);
			if (problem != null) {
				throw InvalidInputException.of("document", "exchange.exportInvalid", problem);
			}
		}
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("documentId", documentId);
		state.put("type", type.name());
		state.put("records", ids.size());
		state.put("recordIds", ids.size() <= 200 ? ids.toString() : ids.subList(0, 200) + "…");
		state.put("phones", phones ? "revealed" : "withheld");
		this.audit.record(actor, "diagnosis.exchange.exported", AuditTarget.of("diagnosis-exchange", documentId,
				region.orElse(actor.regionCode())), null, state);
		try {
			out.write(document);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return ids.size();
	}

	// ---- import

	@Override
	@Transactional
	public ExchangeAnswer importDocument(Actor actor, BusinessType type, byte[] bytes) {
		actor.require(IMPORT);
		if (!TYPES.contains(type)) {
			throw new NotFoundException("exchange type", type.name());
		}
		if (actor.scope().kind() != Scope.Kind.REGION) {
			throw new AccessDeniedException("exchange documents are received by a user of a region");
		}
		ExchangeDocument document = ExchangeDocument.read(bytes, type, MAX_RECORDS);
		ExchangeTables.Table table = ExchangeTables.of(type);
		return this.ledger.once(actor, document, Hashes.sha256Hex(bytes), () -> {
			List<ExchangeAnswer.Record> records = new ArrayList<>();
			List<Element> elements = document.records();
			Instant now = Instant.now(this.clock);
			for (int i = 0; i < elements.size(); i++) {
				ExchangeRecords.Parsed record = ExchangeRecords.read(table, elements.get(i), i + 1);
				records.add(BusinessType.NYZD.equals(type)
						? this.poisonings.receive(actor, document.documentId(), record, now)
						: keep(actor, type, document.documentId(), record, now));
			}
			ExchangeAnswer answer = new ExchangeAnswer(document.documentId(), type, false, records);
			Map<String, Object> state = new LinkedHashMap<>();
			state.put("documentId", document.documentId());
			state.put("type", type.name());
			state.put("records", records.size());
			state.put("created", answer.count(ExchangeAnswer.CREATED));
			state.put("rejected", answer.rejected());
			this.audit.record(actor, "diagnosis.exchange.imported",
					AuditTarget.of("diagnosis-exchange", document.documentId(), actor.scope().value()), null, state);
			return answer;
		});
	}

	private ExchangeAnswer.Record keep(Actor actor, BusinessType type, String documentId, ExchangeRecords.Parsed record,
			Instant now) {
		if (!record.errors().isEmpty()) {
			return ExchangeAnswer.Record.rejected(record.index(), record.recordId(), record.errors());
		}
		if (record.recordId() == null) {
			return ExchangeAnswer.Record.rejected(record.index(), null,
					List.of(FieldError.of("ID", "exchange.required")));
		}
		String region = ExchangeWriter.regionOf(record.get("ENTERPRISE_INFO/ADDRESS_CODE"));
		if (region == null || !actor.scope().coversRegion(region)) {
			return ExchangeAnswer.Record.rejected(record.index(), record.recordId(), List.of(FieldError
				.of("ENTERPRISE_INFO/ADDRESS_CODE", "diagnosis.exchange.outOfScope", ExchangeWriter.nineDigits(region))));
		}
		String credit = record.get("ENTERPRISE_INFO/CREDIT_CODE").toUpperCase(Locale.ROOT);
		boolean known = this.jdbc.sql("""
				select count(*) from diagnosis.exchange_received
				where business_type = :type and credit_code = :credit and record_id = :record""")
			.param("type", type.name())
			.param("credit", credit)
			.param("record", record.recordId())
			.query(Long.class)
			.single() > 0;
		if (known) {
			return ExchangeAnswer.Record.rejected(record.index(), record.recordId(),
					List.of(FieldError.of("ID", "diagnosis.exchange.duplicate", record.recordId())));
		}
		String disease = BusinessType.APPRAISAL_INFO.equals(type)
				? Optional.ofNullable(record.get("COMPLETION_ATYPISM/COMPLETION_NAME_CODE"))
					.orElse(record.get("DIAGNOSE_INFO/DISEASE_NAME_CODE"))
				: record.get("DISEASE_NAME_CODE");
		LocalDate eventOn = BusinessType.APPRAISAL_INFO.equals(type) ? record.date("INDENTIFY_DATE")
				: record.date("DIAGNOSE_DATE");
		long id = this.jdbc.sql("""
				insert into diagnosis.exchange_received (business_type, document_id, record_id, credit_code, employer_name,
				  region_code, worker_masked, id_number_masked, disease_code, event_on, elements, received_by, received_at)
				values (:type, :document, :record, :credit, :name, :region, :worker, :idMasked, :disease, :eventOn,
				  :elements, :by, :at) returning id""")
			.param("type", type.name())
			.param("document", documentId)
			.param("record", record.recordId())
			.param("credit", credit)
			.param("name", record.get("ENTERPRISE_INFO/ENTERPRISE_NAME"))
			.param("region", region)
			.param("worker", Masking.other(record.get("WORKER_INFO/WORKER_NAME")))
			.param("idMasked", Masking.idNumber(record.get("WORKER_INFO/ID_CARD")))
			.param("disease", disease)
			.param("eventOn", eventOn)
			.param("elements", this.cipher.encrypt(JSON.writeValueAsString(record.values())))
			.param("by", actor.username())
			.param("at", Timestamp.from(now))
			.query(Long.class)
			.single();
		return new ExchangeAnswer.Record(record.index(), record.recordId(), ExchangeAnswer.CREATED, id, credit,
				List.of());
	}

	@Override
	@Transactional(readOnly = true)
	public List<Received> received(Actor actor, BusinessType type, int limit) {
		actor.require(IMPORT);
		if (actor.scope().kind() != Scope.Kind.REGION || BusinessType.NYZD.equals(type)) {
			return List.of();
		}
		return this.jdbc.sql("""
				select * from diagnosis.exchange_received
				where business_type = :type and region_code like :region || '%'
				order by id desc limit :limit""")
			.param("type", type.name())
			.param("region", actor.scope().value())
			.param("limit", Math.max(1, Math.min(limit, 200)))
			.query((rs, n) -> received(rs))
			.list();
	}

	/** The elements of a received record as it gave them (decrypted), for those who received it. */
	@Transactional(readOnly = true)
	Map<String, String> elements(Actor actor, long id) {
		actor.require(IMPORT);
		String sealed = this.jdbc.sql("""
				select elements from diagnosis.exchange_received where id = :id and region_code like :region || '%'""")
			.param("id", id)
			.param("region", actor.scope().regionPrefix().orElse("\u0000"))
			.query(String.class)
			.optional()
			.orElseThrow(() -> new NotFoundException("received record", id));
		return JSON.readValue(this.cipher.decrypt(sealed), new TypeReference<LinkedHashMap<String, String>>() {
		});
	}

	private static Received received(ResultSet rs) throws SQLException {
		java.sql.Date eventOn = rs.getDate("event_on");
		return new Received(rs.getLong("id"), rs.getString("business_type"), rs.getString("document_id"),
				rs.getString("record_id"), rs.getString("credit_code"), rs.getString("employer_name"),
				rs.getString("region_code"), rs.getString("worker_masked"), rs.getString("id_number_masked"),
				rs.getString("disease_code"), eventOn == null ? null : eventOn.toLocalDate());
	}

}
