package org.ohsonline.shared.web;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

class SpreadsheetExportTests {

	@Test
	void writesHeaderThenRowsWithNumbersAsNumbersCodesAsTextAndTimesInChinaStandardTime() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		SpreadsheetExport sheet = SpreadsheetExport.to(out, "单位", List.of("代码", "人数", "日期", "时间", "备注"));
		// 2026-11-23T00:30:00Z is 08:30 in Beijing.
		sheet.row("0610", 42, LocalDate.of(2026, 11, 23), Instant.parse("2026-11-23T00:30:00Z"), null);
		sheet.row("0611", new BigDecimal("0.5"), null, null, "注");
		sheet.finish();
		assertThat(sheet.rows()).isEqualTo(2);

		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
			assertThat(workbook.getFirstSheet().getName()).isEqualTo("单位");
			List<Row> rows = workbook.getFirstSheet().read();
			assertThat(rows).hasSize(3);
			assertThat(rows.get(0).getCellText(0)).isEqualTo("代码");
			Row first = rows.get(1);
			assertThat(first.getCell(0).getType()).isEqualTo(CellType.STRING);
			assertThat(first.getCellText(0)).isEqualTo("0610");
			assertThat(first.getCell(1).getType()).isEqualTo(CellType.NUMBER);
			assertThat(first.getCellAsNumber(1)).contains(new BigDecimal("42"));
			assertThat(first.getCellText(2)).isEqualTo("2026-11-23");
			assertThat(first.getCellText(3)).isEqualTo("2026-11-23 08:30:00");
			assertThat(first.getCellCount()).as("a null cell is left empty").isEqualTo(4);
			assertThat(rows.get(2).getCellAsNumber(1)).contains(new BigDecimal("0.5"));
		}
	}

	@Test
	void attachmentNamesTheFileInUtf8AndKeepsAnAsciiFallback() throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		SpreadsheetExport sheet = SpreadsheetExport.attachment(response, "检测结果.xlsx", "结果", List.of("a"));
		sheet.finish();
		assertThat(response.getContentType()).isEqualTo(SpreadsheetExport.CONTENT_TYPE);
		assertThat(response.getHeader("Content-Disposition"))
			.isEqualTo("attachment; filename=\"____.xlsx\"; filename*=UTF-8''%E6%A3%80%E6%B5%8B%E7%BB%93%E6%9E%9C.xlsx");
		assertThat(response.getContentAsByteArray()).isNotEmpty();
	}

}
