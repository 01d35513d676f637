package org.ohsonline.cdcmonitoring;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A project's progress by county against its targets: employers surveyed, workers examined, hazard points sampled
 * and points exceeding (summed from the form's counted fields), and the quality control of the county. Once the
 * project is closed, the rows are the summary frozen at closing ({@code closedAt}) and {@code asOf} is its day.
 */
@io.swagger.v3.oas.annotations.media.Schema(name = "MonitoringProgress")
public record Progress(long projectId, String name, int year, MonitoringKind kind, LocalDate asOf, List<Row> rows, Row total,
		Instant closedAt) {

	public boolean closed() {
		return this.closedAt != null;
	}

	@io.swagger.v3.oas.annotations.media.Schema(name = "MonitoringProgressRow")
	public record Row(String countyCode, int targetEmployers, int sampled, int surveyed, int targetWorkers, int workers,
			int targetHazards, int hazards, int exceeding, int qcPicked, int qcChecked, int qcOpen) {

		/** Surveyed employers against the target, in per cent (0 without a target). */
		public int employerRate() {
			return percent(this.surveyed, this.targetEmployers);
		}

		public int workerRate() {
			return percent(this.workers, this.targetWorkers);
		}

		public int hazardRate() {
			return percent(this.hazards, this.targetHazards);
		}

		/** Points exceeding among the points sampled, in per cent (0 without points sampled). */
		public int exceedingRate() {
			return percent(this.exceeding, this.hazards);
		}

		private static int percent(int numerator, int denominator) {
			return denominator == 0 ? 0 : (int) Math.round(100.0 * numerator / denominator);
		}

	}

}
