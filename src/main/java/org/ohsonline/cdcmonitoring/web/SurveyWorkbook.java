package org.ohsonline.cdcmonitoring.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.ohsonline.cdcmonitoring.FormField;
import org.ohsonline.cdcmonitoring.SampledEmployer;
import org.ohsonline.cdcmonitoring.SurveyEntry;
import org.ohsonline.shared.InvalidInputException;
import org.ohsonline.shared.web.SpreadsheetExport;

/**
 * The workbook of a task's surveys: the template lists the sampled employers not surveyed yet — number, credit code,
 * name — and one column per field of the project's form, headed by its name, unit and code ({@code [WH.POINTS]}); an
 * upload is read back by those columns, each filled-in row one {@link SurveyEntry} named by its credit code and its
 * row in the sheet. A header that is not the form's is refused as a whole (an old template, another project's).
 */
final class SurveyWorkbook {

	/** The columns before the form's: number, credit code, name (for checking only). */
	static final int FIXED = 3;

	private SurveyWorkbook() {
	}

	static String header(FormField f) {
		return f.name() + (f.unit() == null ? "" : "（" + f.unit() + "）") + " [" + f.code() + "]";
	}

	static void template(SpreadsheetExport sheet, List<SampledEmployer> sample, List<FormField> fields) {
		for (SampledEmployer s : sample) {
			if (s.surveyId() != null) {
				continue;
			}
			List<Object> cells = new ArrayList<>();
			cells.add(s.seq());
			cells.add(s.creditCode());
			cells.add(s.employerName());
			fields.forEach(f -> cells.add(""));
			sheet.row(cells);
		}
		sheet.finish();
	}

	static List<String> headers(List<FormField> fields, Function<String, String> words) {
		List<String> headers = new ArrayList<>(List.of(words.apply("cdcmonitoring.upload.col.seq"),
				words.apply("cdcmonitoring.upload.col.creditCode"), words.apply("cdcmonitoring.upload.col.name")));
		fields.forEach(f -> headers.add(header(f)));
		return headers;
	}

	static boolean isWorkbook(byte[] head) {
		return head.length >= 8 && ReadableWorkbook.isOOXMLZipHeader(head);
	}

	/** The filled-in rows of the first sheet; a header not of this form is refused, naming the first column that differs. */
	static List<SurveyEntry> read(InputStream in, List<FormField> fields) throws IOException {
		List<SurveyEntry> entries = new ArrayList<>();
		try (ReadableWorkbook workbook = new ReadableWorkbook(in); Stream<Row> rows = workbook.getFirstSheet().openStream()) {
			for (Row row : (Iterable<Row>) rows::iterator) {
				List<String> cells = new ArrayList<>();
				for (int i = 0; i < FIXED + fields.size(); i++) {
					cells.add(text(i < row.getCellCount() ? row.getCell(i) : null));
				}
				if (row.getRowNum() == 1) {
					for (int i = 0; i < fields.size(); i++) {
						if (!cells.get(FIXED + i).contains("[" + fields.get(i).code() + "]")) {
							throw InvalidInputException.of("file", "cdcmonitoring.upload.header", FIXED + i + 1, header(fields.get(i)));
						}
					}
					continue;
				}
				if (cells.subList(FIXED, cells.size()).stream().allMatch(String::isBlank)) {
					continue; // an employer left for later
				}
				Map<String, String> answers = new LinkedHashMap<>();
				for (int i = 0; i < fields.size(); i++) {
					String value = cells.get(FIXED + i);
					if (!value.isBlank()) {
						answers.put(fields.get(i).code(), "DATE".equals(fields.get(i).type()) ? date(value) : value);
					}
				}
				entries.add(new SurveyEntry(row.getRowNum(), null, cells.get(1).trim(), answers));
			}
		}
		return entries;
	}

	/** A date typed into Excel arrives as its serial number (days since 1899-12-30); text is left as it is. */
	static String date(String value) {
		if (value.matches("\\d{1,6}(\\.\\d+)?")) {
			return java.time.LocalDate.of(1899, 12, 30).plusDays(new BigDecimal(value).longValue()).toString();
		}
		return value;
	}

	private static String text(Cell cell) {
		if (cell == null) {
			return "";
		}
		return switch (cell.getType()) {
			case NUMBER -> Optional.ofNullable(cell.asNumber()).map(BigDecimal::stripTrailingZeros).map(BigDecimal::toPlainString).orElse("");
			case BOOLEAN -> String.valueOf(cell.asBoolean());
			case EMPTY -> "";
			default -> Optional.ofNullable(cell.getText()).orElse("").trim();
		};
	}

	/** Writes a workbook as the template does, for tests and for whoever fills one in by program. */
	static void write(OutputStream out, List<String> headers, List<List<Object>> rows) {
		SpreadsheetExport sheet = SpreadsheetExport.to(out, "surveys", headers);
		rows.forEach(sheet::row);
		sheet.finish();
	}

}
