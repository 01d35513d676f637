package org.ohsonline.diagnosis.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;

import org.ohsonline.agency.AgencyKind;
import org.ohsonline.agency.AgencyRef;
import org.ohsonline.agency.Agencies;
import org.ohsonline.audit.AuditTarget;
import org.ohsonline.audit.AuditTrail;
import org.ohsonline.diagnosis.PesticidePoisonings;
import org.ohsonline.reference.Divisions;
import org.ohsonline.shared.AccessDeniedException;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.IdNumber;
import org.ohsonline.shared.InvalidInputException;
import org.ohsonline.shared.InvalidInputException.FieldError;
import org.ohsonline.shared.Masking;
import org.ohsonline.shared.Page;
import org.ohsonline.shared.PageQuery;
import org.ohsonline.shared.PiiCipher;
import org.ohsonline.shared.Scope;
import org.ohsonline.shared.exchange.ExchangeAnswer;
import org.ohsonline.shared.exchange.ExchangeSettings;
import org.ohsonline.shared.exchange.ExchangeWriter;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Acute pesticide poisoning reports (see {@link PesticidePoisonings}): entered by a hospital's staff, received in
 * NYZD documents, exported as NYZD. One set of checks ({@link #problems}) for the form, the API and received records,
 * named by the form's fields; received records name the exchange's elements instead ({@link #ELEMENTS}).
 */
@Service
class PesticidePoisoningService implements PesticidePoisonings {

	static final String REPORT = "diagnosis:pesticide:report";

	static final String READ = "diagnosis:pesticide:read";

	private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private static final Map<String, String> SORTS = Map.of("diagnosedOn", "p.diagnosed_on desc, p.id desc",
			"-diagnosedOn", "p.diagnosed_on, p.id", "number", "p.number", "-number", "p.number desc");

	/** The form's fields as the NYZD elements that carry them (六(六)). */
	static final Map<String, String> ELEMENTS = Map.ofEntries(Map.entry("patientName", "WORKER_INFO/WORKER_NAME"),
			Map.entry("idType", "WORKER_INFO/ID_CARD_TYPE_CODE"), Map.entry("idNumber", "WORKER_INFO/ID_CARD"),
			Map.entry("gender", "WORKER_INFO/GENDER_CODE"), Map.entry("birthDate", "WORKER_INFO/BIRTH_DATE"),
			Map.entry("phone", "WORKER_INFO/WORKER_TELPHONE"), Map.entry("regionCode", "ADDRESS_CODE"),
			Map.entry("village", "VILLAGE"), Map.entry("poisonCode", "PESTICIDE_POISONING_NAME"),
			Map.entry("poisonOther", "OTHER_INFO"), Map.entry("causeCode", "PESTICIDE_POISONING_CAUSE_TYPE_CODE"),
			Map.entry("outcomeCode", "OUTCOME"), Map.entry("outcomeOther", "OTHER_OUTCOME"),
			Map.entry("diagnosedOn", "DIAGNOSE_DATE"), Map.entry("diedOn", "DIE_DATE"),
			Map.entry("unitHead", "DIAGNOSE_PERSON"), Map.entry("remark", "REMARK"));

	private final JdbcClient jdbc;

	private final Agencies agencies;

	private final Divisions divisions;

	private final PiiCipher cipher;

	private final AuditTrail audit;

	private final ExchangeSettings settings;

	private final Clock clock;

	PesticidePoisoningService(JdbcClient jdbc, Agencies agencies, Divisions divisions, PiiCipher cipher,
			AuditTrail audit, ExchangeSettings settings, Clock clock) {
		this.jdbc = jdbc;
		this.agencies = agencies;
		this.divisions = divisions;
		this.cipher = cipher;
		this.audit = audit;
		this.settings = settings;
		this.clock = clock;
	}

	/** The unit a report is made for: what the record says of who reported it. */
	record Unit(Long institutionId, String creditCode, String name, String reporter, LocalDate reportedOn,
			String documentId, String recordId) {
	}

	@Override
	@Transactional
	public PoisoningView report(Actor actor, PoisoningCommand command) {
		actor.require(REPORT);
		AgencyRef hospital = hospital(actor);
		LocalDate today = LocalDate.now(this.clock.withZone(ZONE));
		List<FieldError> problems = problems(command, today, hospital.regionCode().substring(0, 2));
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		Normal n = normal(command);
		if (exists(n)) {
			throw InvalidInputException.of("idNumber", "diagnosis.pesticide.duplicate", n.diagnosedOn());
		}
		long id = insert(n, new Unit(hospital.id(), hospital.creditCode(), hospital.name(), actor.displayName(), today,
				null, null), actor);
		return find(id);
	}

	/** The hospital a staff login reports for: an exam or diagnosis institution its scope owns. */
	private AgencyRef hospital(Actor actor) {
		if (actor.scope().kind() != Scope.Kind.INSTITUTION) {
			throw new AccessDeniedException("pesticide poisonings are reported by a hospital's staff");
		}
		return this.agencies.ownedBy(actor.scope())
			.stream()
			.filter(a -> a.kind() == AgencyKind.EXAM_INSTITUTION || a.kind() == AgencyKind.DIAGNOSIS_INSTITUTION)
			.findFirst()
			.orElseThrow(() -> new AccessDeniedException("no institution for " + actor.scope()));
	}

	/** The command trimmed, codes as stored, identity numbers upper-cased. */
	private record Normal(PoisoningCommand c, String idNumber) {

		LocalDate diagnosedOn() {
			return this.c.diagnosedOn();
		}

	}

	private static Normal normal(PoisoningCommand c) {
		return new Normal(c, c.idNumber() == null ? null : c.idNumber().trim().toUpperCase(Locale.ROOT));
	}

	/**
	 * Every problem of a report, by field: required fields, lengths of 六(六), the code tables, the identity number's
	 * check digit for 01 居民身份证, dates not in the future and in order, 其他 named, death only with 死亡, the place a
	 * known division (within the province when one is given).
	 */
	List<FieldError> problems(PoisoningCommand c, LocalDate today, String province) {
		List<FieldError> e = new ArrayList<>();
		text(e, "patientName", c.patientName(), 50, true);
		code(e, "idType", c.idType(), ExchangeTables.ID_TYPES, true);
		if (text(e, "idNumber", c.idNumber(), 18, true) && "01".equals(c.idType())
				&& !IdNumber.isValid(c.idNumber().trim().toUpperCase(Locale.ROOT))) {
			e.add(FieldError.of("idNumber", "diagnosis.pesticide.idNumberInvalid"));
		}
		code(e, "gender", c.gender(), ExchangeTables.GENDERS, true);
		if (c.birthDate() == null) {
			e.add(FieldError.of("birthDate", "diagnosis.pesticide.required"));
		}
		else if (c.birthDate().isAfter(today)) {
			e.add(FieldError.of("birthDate", "diagnosis.pesticide.future"));
		}
		if (c.phone() != null && !c.phone().isBlank() && !c.phone().trim().matches("[0-9+\\- ]{5,20}")) {
			e.add(FieldError.of("phone", "diagnosis.pesticide.phoneInvalid"));
		}
		if (c.regionCode() == null || c.regionCode().isBlank()) {
			e.add(FieldError.of("regionCode", "diagnosis.pesticide.required"));
		}
		else if (this.divisions.find(c.regionCode().trim()).isEmpty() || c.regionCode().trim().length() < 6) {
			e.add(FieldError.of("regionCode", "diagnosis.pesticide.regionUnknown", c.regionCode().trim()));
		}
		else if (province != null && !c.regionCode().trim().startsWith(province)) {
			e.add(FieldError.of("regionCode", "diagnosis.pesticide.regionOutside", c.regionCode().trim()));
		}
		text(e, "village", c.village(), 70, true);
		code(e, "poisonCode", c.poisonCode(), ExchangeTables.POISONS, true);
		text(e, "poisonOther", c.poisonOther(), 20, ExchangeTables.POISON_OTHER.equals(c.poisonCode()));
		code(e, "causeCode", c.causeCode(), ExchangeTables.CAUSES, true);
		code(e, "outcomeCode", c.outcomeCode(), ExchangeTables.OUTCOMES, true);
		text(e, "outcomeOther", c.outcomeOther(), 20, ExchangeTables.OUTCOME_OTHER.equals(c.outcomeCode()));
		if (c.diagnosedOn() == null) {
			e.add(FieldError.of("diagnosedOn", "diagnosis.pesticide.required"));
		}
		else if (c.diagnosedOn().isAfter(today)) {
			e.add(FieldError.of("diagnosedOn", "diagnosis.pesticide.future"));
		}
		else if (c.birthDate() != null && c.diagnosedOn().isBefore(c.birthDate())) {
			e.add(FieldError.of("diagnosedOn", "diagnosis.pesticide.beforeBirth"));
		}
		boolean death = ExchangeTables.OUTCOME_DEATH.equals(c.outcomeCode());
		if (death && c.diedOn() == null) {
			e.add(FieldError.of("diedOn", "diagnosis.pesticide.deathDateRequired"));
		}
		else if (!death && c.diedOn() != null) {
			e.add(FieldError.of("diedOn", "diagnosis.pesticide.deathWithoutOutcome"));
		}
		else if (c.diedOn() != null && (c.diedOn().isAfter(today)
				|| (c.diagnosedOn() != null && c.diedOn().isBefore(c.diagnosedOn())))) {
			e.add(FieldError.of("diedOn", "diagnosis.pesticide.deathDateOrder"));
		}
		text(e, "unitHead", c.unitHead(), 50, true);
		text(e, "remark", c.remark(), 500, false);
		return e;
	}

	private static boolean text(List<FieldError> e, String field, String value, int max, boolean required) {
		if (value == null || value.isBlank()) {
			if (required) {
				e.add(FieldError.of(field, "diagnosis.pesticide.required"));
			}
			return false;
		}
		if (value.trim().length() > max) {
			e.add(FieldError.of(field, "diagnosis.pesticide.tooLong", max));
			return false;
		}
		return true;
	}

	private static void code(List<FieldError> e, String field, String value, java.util.Set<String> codes,
			boolean required) {
		if (value == null || value.isBlank()) {
			if (required) {
				e.add(FieldError.of(field, "diagnosis.pesticide.required"));
			}
		}
		else if (!codes.contains(value.trim())) {
			e.add(FieldError.of(field, "diagnosis.pesticide.notInTable", value.trim()));
		}
	}

	private boolean exists(Normal n) {
		return this.jdbc.sql("""
				select count(*) from diagnosis.pesticide_poisoning
				where id_blind = :blind and diagnosed_on = :on and poison_code = :poison""")
			.param("blind", this.cipher.blindIndex(n.idNumber()))
			.param("on", n.diagnosedOn())
			.param("poison", n.c().poisonCode().trim())
			.query(Long.class)
			.single() > 0;
	}

	private long insert(Normal n, Unit unit, Actor actor) {
		PoisoningCommand c = n.c();
		String number = "NY" + LocalDate.now(this.clock.withZone(ZONE)).getYear() + "-"
				+ this.jdbc.sql("select nextval('diagnosis.pesticide_poisoning_id_seq')").query(Long.class).single();
		String name = c.patientName().trim();
		String phone = blank(c.phone());
		long id = this.jdbc.sql("""
				insert into diagnosis.pesticide_poisoning (number, institution_id, institution_credit, unit_name, unit_head,
				  patient_name, patient_masked, id_type, id_number, id_number_masked, id_blind, gender, birth_date, phone,
				  phone_masked, region_code, village, poison_code, poison_other, cause_code, outcome_code, outcome_other,
				  diagnosed_on, died_on, remark, reporter_name, reported_on, source_document_id, source_record_id,
				  created_by, created_at)
				values (:number, :institution, :credit, :unit, :head, :name, :nameMasked, :idType, :idNumber, :idMasked,
				  :blind, :gender, :birth, :phone, :phoneMasked, :region, :village, :poison, :poisonOther, :cause, :outcome,
				  :outcomeOther, :diagnosedOn, :diedOn, :remark, :reporter, :reportedOn, :document, :record, :by, :at)
				returning id""")
			.param("number", number)
			.param("institution", unit.institutionId())
			.param("credit", unit.creditCode())
			.param("unit", unit.name())
			.param("head", c.unitHead().trim())
			.param("name", this.cipher.encrypt(name))
			.param("nameMasked", Masking.other(name))
			.param("idType", c.idType().trim())
			.param("idNumber", this.cipher.encrypt(n.idNumber()))
			.param("idMasked", Masking.idNumber(n.idNumber()))
			.param("blind", this.cipher.blindIndex(n.idNumber()))
			.param("gender", c.gender().trim())
			.param("birth", c.birthDate())
			.param("phone", phone == null ? null : this.cipher.encrypt(phone))
			.param("phoneMasked", phone == null ? null : Masking.mobile(phone))
			.param("region", c.regionCode().trim())
			.param("village", c.village().trim())
			.param("poison", c.poisonCode().trim())
			.param("poisonOther", blank(c.poisonOther()))
			.param("cause", c.causeCode().trim())
			.param("outcome", c.outcomeCode().trim())
			.param("outcomeOther", blank(c.outcomeOther()))
			.param("diagnosedOn", c.diagnosedOn())
			.param("diedOn", c.diedOn())
			.param("remark", blank(c.remark()))
			.param("reporter", unit.reporter())
			.param("reportedOn", unit.reportedOn())
			.param("document", unit.documentId())
			.param("record", unit.recordId())
			.param("by", actor.username())
			.param("at", Timestamp.from(Instant.now(this.clock)))
			.query(Long.class)
			.single();
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("number", number);
		state.put("unit", unit.name());
		state.put("patient", Masking.other(name));
		state.put("idNumber", Masking.idNumber(n.idNumber()));
		state.put("poison", c.poisonCode().trim());
		state.put("outcome", c.outcomeCode().trim());
		state.put("diagnosedOn", c.diagnosedOn().toString());
		if (unit.documentId() != null) {
			state.put("documentId", unit.documentId());
		}
		this.audit.record(actor, "diagnosis.pesticide.reported",
				AuditTarget.of("pesticide-poisoning", id, c.regionCode().trim()), null, state);
		return id;
	}

	private static String blank(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}

	@Override
	@Transactional(readOnly = true)
	public Page<PoisoningView> search(Actor actor, Filter filter, PageQuery page) {
		if (!actor.can(READ) && !actor.can(REPORT)) {
			throw new AccessDeniedException("pesticide poisoning reports");
		}
		Filter f = filter == null ? Filter.none() : filter;
		Optional<Where> where = where(actor, f);
		if (where.isEmpty()) {
			return Page.of(List.of(), 0, page);
		}
		long total = bind(this.jdbc.sql("select count(*) from diagnosis.pesticide_poisoning p " + where.get().sql()),
				where.get(), f).query(Long.class).single();
		String order = SORTS.getOrDefault(f.sort() == null ? "" : f.sort(), SORTS.get("diagnosedOn"));
		List<PoisoningView> items = bind(this.jdbc.sql("select p.* from diagnosis.pesticide_poisoning p "
				+ where.get().sql() + " order by " + order + " limit :limit offset :offset"), where.get(), f)
			.param("limit", page.size())
			.param("offset", page.offset())
			.query((rs, n) -> view(rs))
			.list();
		return Page.of(items, total, page);
	}

	private record Where(String sql, String region, String institution) {
	}

	/** Supervisors and the CDC: their region (narrowed by the filter); a hospital's staff: their own reports. */
	private Optional<Where> where(Actor actor, Filter f) {
		String common = """
				and (cast(:q as text) is null or p.number like cast(:q as text) || '%'
				     or p.unit_name like '%' || cast(:q as text) || '%')
				and (cast(:poison as text) is null or p.poison_code = cast(:poison as text))
				and (cast(:outcome as text) is null or p.outcome_code = cast(:outcome as text))
				and (cast(:from as date) is null or p.diagnosed_on >= cast(:from as date))
				and (cast(:to as date) is null or p.diagnosed_on <= cast(:to as date))
				""";
		if (actor.scope().kind() == Scope.Kind.REGION && actor.can(READ)) {
			return actor.scope()
				.narrowRegion(f.region())
				.map(r -> new Where("where p.region_code like :region || '%' " + common, r, null));
		}
		if (actor.scope().kind() == Scope.Kind.INSTITUTION && actor.can(REPORT)) {
			String region = f.region() == null || f.region().isBlank() ? "" : f.region().trim();
			return Optional.of(new Where(
					"where p.institution_credit = :institution and p.region_code like :region || '%' " + common, region,
					actor.scope().value()));
		}
		return Optional.empty();
	}

	private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, Where w, Filter f) {
		spec = spec.param("region", w.region())
			.param("q", blank(f.q()))
			.param("poison", blank(f.poisonCode()))
			.param("outcome", blank(f.outcomeCode()))
			.param("from", f.from())
			.param("to", f.to());
		return w.institution() == null ? spec : spec.param("institution", w.institution());
	}

	private PoisoningView find(long id) {
		return this.jdbc.sql("select p.* from diagnosis.pesticide_poisoning p where p.id = :id")
			.param("id", id)
			.query((rs, n) -> view(rs))
			.single();
	}

	private PoisoningView view(ResultSet rs) throws SQLException {
		java.sql.Date died = rs.getDate("died_on");
		String region = rs.getString("region_code");
		return new PoisoningView(rs.getLong("id"), rs.getString("number"), rs.getString("unit_name"),
				rs.getString("patient_masked"), rs.getString("id_number_masked"), rs.getString("gender"),
				rs.getString("phone_masked"), region, this.divisions.fullName(region), rs.getString("village"),
				rs.getString("poison_code"), rs.getString("poison_other"), rs.getString("cause_code"),
				rs.getString("outcome_code"), rs.getString("outcome_other"), rs.getDate("diagnosed_on").toLocalDate(),
				died == null ? null : died.toLocalDate(), rs.getString("reporter_name"),
				rs.getDate("reported_on").toLocalDate(), rs.getString("source_document_id") != null);
	}

	// ---- the exchange (六(六) NYZD)

	/** The reports of poisonings in a region as NYZD records' values, in order; phones only when asked. */
	void forExport(String region, LocalDate from, LocalDate to, boolean phones, BiConsumer<String, Map<String, String>> sink) {
		this.jdbc.sql("""
				select * from diagnosis.pesticide_poisoning
				where region_code like :region || '%'
				  and (cast(:from as date) is null or diagnosed_on >= cast(:from as date))
				  and (cast(:to as date) is null or diagnosed_on <= cast(:to as date))
				order by id""").param("region", region).param("from", from).param("to", to).query((rs, n) -> {
			Map<String, String> v = new LinkedHashMap<>();
			v.put("WORKER_INFO/WORKER_NAME", this.cipher.decrypt(rs.getString("patient_name")));
			v.put("WORKER_INFO/ID_CARD_TYPE_CODE", rs.getString("id_type"));
			v.put("WORKER_INFO/ID_CARD", this.cipher.decrypt(rs.getString("id_number")));
			v.put("WORKER_INFO/GENDER_CODE", rs.getString("gender"));
			v.put("WORKER_INFO/BIRTH_DATE", DiagnosisExchangeRecords.d8(rs.getDate("birth_date").toLocalDate()));
			String phone = rs.getString("phone");
			v.put("WORKER_INFO/WORKER_TELPHONE", phones && phone != null ? this.cipher.decrypt(phone) : null);
			v.put("ADDRESS_CODE", ExchangeWriter.nineDigits(rs.getString("region_code")));
			v.put("VILLAGE", rs.getString("village"));
			v.put("PESTICIDE_POISONING_NAME", rs.getString("poison_code"));
			v.put("OTHER_INFO", rs.getString("poison_other"));
			v.put("PESTICIDE_POISONING_CAUSE_TYPE_CODE", rs.getString("cause_code"));
			v.put("OUTCOME", rs.getString("outcome_code"));
			v.put("OTHER_OUTCOME", rs.getString("outcome_other"));
			v.put("DIAGNOSE_DATE", DiagnosisExchangeRecords.d8(rs.getDate("diagnosed_on").toLocalDate()));
			java.sql.Date died = rs.getDate("died_on");
			v.put("DIE_DATE", died == null ? null : DiagnosisExchangeRecords.d8(died.toLocalDate()));
			v.put("REMARK", rs.getString("remark"));
			v.put("DIAGNOSE_UNIT_NAME", rs.getString("unit_name"));
			v.put("DIAGNOSE_PERSON", rs.getString("unit_head"));
			String reportedOn = DiagnosisExchangeRecords.d8(rs.getDate("reported_on").toLocalDate());
			v.put("WRITE_PERSON", rs.getString("reporter_name"));
			v.put("WRITE_DATE", reportedOn);
			v.put("WRITE_UNIT", rs.getString("unit_name"));
			v.put("REPORT_PERSON", rs.getString("reporter_name"));
			v.put("REPORT_DATE", reportedOn);
			v.put("REPORT_UNIT", rs.getString("unit_name"));
			v.put("AREA_CODE", this.settings.areaCode());
			v.put("ORG_CODE", this.settings.orgCode());
			DiagnosisExchangeRecords.auditPending(v);
			String recordId = rs.getString("source_record_id") != null ? rs.getString("source_record_id")
					: rs.getString("number");
			return Map.entry(recordId, v);
		}).stream().forEach(e -> sink.accept(e.getKey(), e.getValue()));
	}

	/**
	 * A received NYZD record: checked against the element table (done by the caller) and then by the same rules as
	 * the form, named by element; a poisoning in the actor's region becomes a report (the reporting unit as the record
	 * names it). The same patient, day and poison again is a duplicate.
	 */
	ExchangeAnswer.Record receive(Actor actor, String documentId, ExchangeRecords.Parsed record, Instant now) {
		if (!record.errors().isEmpty()) {
			return ExchangeAnswer.Record.rejected(record.index(), record.recordId(), record.errors());
		}
		String region = ExchangeWriter.regionOf(record.get("ADDRESS_CODE"));
		if (!actor.scope().coversRegion(region)) {
			return ExchangeAnswer.Record.rejected(record.index(), record.recordId(),
					List.of(FieldError.of("ADDRESS_CODE", "diagnosis.exchange.outOfScope", record.get("ADDRESS_CODE"))));
		}
		PoisoningCommand command = new PoisoningCommand(record.get("WORKER_INFO/WORKER_NAME"),
				record.get("WORKER_INFO/ID_CARD_TYPE_CODE"), record.get("WORKER_INFO/ID_CARD"),
				record.get("WORKER_INFO/GENDER_CODE"), record.date("WORKER_INFO/BIRTH_DATE"),
				record.get("WORKER_INFO/WORKER_TELPHONE"), region, record.get("VILLAGE"),
				record.get("PESTICIDE_POISONING_NAME"), record.get("OTHER_INFO"),
				record.get("PESTICIDE_POISONING_CAUSE_TYPE_CODE"), record.get("OUTCOME"), record.get("OTHER_OUTCOME"),
				record.date("DIAGNOSE_DATE"), record.date("DIE_DATE"), record.get("DIAGNOSE_PERSON"),
				record.get("REMARK"));
		List<FieldError> problems = problems(command, LocalDate.now(this.clock.withZone(ZONE)), null).stream()
			.map(p -> FieldError.of(ELEMENTS.getOrDefault(p.field(), p.field()), p.code(), p.arguments().toArray()))
			.toList();
		if (!problems.isEmpty()) {
			return ExchangeAnswer.Record.rejected(record.index(), record.recordId(), problems);
		}
		Normal n = normal(command);
		if (exists(n)) {
			return ExchangeAnswer.Record.rejected(record.index(), record.recordId(),
					List.of(FieldError.of("ID", "diagnosis.exchange.duplicate", record.recordId())));
		}
		long id = insert(n, new Unit(null, null, record.get("DIAGNOSE_UNIT_NAME"), record.get("REPORT_PERSON"),
				record.date("REPORT_DATE"), documentId, record.recordId()), actor);
		return new ExchangeAnswer.Record(record.index(), record.recordId(), ExchangeAnswer.CREATED, id,
				find(id).number(), List.of());
	}

}
