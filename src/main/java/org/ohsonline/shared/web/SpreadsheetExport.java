package org.ohsonline.shared.web;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import org.springframework.web.util.UriUtils;

/**
 * One streamed Excel sheet: a bold, frozen header row, then one row per call to {@link #row}. Every
 * list page exports exactly what it filters through this writer, so all exports look alike and
 * none holds the whole result in memory (rows are flushed to the response every thousand).
 * <p>
 * Cells: numbers stay numbers, dates are written {@code yyyy-MM-dd}, instants in China Standard
 * Time {@code yyyy-MM-dd HH:mm:ss}, {@code null} as an empty cell, anything else as its text.
 */
public final class SpreadsheetExport {

	/** The media type of an .xlsx workbook. */
	public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
		.withZone(ZoneId.of("Asia/Shanghai"));

	private static final int FLUSH_EVERY = 1000;

	private final Workbook workbook;

	private Worksheet sheet;

	private int nextRow = 1;

	private SpreadsheetExport(OutputStream out, String sheetName, List<String> headers) {
		this.workbook = new Workbook(out, "OHS Online", "1.0");
		start(sheetName, headers);
	}

	private void start(String sheetName, List<String> headers) {
		this.sheet = this.workbook.newWorksheet(sheetName);
		this.nextRow = 1;
		for (int c = 0; c < headers.size(); c++) {
			this.sheet.value(0, c, headers.get(c));
			this.sheet.style(0, c).bold().set();
		}
		this.sheet.freezePane(0, 1);
	}

	/**
	 * Ends the current sheet and starts another with its own bold, frozen header row (e.g. the codes a template's
	 * first sheet refers to); {@link #row} then appends to the new sheet.
	 */
	public void nextSheet(String sheetName, List<String> headers) {
		try {
			this.sheet.finish();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		start(sheetName, headers);
	}

	/**
	 * Starts a workbook as the response: sets the content type and the attachment's file name
	 * (UTF-8 encoded, so Chinese names survive), then writes the header row.
	 */
	public static SpreadsheetExport attachment(HttpServletResponse response, String fileName, String sheetName,
			List<String> headers) {
		response.setContentType(CONTENT_TYPE);
		response.setHeader("Content-Disposition", "attachment; filename=\"" + asciiFallback(fileName)
				+ "\"; filename*=UTF-8''" + UriUtils.encode(fileName, StandardCharsets.UTF_8));
		try {
			return new SpreadsheetExport(response.getOutputStream(), sheetName, headers);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Starts a workbook on any stream (a file, a test's buffer). */
	public static SpreadsheetExport to(OutputStream out, String sheetName, List<String> headers) {
		return new SpreadsheetExport(out, sheetName, headers);
	}

	/** Appends one row. */
	public void row(Object... cells) {
		row(Arrays.asList(cells));
	}

	/** Appends one row. */
	public void row(List<?> cells) {
		int r = this.nextRow++;
		for (int c = 0; c < cells.size(); c++) {
			Object cell = cells.get(c);
			if (cell instanceof Number number) {
				this.sheet.value(r, c, number);
			}
			else if (cell instanceof Instant instant) {
				this.sheet.value(r, c, DATE_TIME.format(instant));
			}
			else if (cell instanceof LocalDate date) {
				this.sheet.value(r, c, date.toString());
			}
			else if (cell != null) {
				this.sheet.value(r, c, cell.toString());
			}
		}
		if (r % FLUSH_EVERY == 0) {
			try {
				this.sheet.flush();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
	}

	/** How many data rows were written (to the current sheet). */
	public int rows() {
		return this.nextRow - 1;
	}

	/** Writes the end of the workbook; nothing may be added afterwards. */
	public void finish() {
		try {
			this.workbook.finish();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String asciiFallback(String fileName) {
		String ascii = fileName.replaceAll("[^A-Za-z0-9._-]", "_");
		return ascii.isBlank() ? "export.xlsx" : ascii;
	}

}
