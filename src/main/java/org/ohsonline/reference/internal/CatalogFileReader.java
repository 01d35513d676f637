package org.ohsonline.reference.internal;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.ohsonline.reference.CatalogEntry;
import org.ohsonline.shared.InvalidInputException.FieldError;

/**
 * Reads a catalog file: CSV (UTF-8, with or without a byte-order mark) or the first sheet of an
 * .xlsx workbook. The header starts with {@code code,name,parent_code,level}; further columns
 * become entry attributes ({@code name_verified} and {@code verified} as booleans, the others as
 * text, names in camelCase). Every row is read, and every unreadable row is reported with its row
 * number in the file (the header is row 1) instead of stopping at the first, so one upload shows
 * all that is wrong. Public only for this module's web layer.
 */
public final class CatalogFileReader {

	/** The columns every catalog file starts with, in this order. */
	public static final List<String> REQUIRED_COLUMNS = List.of("code", "name", "parent_code", "level");

	/** Attributes read as booleans: whether a name, or a whole entry, was checked against its source. */
	private static final Set<String> BOOLEANS = Set.of("nameVerified", "verified");

	/**
	 * What a file held: the readable entries with the row each came from, and one problem per
	 * unreadable row (field {@code "row N"}) or for the file as a whole (field {@code "file"}).
	 */
	public record CatalogFile(List<CatalogEntry> entries, List<Integer> rows, List<FieldError> problems) {

		public CatalogFile {
			entries = List.copyOf(entries);
			rows = List.copyOf(rows);
			problems = List.copyOf(problems);
		}

		static CatalogFile unreadable(String code, Object... arguments) {
			return new CatalogFile(List.of(), List.of(), List.of(FieldError.of("file", code, arguments)));
		}

	}

	private CatalogFileReader() {
	}

	/** Reads a file by its name's extension ({@code .csv} or {@code .xlsx}), or by its content. */
	public static CatalogFile read(String filename, InputStream content) throws IOException {
		String name = filename == null ? "" : filename.toLowerCase(Locale.ROOT);
		BufferedInputStream in = new BufferedInputStream(content);
		in.mark(8);
		byte[] head = in.readNBytes(8);
		in.reset();
		// fastexcel's signature checks need a full 8-byte head; shorter content can only be text.
		boolean full = head.length == 8;
		if (name.endsWith(".xlsx") || full && ReadableWorkbook.isOOXMLZipHeader(head)) {
			return xlsx(in);
		}
		if (name.endsWith(".xls") || full && ReadableWorkbook.isOLE2Header(head)) {
			// The binary Excel 97 format: fastexcel reads only Office Open XML.
			return CatalogFile.unreadable("reference.file.unsupported", filename);
		}
		return csv(in);
	}

