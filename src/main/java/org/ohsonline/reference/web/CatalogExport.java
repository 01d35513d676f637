package org.ohsonline.reference.web;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.ohsonline.reference.CatalogEntry;

/**
 * Writes entries in the upload format (code,name,parent_code,level, then the attributes), so an
 * exported version can be corrected in a spreadsheet and loaded again as the next version.
 */
final class CatalogExport {

	private CatalogExport() {
	}

	static List<String> header(List<CatalogEntry> entries) {
		List<String> header = new ArrayList<>(List.of("code", "name", "parent_code", "level"));
		TreeSet<String> attributes = new TreeSet<>();
		entries.forEach(e -> attributes.addAll(e.attributes().keySet()));
		attributes.forEach(a -> header.add(snake(a)));
		return header;
	}

	static List<String> cells(CatalogEntry entry, List<String> header) {
		List<String> cells = new ArrayList<>(List.of(entry.code(), entry.name(),
				entry.parentCode() == null ? "" : entry.parentCode(), String.valueOf(entry.level())));
		Map<String, Object> attributes = entry.attributes();
		for (String column : header.subList(4, header.size())) {
			Object value = attributes.get(camel(column));
			cells.add(value == null ? "" : String.valueOf(value));
		}
		return cells;
	}

	/** UTF-8 with a byte-order mark, which spreadsheet programs need to recognise UTF-8. */
	static void csv(List<List<String>> rows, OutputStream out) throws IOException {
		Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		writer.write('\uFEFF');
		for (List<String> row : rows) {
			writer.write(String.join(",", row.stream().map(CatalogExport::quote).toList()));
			writer.write("\r\n");
		}
		writer.flush();
	}

	static List<List<String>> table(List<CatalogEntry> entries) {
		List<String> header = header(entries);
		List<List<String>> rows = new ArrayList<>();
		rows.add(header);
		entries.forEach(e -> rows.add(cells(e, header)));
		return rows;
	}

	private static String quote(String value) {
		if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
			return '"' + value.replace("\"", "\"\"") + '"';
		}
		return value;
	}

	/** {@code nameVerified} → {@code name_verified}, the reverse of the upload's header mapping. */
	static String snake(String camel) {
		StringBuilder out = new StringBuilder();
		for (char c : camel.toCharArray()) {
			if (Character.isUpperCase(c)) {
				out.append('_').append(Character.toLowerCase(c));
			}
			else {
				out.append(c);
			}
		}
		return out.toString();
	}

	private static String camel(String snake) {
		StringBuilder out = new StringBuilder();
		boolean upper = false;
		for (char c : snake.toCharArray()) {
			if (c == '_') {
				upper = true;
			}
			else {
				out.append(upper ? Character.toUpperCase(c) : c);
				upper = false;
			}
		}
		return out.toString();
	}

}
