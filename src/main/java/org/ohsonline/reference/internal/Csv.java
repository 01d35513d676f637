package org.ohsonline.reference.internal;

import java.util.ArrayList;
import java.util.List;

/** RFC 4180 line parsing (quoted fields, doubled quotes); enough for single-line records. */
final class Csv {

	private Csv() {
	}

	static List<String> parseLine(String line) {
		List<String> cells = new ArrayList<>();
		if (line == null) {
			return cells;
		}
		if (!line.isEmpty() && line.charAt(0) == '\uFEFF') {
			line = line.substring(1);
		}
		StringBuilder cell = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
					cell.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					cell.append(c);
				}
			}
			else if (c == '"') {
				quoted = true;
			}
			else if (c == ',') {
				cells.add(cell.toString().trim());
				cell.setLength(0);
			}
			else {
				cell.append(c);
			}
		}
		cells.add(cell.toString().trim());
		return cells;
	}

	/** {@code name_verified} → {@code nameVerified}. */
	static String camel(String header) {
		StringBuilder out = new StringBuilder();
		boolean upper = false;
		for (char c : header.trim().toCharArray()) {
			if (c == '_' || c == ' ') {
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
