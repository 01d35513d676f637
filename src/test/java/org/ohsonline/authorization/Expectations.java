package org.ohsonline.authorization;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The expectations file ({@code authorization/matrix.csv}): one row per route, the outcome each
 * role should get for the object in its scope ({@code P}, {@code D}, {@code H}, {@code A}, or
 * alternatives such as {@code D|H}), and a note saying why where it is not obvious. A row whose
 * every cell is {@code public} is a public route. The foreign cells have no column: their rule is
 * fixed (see {@link Judge}).
 */
final class Expectations {

	static final List<MatrixRole> COLUMNS = List.of(MatrixRole.values());

	record Row(String method, String pattern, Map<MatrixRole, Set<Outcome>> expected, boolean publicRoute,
			String note) {

		String key() {
			return this.method + " " + this.pattern;
		}

	}

	private final Map<String, Row> rows;

	private Expectations(Map<String, Row> rows) {
		this.rows = rows;
	}

	static Expectations load(String resource) throws IOException {
		Map<String, Row> rows = new LinkedHashMap<>();
		try (InputStream in = Expectations.class.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("Missing " + resource);
			}
			String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R");
			List<MatrixRole> header = null;
			for (String line : lines) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				List<String> cells = split(line);
				if (header == null) {
					header = cells.subList(2, 2 + COLUMNS.size()).stream().map(MatrixRole::ofColumn).toList();
					continue;
				}
				Map<MatrixRole, Set<Outcome>> expected = new EnumMap<>(MatrixRole.class);
				boolean open = true;
				for (int i = 0; i < header.size(); i++) {
					String cell = cells.get(2 + i).trim();
					open &= cell.equals("public");
					Set<Outcome> allowed = EnumSet.noneOf(Outcome.class);
					for (String code : cell.split("\\|")) {
						allowed.add(code.equals("public") ? Outcome.PERMITTED : Outcome.ofCode(code));
					}
					expected.put(header.get(i), allowed);
				}
				String note = cells.size() > 2 + header.size() ? cells.get(2 + header.size()) : "";
				Row row = new Row(cells.get(0), cells.get(1), expected, open, note);
				if (rows.put(row.key(), row) != null) {
					throw new IllegalStateException("Two rows for " + row.key());
				}
			}
		}
		return new Expectations(rows);
	}

	Row row(Route route) {
		return this.rows.get(route.key());
	}

	/** Rows for routes the application no longer serves. */
	List<String> stale(List<Route> routes) {
		List<String> keys = new ArrayList<>(this.rows.keySet());
		routes.forEach(r -> keys.remove(r.key()));
		return keys;
	}

	/** Splits a CSV line; a quoted field may hold commas. */
	private static List<String> split(String line) {
		List<String> cells = new ArrayList<>();
		StringBuilder cell = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (c == '"') {
				if (quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
					cell.append('"');
					i++;
				}
				else {
					quoted = !quoted;
				}
			}
			else if (c == ',' && !quoted) {
				cells.add(cell.toString());
				cell.setLength(0);
			}
			else {
				cell.append(c);
			}
		}
		cells.add(cell.toString());
		return cells;
	}

}
