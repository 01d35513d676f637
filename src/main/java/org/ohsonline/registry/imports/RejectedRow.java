package org.ohsonline.registry.imports;

import java.util.List;

/**
 * A rejected row: its number in the file (the header is row 1), its cells (identity numbers
 * masked) and every reason, in the uploader's language.
 */
public record RejectedRow(int rowNo, List<String> cells, List<String> reasons) {

	public RejectedRow {
		cells = List.copyOf(cells);
		reasons = List.copyOf(reasons);
	}

}
