package org.ohsonline.cdcmonitoring.web;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.ohsonline.cdcmonitoring.FormField;
import org.ohsonline.cdcmonitoring.SurveyEntry;
import org.ohsonline.shared.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The upload workbook read back by the template's columns: rows by credit code and sheet row, blanks skipped, a wrong header refused. */
class SurveyWorkbookTests {

	static final List<FormField> FIELDS = List.of(
			new FormField("WH.POINTS", "检测点数", "INTEGER", "个", BigDecimal.ZERO, null, true, List.of(), "hazards"),
			new FormField("WH.SURVEY_DATE", "现场调查日期", "DATE", null, null, null, true, List.of(), null));

	static byte[] workbook(List<String> headers, List<List<Object>> rows) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		SurveyWorkbook.write(out, headers, rows);
		return out.toByteArray();
	}

	List<String> headers() {
		return SurveyWorkbook.headers(FIELDS, key -> key);
	}

	@Test
	void readsEachFilledRowByItsCreditCodeAndSheetRow() throws Exception {
		assertThat(headers().subList(3, 5)).containsExactly("检测点数（个） [WH.POINTS]", "现场调查日期 [WH.SURVEY_DATE]");
		// 46357 is Excel's serial of 2026-12-01 (days since 1899-12-30: 2026-12-01 − 1899-12-30 = 46357).
		byte[] file = workbook(headers(), List.of(List.of(1, "91330105MA27XXXX1A", "甲", 12, "2026-11-30"),
				List.of(2, "91330105MA27XXXX2B", "乙", "", ""), List.of(3, "91330105MA27XXXX3C", "丙", "7", 46357)));
		assertThat(SurveyWorkbook.isWorkbook(file)).isTrue();
		List<SurveyEntry> entries = SurveyWorkbook.read(new ByteArrayInputStream(file), FIELDS);
		assertThat(entries).extracting(SurveyEntry::row, SurveyEntry::creditCode)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(2, "91330105MA27XXXX1A"),
					org.assertj.core.groups.Tuple.tuple(4, "91330105MA27XXXX3C"));
		assertThat(entries.get(0).answers()).containsEntry("WH.POINTS", "12").containsEntry("WH.SURVEY_DATE", "2026-11-30");
		assertThat(entries.get(1).answers()).containsEntry("WH.SURVEY_DATE", "2026-12-01");
	}

	@Test
	void aHeaderNotOfTheFormIsRefusedNamingTheColumn() {
		byte[] file = workbook(List.of("序号", "代码", "名称", "检测点数 [WH.POINTS]", "超标点数 [WH.EXCEEDING]"),
				List.of(List.of(1, "x", "y", 1, 1)));
		assertThatThrownBy(() -> SurveyWorkbook.read(new ByteArrayInputStream(file), FIELDS))
			.isInstanceOf(InvalidInputException.class)
			.satisfies(ex -> assertThat(((InvalidInputException) ex).errors().get(0).arguments()).containsExactly(5,
					"现场调查日期 [WH.SURVEY_DATE]"));
		assertThat(SurveyWorkbook.isWorkbook("code,name\n".getBytes())).isFalse();
	}

	@Test
	void aBatchRefusalKeepsItsRowApartFromItsField() {
		MonitoringTaskController.UploadError e = MonitoringTaskController
			.uploadError(InvalidInputException.FieldError.of("rows[3].WH.EXCEEDING", "cdcmonitoring.survey.notAbove", "超标点数"));
		assertThat(e.row()).isEqualTo(3);
		assertThat(e.error().field()).isEqualTo("WH.EXCEEDING");
		assertThat(MonitoringTaskController.uploadError(InvalidInputException.FieldError.of("rows[4]", "x")).error().field()).isNull();
		assertThat(MonitoringTaskController.uploadError(InvalidInputException.FieldError.of("file", "x")).row()).isNull();
	}

}
