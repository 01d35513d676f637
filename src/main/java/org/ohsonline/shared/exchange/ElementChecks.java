package org.ohsonline.shared.exchange;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.ohsonline.shared.CreditCode;
import org.ohsonline.shared.IdNumber;
import org.ohsonline.shared.InvalidInputException.FieldError;
import org.w3c.dom.Element;

/**
 * The checks of the specification's element tables (基数, 表示格式, 是否必填, 规则), applied to one record and
 * collecting every problem as an error naming its element by path inside the record. Only the first
 * problem of an element is kept: the rest follow from it. Message codes are {@code exchange.*}.
 * <p>
 * Kinds of element: <em>required</em> (是: present with a value), <em>present</em> (present, may be empty:
 * what the platform does not keep, or 条件必填 checked by the caller), <em>optional</em> (否).
 */
public final class ElementChecks {

	/** D8 dates, strictly (20210229 is not a date). */
	public static final DateTimeFormatter D8 = DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT);

	public static final Pattern N9 = Pattern.compile("\\d{9}");

	public static final Pattern INDUSTRY = Pattern.compile("[A-Z]?\\d{1,4}");

	public static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

	/** 表3 审核状态代码. */
	public static final Set<String> AUDIT_STATES = Set.of("01", "02", "03", "04", "05", "06", "07", "08", "09", "10",
			"11", "12", "13");

	/** 表3: the states that are not a decision (待上报, 待审核, …) and need no auditor. */
	public static final Set<String> AUDIT_PENDING = Set.of("01", "02", "11", "12", "13");

	private final List<FieldError> errors = new ArrayList<>();

	public List<FieldError> errors() {
		return List.copyOf(this.errors);
	}

	public boolean ok() {
		return this.errors.isEmpty();
	}

	/** A section (child element holding others), required; {@code null} with an error when absent. */
	public Element section(Element parent, String path, String name) {
		Element section = ExchangeXml.child(parent, name);
		if (section == null) {
			error(path + name, "exchange.required");
		}
		return section;
	}

	/** The element must be present; its value may be empty; a value is at most {@code max} long. */
	public String present(Element parent, String path, String name, int max) {
		Element element = ExchangeXml.child(parent, name);
		if (element == null) {
			error(path + name, "exchange.required");
			return null;
		}
		return length(path + name, ExchangeXml.text(element), max);
	}

	/** The element must be present and have a value of at most {@code max} characters. */
	public String required(Element parent, String path, String name, int max) {
		String value = ExchangeXml.text(ExchangeXml.child(parent, name));
		if (value == null) {
			error(path + name, "exchange.required");
			return null;
		}
		return length(path + name, value, max);
	}

	public String optional(Element parent, String path, String name, int max) {
		return length(path + name, ExchangeXml.text(ExchangeXml.child(parent, name)), max);
	}

	private String length(String path, String value, int max) {
		if (value != null && value.length() > max) {
			error(path, "exchange.tooLong", max);
			return null;
		}
		return value;
	}

	public String requiredIn(Element parent, String path, String name, Set<String> codes) {
		return inTable(path + name, required(parent, path, name, 20), codes);
	}

	public String presentIn(Element parent, String path, String name, Set<String> codes) {
		return inTable(path + name, present(parent, path, name, 20), codes);
	}

	public String optionalIn(Element parent, String path, String name, Set<String> codes) {
		return inTable(path + name, ExchangeXml.text(ExchangeXml.child(parent, name)), codes);
	}

	/** A value in a code table, or {@code null} with an error naming the table's codes. */
	public String inTable(String path, String value, Set<String> codes) {
		if (value != null && !codes.contains(value)) {
			error(path, "exchange.notInTable", value, String.join(", ", new TreeSet<>(codes)));
			return null;
		}
		return value;
	}

	public String requiredPattern(Element parent, String path, String name, Pattern pattern) {
		return matching(path + name, required(parent, path, name, 20), pattern);
	}

	public String presentPattern(Element parent, String path, String name, Pattern pattern) {
		return matching(path + name, present(parent, path, name, 20), pattern);
	}

	public String optionalPattern(Element parent, String path, String name, Pattern pattern) {
		return matching(path + name, ExchangeXml.text(ExchangeXml.child(parent, name)), pattern);
	}

	public String matching(String path, String value, Pattern pattern) {
		if (value != null && !pattern.matcher(value).matches()) {
			error(path, "exchange.badFormat", value);
			return null;
		}
		return value;
	}

	/** A D8 date; required ones must have a value, others may be absent or empty. */
	public LocalDate date(Element parent, String path, String name, boolean required) {
		String value = required ? required(parent, path, name, 8) : ExchangeXml.text(ExchangeXml.child(parent, name));
		if (value == null) {
			return null;
		}
		try {
			return LocalDate.parse(value, D8);
		}
		catch (DateTimeParseException ex) {
			error(path + name, "exchange.badDate", value);
			return null;
		}
	}

	/** A unified social credit code (GB 32100) with its check character, upper-cased. */
	public String creditCode(Element parent, String path, String name) {
		String value = required(parent, path, name, 18);
		if (value == null) {
			return null;
		}
		String code = value.toUpperCase(Locale.ROOT);
		if (!CreditCode.isValid(code)) {
			error(path + name, "exchange.creditCodeInvalid");
			return null;
		}
		return code;
	}

	/** A resident identity number (GB 11643) with its check digit, upper-cased; {@code null} if absent or wrong. */
	public String idNumber(Element parent, String path, String name) {
		String value = required(parent, path, name, 18);
		if (value == null) {
			return null;
		}
		String number = value.toUpperCase(Locale.ROOT);
		if (!IdNumber.isValid(number)) {
			error(path + name, "exchange.idNumberInvalid");
			return null;
		}
		return number;
	}

	/** 表9 企业规模代码表. */
	public static final Set<String> SCALES = Set.of("01", "02", "03", "04", "99");

	private static final Pattern ECONOMIC = Pattern.compile("\\d{1,3}");

	/**
	 * What every business type says of an employer (用人单位) or of the employer a worker is dispatched to (用工单位,
	 * elements ending {@code _EMPLOYER}).
	 * @param industryCode the GB/T 4754 code without its section letter
	 * @param regionCode the platform's region code of the 9-digit ADDRESS_CODE
	 */
	public record Enterprise(String name, String creditCode, String economicTypeCode, String industryCode,
			String regionCode) {
	}

	/**
	 * The elements every business type's employer carries (交换规范 2021, 六(一) 3–9 and the same rows of 六(二),
	 * (七)): name (AN..70), credit code (GB 32100), industry (GB/T 4754-2017, N..4, a section letter tolerated),
	 * economic type (GB/T 12402-2000, N3) and size (表9), both 条件必填 — required except for sections S
	 * (公共管理、社会保障和社会组织, divisions 90–96) and T (国际组织, 97) —, and the 9-digit ADDRESS_CODE.
	 * @param suffix {@code ""} for 用人单位, {@code "_EMPLOYER"} for 用工单位
	 * @param economicRequired whether the type makes the economic type and size 条件必填 (the 用工单位 of some types
	 * does not carry them as required)
	 */
	public Enterprise enterprise(Element section, String path, String suffix, boolean economicRequired) {
		String name = required(section, path, "ENTERPRISE_NAME" + suffix, 70);
		String credit = creditCode(section, path, "CREDIT_CODE" + suffix);
		String industry = requiredPattern(section, path, "INDUSTRY_CATEGORY_CODE" + suffix, INDUSTRY);
		String division = industry == null ? null : industry.replaceAll("^[A-Z]", "");
		boolean publicBody = industry != null && (industry.startsWith("S") || industry.startsWith("T")
				|| division.length() >= 2 && Integer.parseInt(division.substring(0, 2)) >= 90);
		boolean required = economicRequired && !publicBody;
		String economic = required ? requiredPattern(section, path, "ECONOMIC_TYPE_CODE" + suffix, ECONOMIC)
				: optionalPattern(section, path, "ECONOMIC_TYPE_CODE" + suffix, ECONOMIC);
		if (required) {
			requiredIn(section, path, "BUSINESS_SCALE_CODE" + suffix, SCALES);
		}
		else {
			optionalIn(section, path, "BUSINESS_SCALE_CODE" + suffix, SCALES);
		}
		String address = requiredPattern(section, path, "ADDRESS_CODE" + suffix, N9);
		return new Enterprise(name, credit, economic, division, ExchangeWriter.regionOf(address));
	}

	/**
	 * AUDIT_INFO (审核信息, the same in every business type): a decided state (表3) names its opinion, date,
	 * auditor and organisation; a pending one may leave them empty.
	 */
	public String audit(Element record, String path) {
		Element audit = section(record, path, "AUDIT_INFO");
		if (audit == null) {
			return null;
		}
		String p = path + "AUDIT_INFO/";
		String status = requiredIn(audit, p, "AUDITSTATUS", AUDIT_STATES);
		boolean decided = status != null && !AUDIT_PENDING.contains(status);
		if (decided) {
			required(audit, p, "AUDITINFO", 500);
			date(audit, p, "AUDITDATE", true);
			required(audit, p, "AUDITOR_NAME", 50);
			required(audit, p, "AUDIT_ORG", 50);
		}
		else {
			present(audit, p, "AUDITINFO", 500);
			date(audit, p, "AUDITDATE", false);
			present(audit, p, "AUDITOR_NAME", 50);
			present(audit, p, "AUDIT_ORG", 50);
		}
		return status;
	}

	/** Adds a problem of an element, unless the element has one already. */
	public void error(String element, String code, Object... arguments) {
		if (this.errors.stream().noneMatch(e -> element.equals(e.field()))) {
			this.errors.add(FieldError.of(element, code, arguments));
		}
	}

	/** Adds a problem even if the element has one (a problem of the whole record). */
	public void add(FieldError error) {
		this.errors.add(error);
	}

}
