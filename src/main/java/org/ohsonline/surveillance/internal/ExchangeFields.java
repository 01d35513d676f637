package org.ohsonline.surveillance.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ohsonline.surveillance.ExamCommand;
import org.ohsonline.surveillance.ExamConclusion;

/**
 * Names the exchange element behind a field of an exam command, so that the problems the recording
 * rules find (the same as for the JSON API) are reported at the element of the imported record.
 */
final class ExchangeFields {

	private static final Pattern CONCLUSION = Pattern.compile("conclusions\\[(\\d+)]\\.?(\\w*)");

	private ExchangeFields() {
	}

	static String element(String field, ExchangeXmlReader.ParsedRecord record) {
		if (field == null || field.isEmpty()) {
			return ExchangeXmlReader.RECORD;
		}
		Matcher m = CONCLUSION.matcher(field);
		if (m.matches()) {
			int i = Integer.parseInt(m.group(1));
			String base = "EXAM_CONCLUSION_LIST/EXAM_CONCLUSION"
					+ (i < record.conclusionSources().size() ? "[" + record.conclusionSources().get(i) + "]" : "");
			ExamCommand.HazardConclusion c = i < record.command().conclusions().size()
					? record.command().conclusions().get(i) : null;
			return base + "/" + switch (m.group(2)) {
				case "conclusion" -> "EXAM_CONCLUSION_CODE";
				case "diseaseCode" -> "YSZYB_CODE";
				case "detail" -> c != null && c.conclusion() == ExamConclusion.OTHER ? "QTJB_NAME" : "ZYJJZ_NAME";
				default -> "ITAM_CODE";
			};
		}
		if (field.startsWith("audiogram") || field.startsWith("items") || field.equals("chestResult")
				|| field.endsWith("Percent") || field.equals("bloodLead") || field.equals("wbc")
				|| field.equals("neutrophils") || field.equals("hemoglobin") || field.equals("platelets")) {
			return "EXAM_ITEM_RESULT_LIST";
		}
		return switch (field) {
			case "employerCreditCode" -> "ENTERPRISE_INFO/CREDIT_CODE";
			case "workerIdNumber" -> "WORKER_INFO/ID_CARD";
			case "examType" -> "EXAM_TYPE_CODE";
			case "examinedOn" -> "EXAM_DATE";
			case "conclusions" -> "EXAM_CONCLUSION_LIST";
			case "recommendation" -> "REMARK";
			case "institutionId" -> "REPORT_ORGAN_CREDIT_CODE";
			default -> field;
		};
	}

}
