package org.ohsonline.registry.imports;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

/**
 * Reads an uploaded table row by row, CSV (UTF-8, byte-order mark optional, quoted fields may
 * span lines) or the first sheet of an .xlsx workbook, without holding the file in memory: a
 * 50,000-row file costs one row at a time.
 */
final class TableReader implements AutoCloseable {

	/** A row and its number in the file (the header is row 1). */
	record TableRow(int number, List<String> cells) {
	}

	private final Iterator<TableRow> rows;

	private final AutoCloseable resource;

	private TableReader(Iterator<TableRow> rows, AutoCloseable resource) {
		this.rows = rows;
		this.resource = resource;
	}

	static TableReader open(Path file) throws IOException {
		if (isXlsx(file)) {
			ReadableWorkbook workbook = new ReadableWorkbook(file.toFile());
			Stream<Row> stream = workbook.getFirstSheet().openStream();
			Iterator<TableRow> rows = stream.map(r -> new TableRow(r.getRowNum(), cells(r))).iterator();
			return new TableReader(rows, () -> {
				stream.close();
				workbook.close();
			});
		}
		BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
		return new TableReader(new CsvRows(reader), reader);
	}

	/** By content, not by name: a renamed workbook is still a workbook. */
	static boolean isXlsx(Path file) throws IOException {
		try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
			byte[] head = in.readNBytes(8);
			return head.length == 8 && ReadableWorkbook.isOOXMLZipHeader(head);
		}
	}

	static boolean isLegacyExcel(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			byte[] head = in.readNBytes(8);
			return head.length == 8 && ReadableWorkbook.isOLE2Header(head);
		}
	}

	/** The next non-empty row, or {@code null} at the end. */
	TableRow next() {
		while (this.rows.hasNext()) {
			TableRow row = this.rows.next();
			if (row.cells().stream().anyMatch(c -> !c.isBlank())) {
				return row;
			}
		}
		return null;
	}

	@Override
	public void close() throws Exception {
		this.resource.close();
	}

	private static List<String> cells(Row row) {
		List<String> cells = new ArrayList<>();
		for (int i = 0; i < row.getCellCount(); i++) {
			cells.add(text(row.getCell(i)));
		}
		return cells;
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

	/** RFC 4180 records from a character stream; a quoted field may hold commas, quotes and line breaks. */
	private static final class CsvRows implements Iterator<TableRow> {

		private final Reader reader;

		private int number;

		private TableRow next;

		private boolean first = true;

		CsvRows(Reader reader) {
			this.reader = reader;
		}

		@Override
		public boolean hasNext() {
			if (this.next == null) {
				this.next = read();
			}
			return this.next != null;
		}

		@Override
		public TableRow next() {
			if (!hasNext()) {
				throw new java.util.NoSuchElementException();
			}
			TableRow row = this.next;
			this.next = null;
			return row;
		}

		private TableRow read() {
			try {
				List<String> cells = new ArrayList<>();
				StringBuilder cell = new StringBuilder();
				boolean quoted = false;
				boolean any = false;
				int c;
				while ((c = this.reader.read()) != -1) {
					any = true;
					if (this.first) {
						this.first = false;
						if (c == '\uFEFF') {
							continue;
						}
					}
					if (quoted) {
						if (c == '"') {
							this.reader.mark(1);
							int peek = this.reader.read();
							if (peek == '"') {
								cell.append('"');
							}
							else {
								quoted = false;
								if (peek != -1) {
									this.reader.reset();
								}
							}
						}
						else {
							cell.append((char) c);
						}
					}
					else if (c == '"') {
						quoted = true;
					}
					else if (c == ',') {
						cells.add(cell.toString().trim());
						cell.setLength(0);
					}
					else if (c == '\n') {
						break;
					}
					else if (c != '\r') {
						cell.append((char) c);
					}
				}
				if (!any) {
					return null;
				}
				cells.add(cell.toString().trim());
				this.number++;
				return new TableRow(this.number, cells);
			}
			catch (IOException ex) {
				throw new java.io.UncheckedIOException(ex);
			}
		}

	}

}
