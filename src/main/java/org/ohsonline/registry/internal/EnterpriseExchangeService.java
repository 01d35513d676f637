package org.ohsonline.registry.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.ohsonline.audit.AuditTarget;
import org.ohsonline.audit.AuditTrail;
import org.ohsonline.reference.SizeClass;
import org.ohsonline.registry.EmployerCommand;
import org.ohsonline.registry.EmployerFilter;
import org.ohsonline.registry.EnterpriseExchange;
import org.ohsonline.shared.AccessDeniedException;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.Hashes;
import org.ohsonline.shared.InvalidInputException;
import org.ohsonline.shared.InvalidInputException.FieldError;
import org.ohsonline.shared.PiiCipher;
import org.ohsonline.shared.Scope;
import org.ohsonline.shared.ScopeFilter;
import org.ohsonline.shared.exchange.BusinessType;
import org.ohsonline.shared.exchange.DocumentIds;
import org.ohsonline.shared.exchange.ExchangeAnswer;
import org.ohsonline.shared.exchange.ExchangeDocument;
import org.ohsonline.shared.exchange.ExchangeLedger;
import org.ohsonline.shared.exchange.ExchangeSettings;
import org.ohsonline.shared.exchange.ExchangeWriter;
import org.ohsonline.shared.exchange.ExchangeXml;
import org.w3c.dom.Element;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * ENTERPRISE_INFO out of and into the register (see {@link EnterpriseExchange}). Export reads the
 * employers of the filter in the actor's scope, writes the document into memory, validates it against
 * the specification's schema and only then copies it out. Import checks every record, then brings the
 * employers it names to the document through {@link EmployerService#update}, after the same rules have
 * been checked beforehand (a rule broken inside would roll back the whole document).
 */
@Service
class EnterpriseExchangeService implements EnterpriseExchange {

	static final String EXPORT = "registry:exchange:export";

	static final String IMPORT = "registry:exchange:import";

	static final String CONTACT_REVEAL = "registry:contact:reveal";

	private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private static final ExchangeLedger.Statements LEDGER = new ExchangeLedger.Statements("""
			insert into registry.exchange_document (owner, document_id, business_type, sha256, created_at)
			values (:owner, :documentId, :type, :sha256, :at) on conflict do nothing""", """
			select sha256, answer from registry.exchange_document where owner = :owner and document_id = :documentId""",
			"""
					update registry.exchange_document set answer = :answer
					where owner = :owner and document_id = :documentId""");

	private final EmployerService employers;

	private final EmployerStore store;

	private final EmployerRules rules;

	private final PiiCipher cipher;

	private final AuditTrail audit;

	private final ExchangeSettings settings;

	private final ExchangeLedger ledger;

	private final Clock clock;

	EnterpriseExchangeService(EmployerService employers, EmployerStore store, EmployerRules rules, PiiCipher cipher,
			AuditTrail audit, ExchangeSettings settings, JdbcClient jdbc, Clock clock) {
		this.employers = employers;
		this.store = store;
		this.rules = rules;
		this.cipher = cipher;
		this.audit = audit;
		this.settings = settings;
		this.ledger = new ExchangeLedger(jdbc, LEDGER, clock);
		this.clock = clock;
	}

	@Override
	@Transactional
	public int export(Actor actor, EmployerFilter filter, boolean withPhones, OutputStream out) {
		actor.require(EXPORT);
		if (withPhones && !actor.can(CONTACT_REVEAL)) {
			throw new AccessDeniedException("phone numbers are exported only by a user who may reveal them");
		}
		List<Long> ids = new ArrayList<>();
		this.employers.forEach(actor, filter, e -> ids.add(e.id()));
		String documentId = DocumentIds.next(this.settings, BusinessType.ENTERPRISE_INFO, this.clock);
		LocalDate today = LocalDate.now(this.clock.withZone(ZONE));
		ScopeFilter scope = ScopeFilter.of(actor);
		ByteArrayOutputStream buffer = new ByteArrayOutputStream();
		try (ExchangeWriter writer = new ExchangeWriter(buffer, BusinessType.ENTERPRISE_INFO, documentId, this.settings)) {
			for (long id : ids) {
				this.store.find(scope, id).ifPresent(row -> EnterpriseRecords.write(writer,
						new EnterpriseRecords.Out(row.id(), row.creditCode(), row.name(), row.regionCode(), row.address(),
								row.industryCode(), row.economicTypeCode(), SizeClass.exchangeCode(row.sizeClass()),
								row.ohManagerName(), withPhones ? this.cipher.decrypt(row.contactPhoneCipher()) : null,
								row.createdAt().atZone(ZONE).toLocalDate()),
						this.settings, today));
			}
		}
		byte[] document = buffer.toByteArray();
		if (!ids.isEmpty()) {
			String problem = ExchangeXml.problem(EnterpriseRecords.SCHEMA, document);
			if (problem != null) {
				throw InvalidInputException.of("document", "exchange.exportInvalid", problem);
			}
		}
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("documentId", documentId);
		state.put("records", ids.size());
		state.put("phones", withPhones ? "revealed" : "withheld");
		state.put("employerIds", ids.size() <= 200 ? ids.toString() : ids.subList(0, 200) + "…");
		this.audit.record(actor, "registry.exchange.exported",
				AuditTarget.of("enterprise-exchange", documentId, regionOf(actor)), null, state);
		try {
			out.write(document);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return ids.size();
	}

	private static String regionOf(Actor actor) {
		return actor.scope().kind() == Scope.Kind.REGION ? actor.scope().value() : actor.regionCode();
	}

	@Override
	@Transactional
	public ExchangeAnswer importDocument(Actor actor, byte[] bytes) {
		actor.require(IMPORT);
		actor.require(RegistryPermissions.EMPLOYER_WRITE);
		if (actor.scope().kind() != Scope.Kind.REGION) {
			throw new AccessDeniedException("employers are imported by a user of a region");
		}
		ExchangeDocument document = ExchangeDocument.read(bytes, BusinessType.ENTERPRISE_INFO, MAX_RECORDS);
		return this.ledger.once(actor, document, Hashes.sha256Hex(bytes), () -> {
			List<ExchangeAnswer.Record> records = new ArrayList<>();
			List<Element> elements = document.records();
			for (int i = 0; i < elements.size(); i++) {
				records.add(apply(actor, EnterpriseRecords.read(elements.get(i), i + 1)));
			}
			ExchangeAnswer answer = new ExchangeAnswer(document.documentId(), BusinessType.ENTERPRISE_INFO, false,
					records);
			Map<String, Object> state = new LinkedHashMap<>();
			state.put("documentId", document.documentId());
			state.put("records", records.size());
			state.put("updated", answer.count(ExchangeAnswer.UPDATED));
			state.put("unchanged", answer.count(ExchangeAnswer.UNCHANGED));
			state.put("rejected", answer.rejected());
			this.audit.record(actor, "registry.exchange.imported",
					AuditTarget.of("enterprise-exchange", document.documentId(), regionOf(actor)), null, state);
			return answer;
		});
	}

	private ExchangeAnswer.Record apply(Actor actor, EnterpriseRecords.Parsed record) {
		if (!record.errors().isEmpty()) {
			return ExchangeAnswer.Record.rejected(record.index(), record.recordId(), record.errors());
		}
		Optional<EmployerStore.Row> found = this.store.byCreditCode(record.creditCode())
			.flatMap(r -> this.store.find(ScopeFilter.of(actor), r.id()));
		if (found.isEmpty()) {
			return ExchangeAnswer.Record.rejected(record.index(), record.recordId(),
					List.of(FieldError.of("CREDIT_CODE", "registry.exchange.notRegistered", record.creditCode())));
		}
		EmployerStore.Row current = found.get();
		String contact = record.contact() == null ? current.ohManagerName() : record.contact();
		EmployerCommand command = new EmployerCommand(current.creditCode(), record.name(), record.regionCode(),
				record.address(), record.industryCode(), record.economicTypeCode(), current.employees(),
				current.annualRevenue(), current.legalRepresentative(), contact, null, record.phone(),
				current.productionStartedOn());
		String storedPhone = this.cipher.decrypt(current.contactPhoneCipher());
		boolean same = current.name().equals(record.name()) && current.regionCode().equals(record.regionCode())
				&& current.address().equals(record.address()) && current.industryCode().equals(record.industryCode())
				&& Objects.equals(current.economicTypeCode(), record.economicTypeCode())
				&& Objects.equals(current.ohManagerName(), contact)
				&& (record.phone() == null || record.phone().equals(storedPhone));
		if (same) {
			return new ExchangeAnswer.Record(record.index(), record.recordId(), ExchangeAnswer.UNCHANGED, current.id(),
					current.creditCode(), List.of());
		}
		List<FieldError> problems = this.rules.check(actor, command, current)
			.stream()
			.map(e -> new FieldError(EnterpriseRecords.element(e.field()), e.code(), e.arguments()))
			.toList();
		if (!problems.isEmpty()) {
			return ExchangeAnswer.Record.rejected(record.index(), record.recordId(), problems);
		}
		this.employers.update(actor, current.id(), command);
		return new ExchangeAnswer.Record(record.index(), record.recordId(), ExchangeAnswer.UPDATED, current.id(),
				current.creditCode(), List.of());
	}

}
