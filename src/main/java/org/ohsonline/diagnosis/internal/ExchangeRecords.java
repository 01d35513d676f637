package org.ohsonline.diagnosis.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.ohsonline.diagnosis.internal.ExchangeTables.El;
import org.ohsonline.diagnosis.internal.ExchangeTables.Need;
import org.ohsonline.diagnosis.internal.ExchangeTables.Table;
import org.ohsonline.shared.IdNumber;
import org.ohsonline.shared.InvalidInputException.FieldError;
import org.ohsonline.shared.exchange.BusinessType;
import org.ohsonline.shared.exchange.ElementChecks;
import org.ohsonline.shared.exchange.ExchangeWriter;
import org.ohsonline.shared.exchange.ExchangeXml;
import org.w3c.dom.Element;

import static org.ohsonline.diagnosis.internal.ExchangeTables.COMPLICATIONS;
import static org.ohsonline.diagnosis.internal.ExchangeTables.DISEASE_OTHERS;
import static org.ohsonline.diagnosis.internal.ExchangeTables.NO_DISEASE;
import static org.ohsonline.diagnosis.internal.ExchangeTables.OUTCOME_DEATH;
import static org.ohsonline.diagnosis.internal.ExchangeTables.OUTCOME_OTHER;
import static org.ohsonline.diagnosis.internal.ExchangeTables.POISON_OTHER;

/**
 * One record of the diagnosis module's four exchange types, written and read against its table
 * ({@link ExchangeTables}): the writer emits every element of the table in order; the reader checks each element,
 * then the 规则 column of the specification (identity numbers, code patterns, 条件必填), then the bundled schema.
 */
final class ExchangeRecords {

	private static final Pattern DISEASE = Pattern.compile("\\d{1,5}");

	private static final Pattern FACTORS = Pattern.compile("\\d{4}(,\\d{4})*");

	private static final Pattern COMPLICATION_LIST = Pattern.compile("\\d{2}(,\\d{2})*");

	private static final Pattern HARM = Pattern.compile("\\d{1,2}");

	private static final Pattern WORK_TYPE = Pattern.compile("\\d{2}-\\d{2,4}");

	private ExchangeRecords() {
	}

	// ---- writing

	/** Writes one record: every element of the table in order, sections opened and closed by path. */
	static void write(ExchangeWriter writer, Table table, String recordId, Map<String, String> values) {
		writer.record(table.type().record(), recordId);
		String open = "";
		for (El e : table.elements()) {
			if (!e.section().equals(open)) {
				if (!open.isEmpty()) {
					writer.end();
				}
				if (!e.section().isEmpty()) {
					writer.open(e.section());
				}
				open = e.section();
			}
			writer.leaf(e.name(), ExchangeWriter.truncate(values.get(e.path()), e.max()));
		}
		if (!open.isEmpty()) {
			writer.end();
		}
		writer.end();
	}

	// ---- reading

	/** What one received record says: its values by path (as given, trimmed) and its problems per element. */
	record Parsed(int index, String recordId, Map<String, String> values, List<FieldError> errors) {

		String get(String path) {
			return this.values.get(path);
		}

		LocalDate date(String path) {
			String value = this.values.get(path);
			if (value == null) {
				return null;
			}
			try {
				return LocalDate.parse(value, ElementChecks.D8);
			}
			catch (DateTimeParseException ex) {
				return null;
			}
		}

	}

