package org.ohsonline.cdcmonitoring;

import java.util.List;

/**
 * A project's draw as the public page shows it, so that anyone can redo it: the project's facts, the seed and
 * digests, the inputs file and the ordered sample. Employers appear by name and credit code, which the register of
 * legal entities publishes anyway; no person is named.
 */
@io.swagger.v3.oas.annotations.media.Schema(name = "MonitoringPublishedDraw")
public record PublishedDraw(long projectId, int year, MonitoringKind kind, String name, String regionCode,
		boolean synthetic, DrawView draw, String inputs, List<Line> sample) {

	/** A line of the result, in the draw's order. */
	@io.swagger.v3.oas.annotations.media.Schema(name = "MonitoringPublishedDrawLine")
	public record Line(int seq, String countyCode, long employerId, String creditCode, String employerName) {
	}

}
