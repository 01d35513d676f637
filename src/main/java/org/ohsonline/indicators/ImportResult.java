package org.ohsonline.indicators;

import java.util.List;

/** What an import took and what it refused, each refused row with its number and reason. */
@io.swagger.v3.oas.annotations.media.Schema(name = "IndicatorImportResult")
public record ImportResult(int accepted, List<Rejection> rejected) {

	public ImportResult {
		rejected = List.copyOf(rejected);
	}

	/** @param row the row's number (the first data row is 1; in a workbook, the header is row 1 and data start at 2) */
	@io.swagger.v3.oas.annotations.media.Schema(name = "IndicatorImportRejection")
	public record Rejection(int row, String field, String code, List<Object> arguments) {

		public Rejection {
			arguments = List.copyOf(arguments);
		}

	}

}
