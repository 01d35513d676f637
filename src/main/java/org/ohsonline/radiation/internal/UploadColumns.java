package org.ohsonline.radiation.internal;

import java.util.List;

/** The columns of the dose upload's template, as message keys, for the page that offers the template. */
public final class UploadColumns {

	private UploadColumns() {
	}

	public static List<String> keys() {
		return WorkbookRows.COLUMNS;
	}

}
