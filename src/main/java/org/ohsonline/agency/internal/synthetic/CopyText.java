package org.ohsonline.agency.internal.synthetic;

import java.io.IOException;
import java.io.StringReader;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

import org.postgresql.copy.CopyManager;

/** COPY text for the agency module's tables: what the synthetic writers send to PostgreSQL in bulk. */
final class CopyText {

	private CopyText() {
	}

	/** Sends the rows to {@code agency.<target>} (a fixed table and column list); nothing when there are none. */
	static void copy(CopyManager copy, String target, StringBuilder rows) throws SQLException, IOException {
		if (!rows.isEmpty()) {
			copy.copyIn("copy agency." + target + " from stdin", new StringReader(rows.toString()));
		}
	}

	/** One line of COPY text: tab separated, {@code \N} for null, backslash escapes. */
	static void line(StringBuilder out, Object... values) {
		for (int i = 0; i < values.length; i++) {
			if (i > 0) {
				out.append('\t');
			}
			Object value = values[i];
			if (value == null) {
				out.append("\\N");
			}
			else {
				String text = value instanceof Instant instant ? Timestamp.from(instant).toInstant().toString()
						: value.toString();
				out.append(text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r"));
			}
		}
		out.append('\n');
	}

}
