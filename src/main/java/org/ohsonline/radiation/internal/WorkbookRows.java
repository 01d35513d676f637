package org.ohsonline.radiation.internal;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.ohsonline.radiation.DoseEntry;
import org.ohsonline.shared.InvalidInputException.FieldError;
import org.ohsonline.shared.Masking;

/**
 * The dose upload's workbook: the first sheet, a header row, then one record per row in the template's columns
 * ({@link #COLUMNS}), streamed one row at a time. A cell that is not a number where one is expected is a reason
 * of its own, not a zero.
 */
final class WorkbookRows {

	/** The template's columns, as message keys of {@code messages/radiation}. */
	static final List<String> COLUMNS = List.of("radiation.upload.col.employer", "radiation.upload.col.idNumber",
			"radiation.upload.col.name", "radiation.upload.col.period", "radiation.upload.col.hp10",
			"radiation.upload.col.hp10Below", "radiation.upload.col.hp007", "radiation.upload.col.hp007Below",
			"radiation.upload.col.lens", "radiation.upload.col.lensBelow", "radiation.upload.col.mdl");

	private WorkbookRows() {
	}

	/** A row of the sheet: its number (the header is 1), the entry read, the reasons found while reading, the cells masked. */
	record Read(int number, DoseEntry entry, List<FieldError> problems, String maskedCells) {
	}

	static boolean isWorkbook(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			byte[] head = in.readNBytes(8);
			return head.length == 8 && ReadableWorkbook.isOOXMLZipHeader(head);
		}
	}

	static void read(Path file, Consumer<Read> consumer) throws IOException {
		try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile());
				Stream<Row> rows = workbook.getFirstSheet().openStream()) {
			rows.forEach(row -> {
				if (row.getRowNum() <= 1) {
					return;
				}
				List<String> cells = new ArrayList<>();
				for (int i = 0; i < COLUMNS.size(); i++) {
					cells.add(text(i < row.getCellCount() ? row.getCell(i) : null));
				}
				if (cells.stream().allMatch(String::isBlank)) {
					return;
				}
				consumer.accept(parse(row.getRowNum(), cells));
			});
		}
	}

	static Read parse(int number, List<String> cells) {
		List<FieldError> problems = new ArrayList<>();
		DoseEntry entry = new DoseEntry(null, cells.get(0).trim().toUpperCase(), cells.get(1).trim().toUpperCase(), cells.get(3),
				number(problems, "hp10", cells.get(4)), flag(cells.get(5)), number(problems, "hp007", cells.get(6)),
				flag(cells.get(7)), number(problems, "lens", cells.get(8)), flag(cells.get(9)), number(problems, "mdl", cells.get(10)));
		List<String> masked = new ArrayList<>(cells);
		masked.set(1, Masking.idNumber(cells.get(1)));
		masked.set(2, Masking.other(cells.get(2)));
		return new Read(number, entry, problems, String.join(" | ", masked));
	}

	private static BigDecimal number(List<FieldError> problems, String field, String text) {
		String t = text.trim();
		if (t.isEmpty()) {
			return null;
		}
		try {
			return new BigDecimal(t);
		}
		catch (NumberFormatException ex) {
			problems.add(FieldError.of(field, "radiation.dose.number", t));
			return null;
		}
	}

	/** 是/Y/yes/true/1/√ mean "below the detection limit"; anything else (empty, 否) does not. */
	static Boolean flag(String text) {
		String t = text.trim().toLowerCase();
		return t.equals("是") || t.equals("y") || t.equals("yes") || t.equals("true") || t.equals("1") || t.equals("√")
				|| t.equals("<mdl") || t.equals("nd");
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

}