	/** Reads one record against its table, then the type's rules, then the schema. */
	static Parsed read(Table table, Element record, int index) {
		ElementChecks c = new ElementChecks();
		Map<String, String> values = new LinkedHashMap<>();
		boolean enterprise = table.elements().stream().anyMatch(e -> e.path().startsWith("ENTERPRISE_INFO/"));
		if (enterprise) {
			Element info = c.section(record, "", "ENTERPRISE_INFO");
			if (info != null) {
				c.enterprise(info, "ENTERPRISE_INFO/", "", true);
			}
		}
		for (El e : table.elements()) {
			Element parent = e.section().isEmpty() ? record : ExchangeXml.child(record, e.section());
			String prefix = e.section().isEmpty() ? "" : e.section() + "/";
			if (parent == null) {
				if (e.need() != Need.LOOSE && !e.section().equals("ENTERPRISE_INFO")) {
					c.error(e.section(), "exchange.required");
				}
				continue;
			}
			String value = switch (e.need()) {
				case VALUE -> c.required(parent, prefix, e.name(), e.max());
				case ANY -> c.present(parent, prefix, e.name(), e.max());
				case LOOSE -> c.optional(parent, prefix, e.name(), e.max());
			};
			if (value == null) {
				continue;
			}
			value = switch (e.format()) {
				case TEXT -> value;
				case D8 -> c.date(parent, prefix, e.name(), false) == null ? null : value;
				case N9 -> c.matching(e.path(), value, ElementChecks.N9);
				case DIGITS -> c.matching(e.path(), value, Pattern.compile("\\d{1," + e.max() + "}"));
				case CODES -> c.inTable(e.path(), value, e.codes());
				case CREDIT -> c.creditCode(parent, prefix, e.name()) == null ? null : value.toUpperCase(java.util.Locale.ROOT);
			};
			if (value != null) {
				values.put(e.path(), value);
			}
		}
		if (ExchangeXml.child(record, "AUDIT_INFO") != null) {
			c.audit(record, "");
		}
		Parsed parsed = new Parsed(index, ExchangeXml.recordId(record), values, List.of());
		rules(table.type(), parsed, c);
		if (c.ok()) {
			String problem = ExchangeXml.problem(table.schema(), record);
			if (problem != null) {
				c.add(FieldError.of(table.type().record(), "exchange.schema", problem));
			}
		}
		return new Parsed(index, parsed.recordId(), values, c.errors());
	}

