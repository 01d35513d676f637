package org.ohsonline.projects;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.ohsonline.shared.Actor;

/**
 * The quarterly tracking of projects (季度跟踪): for a quarter and a region in scope, per region one level down, how
 * many projects stood at each stage at the quarter's end, how many were overdue then, registered and completed in
 * the quarter.
 */
public interface Tracking {

	TrackingView quarter(Actor actor, String region, int year, int quarter);

	/** One region's row. {@code atStage} keys are the stages' names and {@code DONE}. */
	@io.swagger.v3.oas.annotations.media.Schema(name = "ProjectTrackingRow")
	record Row(String regionCode, Map<String, Long> atStage, long overdue, long registered, long completed, long total) {
	}

	@io.swagger.v3.oas.annotations.media.Schema(name = "ProjectTracking")
	record TrackingView(String regionCode, int year, int quarter, LocalDate from, LocalDate to, List<Row> rows, Row total) {
	}

}
