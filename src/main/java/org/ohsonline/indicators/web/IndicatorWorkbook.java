package org.ohsonline.indicators.web;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.ohsonline.shared.InvalidInputException;

import org.springframework.web.multipart.MultipartFile;

/**
 * The one reader of the indicators' uploads (figures the platform does not hold, targets): the first sheet's rows
 * after the header, each as the text of its first columns with its number in the sheet (the header is row 1). A number
 * typed into Excel arrives as its plain text (85, 92.5, 330110), so each caller parses the fields it expects and a cell
 * that is not one is refused with its row, never taken as zero. Rows left blank are skipped.
 */
final class IndicatorWorkbook {

	/** A filled-in row: its number in the sheet and the text of its cells. */
	record SheetRow(int number, List<String> cells) {
	}

	private IndicatorWorkbook() {
	}

	static List<SheetRow> rows(MultipartFile file, int columns, String notWorkbookCode) {
		try (InputStream in = file.getInputStream()) {
			byte[] head = in.readNBytes(8);
			if (head.length < 8 || !ReadableWorkbook.isOOXMLZipHeader(head)) {
				throw InvalidInputException.of("file", notWorkbookCode);
			}
		}
		catch (IOException ex) {
			throw InvalidInputException.of("file", notWorkbookCode);
		}
		List<SheetRow> rows = new ArrayList<>();
		try (InputStream in = file.getInputStream(); ReadableWorkbook workbook = new ReadableWorkbook(in);
				Stream<Row> sheet = workbook.getFirstSheet().openStream()) {
			sheet.forEach((Row row) -> {
				if (row.getRowNum() <= 1) {
					return;
				}
				List<String> cells = new ArrayList<>();
				for (int i = 0; i < columns; i++) {
					cells.add(text(i < row.getCellCount() ? row.getCell(i) : null));
				}
				if (cells.stream().allMatch(String::isBlank)) {
					return;
				}
				rows.add(new SheetRow(row.getRowNum(), cells));
			});
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof InvalidInputException invalid) {
				throw invalid;
			}
			throw InvalidInputException.of("file", notWorkbookCode);
		}
		return rows;
	}

	private static String text(Cell cell) {
		if (cell == null) {
			return "";
		}
		return switch (cell.getType()) {
			case NUMBER -> Optional.ofNullable(cell.asNumber())
				.map(BigDecimal::stripTrailingZeros)
				.map(BigDecimal::toPlainString)
				.orElse("");
			case BOOLEAN -> String.valueOf(cell.asBoolean());
			case EMPTY -> "";
			default -> Optional.ofNullable(cell.getText()).orElse("").trim();
		};
	}

	/** A whole number, or {@code null} when the text is not one. */
	static Long whole(String text) {
		try {
			BigDecimal value = new BigDecimal(text.trim());
			return value.stripTrailingZeros().scale() <= 0 ? value.longValueExact() : null;
		}
		catch (NumberFormatException | ArithmeticException ex) {
			return null;
		}
	}

	/** A decimal number as typed (trailing zeros dropped), or {@code null} when the text is not one. */
	static BigDecimal decimal(String text) {
		try {
			BigDecimal value = new BigDecimal(text.trim()).stripTrailingZeros();
			return value.scale() < 0 ? value.setScale(0) : value;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}
