package org.ohsonline.radiation;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/** An Excel upload of dose records: how many rows, accepted and rejected, and every rejected row with its reasons. */
@Schema(name = "RadiationDoseImport")
public record ImportResult(long id, String fileName, int totalRows, int accepted, int rejected, String importedBy,
		Instant importedAt, List<Rejection> rejections) {

	/** A rejected row: its number in the sheet (the header is row 1), the reasons and the cells as read. */
	@Schema(name = "RadiationDoseImportRejection")
	public record Rejection(int row, List<Reason> reasons, String cells) {
	}

	/** A reason as a message code of {@code messages/radiation} and its arguments. */
	@Schema(name = "RadiationDoseImportReason")
	public record Reason(String field, String code, List<String> arguments) {
	}

}
