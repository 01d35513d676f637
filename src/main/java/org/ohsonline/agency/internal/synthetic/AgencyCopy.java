package org.ohsonline.agency.internal.synthetic;

import java.io.IOException;
import java.io.StringReader;
import java.sql.SQLException;

import org.postgresql.copy.CopyManager;

/** Sends COPY text ({@link org.ohsonline.shared.CopyText}) to the agency module's tables: the synthetic writers' bulk loads. */
final class AgencyCopy {

	private AgencyCopy() {
	}

	/** Sends the rows to {@code agency.<target>} (a fixed table and column list); nothing when there are none. */
	static void copy(CopyManager copy, String target, StringBuilder rows) throws SQLException, IOException {
		if (!rows.isEmpty()) {
			copy.copyIn("copy agency." + target + " from stdin", new StringReader(rows.toString()));
		}
	}

}
