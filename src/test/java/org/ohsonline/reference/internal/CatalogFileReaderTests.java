package org.ohsonline.reference.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.ohsonline.reference.CatalogEntry;
import org.ohsonline.reference.internal.CatalogFileReader.CatalogFile;
import org.ohsonline.shared.InvalidInputException.FieldError;

import static org.assertj.core.api.Assertions.assertThat;

class CatalogFileReaderTests {

	private static CatalogFile csv(String text) throws IOException {
		return CatalogFileReader.read("catalog.csv", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
	}

	@Test
	void readsCsvWithByteOrderMarkAndExtraColumnsAsAttributes() throws IOException {
		CatalogFile file = csv("\uFEFFcode,name,parent_code,level,note,name_verified,legal_basis\n"
				+ "A,农、林、牧、渔业,,1,\"本门类包括01～05大类\",true,\n" + "011,,A,2,,false,GB/T 4754\n");

		assertThat(file.problems()).isEmpty();
		assertThat(file.rows()).containsExactly(2, 3);
		assertThat(file.entries()).containsExactly(
				new CatalogEntry("A", "农、林、牧、渔业", null, 1, Map.of("note", "本门类包括01～05大类", "nameVerified", true)),
				new CatalogEntry("011", "", "A", 2, Map.of("nameVerified", false, "legalBasis", "GB/T 4754")));
	}

	@Test
	void reportsEveryMalformedRowWithItsRowInTheFileAndKeepsTheOthers() throws IOException {
		CatalogFile file = csv("code,name,parent_code,level\n" + "33,浙江省,,1\n" + "3301,杭州市,33\n" + "\n"
				+ "3302,宁波市,33,二\n" + "3303,温州市,33,2\n");

		assertThat(file.problems()).containsExactly(FieldError.of("row 3", "reference.file.columns", 3, 4, 3),
				FieldError.of("row 5", "reference.file.levelNotNumber", 5, "3302", "二"));
		assertThat(file.entries()).extracting(CatalogEntry::code).containsExactly("33", "3303");
		assertThat(file.rows()).containsExactly(2, 6);
	}

	@Test
	void rejectsAValueOfNameVerifiedThatIsNotABoolean() throws IOException {
		CatalogFile file = csv("code,name,parent_code,level,name_verified\nA,农业,,1,yes\n");

		assertThat(file.problems())
			.containsExactly(FieldError.of("row 2", "reference.file.booleanInvalid", 2, "name_verified", "yes"));
		assertThat(file.entries()).isEmpty();
	}

	@Test
	void rejectsAFileWhoseHeaderIsNotOurs() throws IOException {
		CatalogFile file = csv("编码,名称,上级,级别\n33,浙江省,,1\n");

		assertThat(file.problems()).singleElement()
			.satisfies(p -> assertThat(p.code()).isEqualTo("reference.file.header"))
			.satisfies(p -> assertThat(p.field()).isEqualTo("file"));
		assertThat(file.entries()).isEmpty();
	}

	@Test
	void reportsAnEmptyFile() throws IOException {
		assertThat(csv("\n\n").problems()).containsExactly(FieldError.of("file", "reference.file.empty"));
	}

	@Test
	void refusesTheBinaryExcelFormat() throws IOException {
		byte[] ole2 = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1 };

		CatalogFile file = CatalogFileReader.read("old.xls", new ByteArrayInputStream(ole2));

		assertThat(file.problems()).containsExactly(FieldError.of("file", "reference.file.unsupported", "old.xls"));
	}

	@Test
	void readsTheFirstSheetOfAWorkbookWithNumericCellsAsText() throws IOException {
		byte[] xlsx = workbook(sheet -> {
			row(sheet, 0, "code", "name", "parent_code", "level", "name_verified");
			row(sheet, 1, 33, "浙江省", null, 1, true);
			row(sheet, 2, 3301, "杭州市", 33, 2.0, null);
			return null;
		});

		CatalogFile file = CatalogFileReader.read("divisions.xlsx", new ByteArrayInputStream(xlsx));

		assertThat(file.problems()).isEmpty();
		assertThat(file.rows()).containsExactly(2, 3);
		assertThat(file.entries()).containsExactly(new CatalogEntry("33", "浙江省", null, 1, Map.of("nameVerified", true)),
				new CatalogEntry("3301", "杭州市", "33", 2, Map.of()));
	}

	@Test
	void reportsMalformedRowsOfAWorkbookWithTheirSpreadsheetRow() throws IOException {
		byte[] xlsx = workbook(sheet -> {
			row(sheet, 0, "code", "name", "parent_code", "level");
			row(sheet, 1, "33", "浙江省", "", "1");
			row(sheet, 3, "3301", "杭州市", "33", "市级");
			row(sheet, 4, "3302", "宁波市", "33", "2", "多余");
			return null;
		});

		CatalogFile file = CatalogFileReader.read("upload.bin", new ByteArrayInputStream(xlsx));

		assertThat(file.problems()).containsExactly(
				FieldError.of("row 4", "reference.file.levelNotNumber", 4, "3301", "市级"),
				FieldError.of("row 5", "reference.file.columns", 5, 4, 5));
		assertThat(file.entries()).extracting(CatalogEntry::code).containsExactly("33");
	}

	@Test
	void reportsADamagedWorkbookInsteadOfFailing() throws IOException {
		byte[] broken = { 'P', 'K', 3, 4, 0, 0, 0, 0, 1, 2, 3 };

		CatalogFile file = CatalogFileReader.read("broken.xlsx", new ByteArrayInputStream(broken));

		assertThat(file.problems()).singleElement()
			.satisfies(p -> assertThat(p.code()).isEqualTo("reference.file.unreadable"));
	}

	@Test
	void readsTheBundledCatalogsWithoutAProblem() {
		CatalogFile divisions = BundledCatalogs.read("reference/divisions-zhejiang-2023.csv");
		CatalogFile industries = BundledCatalogs.read("reference/industries-gbt4754-2017.csv");

		assertThat(levels(divisions)).containsEntry(1, 1L).containsEntry(2, 11L).containsEntry(3, 90L);
		assertThat(levels(industries)).containsEntry(1, 20L).containsEntry(2, 97L).containsEntry(4, 1380L);
		assertThat(industries.entries().stream().filter(e -> Boolean.FALSE.equals(e.attributes().get("nameVerified"))))
			.hasSize(199);
		assertThat(EntryRules.check(industries.entries())).isEmpty();
	}

	private static Map<Integer, Long> levels(CatalogFile file) {
		return file.entries().stream().collect(Collectors.groupingBy(CatalogEntry::level, Collectors.counting()));
	}

	private static byte[] workbook(Function<Worksheet, Void> content) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Workbook workbook = new Workbook(out, "test", "1.0");
		content.apply(workbook.newWorksheet("catalog"));
		workbook.finish();
		return out.toByteArray();
	}

	private static void row(Worksheet sheet, int row, Object... values) {
		for (int c = 0; c < values.length; c++) {
			Object value = values[c];
			if (value instanceof String text) {
				sheet.value(row, c, text);
			}
			else if (value instanceof Number number) {
				sheet.value(row, c, number);
			}
			else if (value instanceof Boolean bool) {
				sheet.value(row, c, bool);
			}
		}
	}

}