	/** Reads CSV in UTF-8; a byte-order mark is skipped. */
	public static CatalogFile csv(InputStream content) throws IOException {
		Rows rows = new Rows(true);
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(content, StandardCharsets.UTF_8))) {
			String line;
			int number = 0;
			while ((line = reader.readLine()) != null) {
				number++;
				if (!rows.add(number, Csv.parseLine(line))) {
					break;
				}
			}
		}
		return rows.result();
	}

	/** Reads the first sheet of an .xlsx workbook. */
	public static CatalogFile xlsx(InputStream content) throws IOException {
		Rows rows = new Rows(false);
		try (ReadableWorkbook workbook = new ReadableWorkbook(content)) {
			Sheet sheet = workbook.getFirstSheet();
			for (Row row : sheet.read()) {
				List<String> cells = new ArrayList<>();
				for (int i = 0; i < row.getCellCount(); i++) {
					cells.add(text(row.getCell(i)));
				}
				if (!rows.add(row.getRowNum(), cells)) {
					break;
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			// A damaged or mislabelled workbook is the uploader's problem to fix, not a server error.
			return CatalogFile.unreadable("reference.file.unreadable", ex.getClass().getSimpleName());
		}
		return rows.result();
	}

	private static String text(Cell cell) {
		if (cell == null) {
			return "";
		}
		return switch (cell.getType()) {
			// Codes typed as numbers (330105) must not come back as 330105.0 or 3.30105E5.
			case NUMBER -> Optional.ofNullable(cell.asNumber())
				.map(BigDecimal::stripTrailingZeros)
				.map(BigDecimal::toPlainString)
				.orElse("");
			case BOOLEAN -> String.valueOf(cell.asBoolean());
			case EMPTY -> "";
			default -> Optional.ofNullable(cell.getText()).orElse("").trim();
		};
	}

	/** Collects rows after the header; shared by both formats so they obey the same rules. */
	private static final class Rows {

		private final boolean strictWidth;

		private List<String> header;

		private final List<CatalogEntry> entries = new ArrayList<>();

		private final List<Integer> rows = new ArrayList<>();

		private final List<FieldError> problems = new ArrayList<>();

		/**
		 * @param strictWidth whether a row must have exactly as many cells as the header (CSV);
		 * a spreadsheet omits trailing empty cells, so there only extra non-empty cells count
		 */
		Rows(boolean strictWidth) {
			this.strictWidth = strictWidth;
		}

		/** Adds one row; {@code false} when reading should stop (a header that is not ours). */
		boolean add(int number, List<String> cells) {
			if (cells.stream().allMatch(String::isBlank)) {
				return true;
			}
			if (this.header == null) {
				return header(cells);
			}
			int width = this.header.size();
			int used = cells.size();
			if (!this.strictWidth) {
				while (used > 0 && cells.get(used - 1).isBlank()) {
					used--;
				}
			}
			if (this.strictWidth ? used != width : used > width) {
				this.problems.add(FieldError.of("row " + number, "reference.file.columns", number, width, used));
				return true;
			}
			List<String> padded = new ArrayList<>(cells.subList(0, Math.min(cells.size(), width)));
			while (padded.size() < width) {
				padded.add("");
			}
			entry(number, padded);
			return true;
		}

		private boolean header(List<String> cells) {
			List<String> names = cells.stream().map(c -> c.trim().toLowerCase(Locale.ROOT)).toList();
			int last = names.size();
			while (last > 0 && names.get(last - 1).isEmpty()) {
				last--;
			}
			names = names.subList(0, last);
			if (names.size() < REQUIRED_COLUMNS.size()
					|| !names.subList(0, REQUIRED_COLUMNS.size()).equals(REQUIRED_COLUMNS)) {
				this.problems.add(FieldError.of("file", "reference.file.header", String.join(",", REQUIRED_COLUMNS),
						String.join(",", names)));
				return false;
			}
			this.header = names;
			return true;
		}

		private void entry(int number, List<String> cells) {
			String code = cells.get(0).trim();
			String level = cells.get(3).trim();
			int parsedLevel;
			try {
				parsedLevel = Integer.parseInt(level);
			}
			catch (NumberFormatException ex) {
				this.problems.add(FieldError.of("row " + number, "reference.file.levelNotNumber", number, code, level));
				return;
			}
			Map<String, Object> attributes = new HashMap<>();
			for (int i = REQUIRED_COLUMNS.size(); i < this.header.size(); i++) {
				String name = Csv.camel(this.header.get(i));
				String value = cells.get(i).trim();
				if (value.isEmpty() || name.isEmpty()) {
					continue;
				}
				if (BOOLEANS.contains(name)) {
					Boolean verified = bool(value);
					if (verified == null) {
						this.problems.add(FieldError.of("row " + number, "reference.file.booleanInvalid", number,
								this.header.get(i), value));
						return;
					}
					attributes.put(name, verified);
				}
				else {
					attributes.put(name, value);
				}
			}
			String parent = cells.get(2).trim();
			this.entries.add(new CatalogEntry(code, cells.get(1).trim(), parent.isEmpty() ? null : parent, parsedLevel,
					attributes));
			this.rows.add(number);
		}

		private static Boolean bool(String value) {
			return switch (value.toLowerCase(Locale.ROOT)) {
				case "true", "1" -> Boolean.TRUE;
				case "false", "0" -> Boolean.FALSE;
				default -> null;
			};
		}

		CatalogFile result() {
			if (this.header == null && this.problems.isEmpty()) {
				this.problems.add(FieldError.of("file", "reference.file.empty"));
			}
			return new CatalogFile(this.entries, this.rows, this.problems);
		}

	}

}