	/** The 规则 column: identity numbers, code tables given as patterns, and the 条件必填 the platform can check. */
	private static void rules(BusinessType type, Parsed p, ElementChecks c) {
		if ("01".equals(p.get("WORKER_INFO/ID_CARD_TYPE_CODE")) && p.get("WORKER_INFO/ID_CARD") != null
				&& !IdNumber.isValid(p.get("WORKER_INFO/ID_CARD").toUpperCase(java.util.Locale.ROOT))) {
			c.error("WORKER_INFO/ID_CARD", "exchange.idNumberInvalid");
		}
		LocalDate birth = p.date("WORKER_INFO/BIRTH_DATE");
		if (p.get("WORK_TYPE_CODE") != null) {
			c.matching("WORK_TYPE_CODE", p.get("WORK_TYPE_CODE"), WORK_TYPE);
		}
		if (p.get("FACTOR_CODE") != null) {
			c.matching("FACTOR_CODE", p.get("FACTOR_CODE"), FACTORS);
		}
		if (p.get("COMPLICATION_CODE") != null && c.matching("COMPLICATION_CODE", p.get("COMPLICATION_CODE"),
				COMPLICATION_LIST) != null) {
			for (String code : p.get("COMPLICATION_CODE").split(",")) {
				c.inTable("COMPLICATION_CODE", code, COMPLICATIONS);
			}
		}
		for (String harm : List.of("HARM_AGE_YEAR", "HARM_AGE_MONTH", "HARM_AGE_DAY", "HARM_AGE_HOUR", "HARM_AGE_BRANCH")) {
			if (p.get(harm) != null) {
				c.matching(harm, p.get(harm), HARM);
			}
		}
		disease(p, c, "", "DISEASE_NAME_CODE_OTHER");
		disease(p, c, "DIAGNOSE_INFO/", "DIAGNOSE_INFO/OTHER_DISEASE_INFO");
		stages(p, c, "", "CASETYPE", "DIAGNOSE_DATE_STAGE_");
		stages(p, c, "DIAGNOSE_INFO/", "DIAGNOSE_INFO/CASETYPE", "DIAGNOSE_INFO/DIAGNOSE_DATE_STAGE_");
		stages(p, c, "COMPLETION_ATYPISM/", "COMPLETION_ATYPISM/COMPLETION_CASETYPE",
				"COMPLETION_ATYPISM/COMPLETION_DATE_STAGE_");
		// 六(五) 45–47: the appraisal's differing conclusion names its disease (or 0 无职业病) whole.
		if (p.get("COMPLETION_ATYPISM/COMPLETION_TYPE_CODE") != null
				&& p.get("COMPLETION_ATYPISM/COMPLETION_NAME_CODE") == null) {
			c.error("COMPLETION_ATYPISM/COMPLETION_NAME_CODE", "exchange.required");
		}
		LocalDate diagnosed = p.date("DIAGNOSE_DATE");
		if (diagnosed != null && birth != null && diagnosed.isBefore(birth)) {
			c.error("DIAGNOSE_DATE", "diagnosis.exchange.beforeBirth");
		}
		LocalDate applied = p.date("APPLY_INDENTIFY_DATE");
		LocalDate appraised = p.date("INDENTIFY_DATE");
		if (applied != null && appraised != null && appraised.isBefore(applied)) {
			c.error("INDENTIFY_DATE", "diagnosis.exchange.beforeRequest");
		}
		if (BusinessType.NYZD.equals(type)) {
			if (POISON_OTHER.equals(p.get("PESTICIDE_POISONING_NAME")) && p.get("OTHER_INFO") == null) {
				c.error("OTHER_INFO", "exchange.required");
			}
			if (OUTCOME_OTHER.equals(p.get("OUTCOME")) && p.get("OTHER_OUTCOME") == null) {
				c.error("OTHER_OUTCOME", "exchange.required");
			}
			LocalDate died = p.date("DIE_DATE");
			if (OUTCOME_DEATH.equals(p.get("OUTCOME")) && died == null && p.get("DIE_DATE") == null) {
				c.error("DIE_DATE", "exchange.required");
			}
			if (died != null && diagnosed != null && died.isBefore(diagnosed)) {
				c.error("DIE_DATE", "diagnosis.exchange.diedBeforeDiagnosis");
			}
			if (died != null && !OUTCOME_DEATH.equals(p.get("OUTCOME"))) {
				c.error("DIE_DATE", "diagnosis.exchange.deathWithoutOutcome");
			}
		}
	}

	/** A disease name code of an "other" entry needs its name. */
	private static void disease(Parsed p, ElementChecks c, String prefix, String other) {
		String name = p.get(prefix + "DISEASE_NAME_CODE");
		String kind = p.get(prefix + "DISEASE_TYPE_CODE");
		if (name != null && kind != null && !NO_DISEASE.equals(kind) && !name.startsWith(kind)) {
			// 附录 2 3: a disease's code starts with its category's (1101 is in 1, 10001 in 10).
			c.error(prefix + "DISEASE_NAME_CODE", "diagnosis.exchange.diseaseNotOfType", name, kind);
		}
		if (name != null && DISEASE_OTHERS.contains(name) && p.get(other) == null) {
			c.error(other, "exchange.required");
		}
		if (name != null && !DISEASE.matcher(name).matches()) {
			c.error(prefix + "DISEASE_NAME_CODE", "exchange.badFormat", name);
		}
	}

	/**
	 * 六(四) 42–44 (and 六(五) 33–35, 50–52): with a 尘肺病病例类型, 首次晋期 (02) needs two of the three stage dates,
	 * 再次晋期 (03) all three, the other types one.
	 */
	private static void stages(Parsed p, ElementChecks c, String prefix, String caseType, String stage) {
		String type = p.get(caseType);
		if (type == null) {
			return;
		}
		int given = 0;
		for (String s : List.of("ONE", "TWO", "THREE")) {
			if (p.get(stage + s) != null) {
				given++;
			}
		}
		int needed = switch (type) {
			case "02" -> 2;
			case "03" -> 3;
			default -> 1;
		};
		if (given < needed) {
			c.error(stage + "ONE", "diagnosis.exchange.stages", type, needed);
		}
	}
}
