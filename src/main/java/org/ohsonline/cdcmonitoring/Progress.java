package org.ohsonline.cdcmonitoring;

import java.time.LocalDate;
import java.util.List;

/**
 * A project's progress by county against its targets: employers surveyed, workers examined and hazard points
 * sampled (summed from the form's counted fields), and the quality control of the county.
 */
@io.swagger.v3.oas.annotations.media.Schema(name = "MonitoringProgress")
public record Progress(long projectId, String name, int year, MonitoringKind kind, LocalDate asOf, List<Row> rows, Row total) {

	@io.swagger.v3.oas.annotations.media.Schema(name = "MonitoringProgressRow")
	public record Row(String countyCode, int targetEmployers, int sampled, int surveyed, int targetWorkers, int workers,
			int targetHazards, int hazards, int qcPicked, int qcChecked, int qcOpen) {

		/** Surveyed employers against the target, in per cent (0 without a target). */
		public int employerRate() {
			return this.targetEmployers == 0 ? 0 : (int) Math.round(100.0 * this.surveyed / this.targetEmployers);
		}

		public int workerRate() {
			return this.targetWorkers == 0 ? 0 : (int) Math.round(100.0 * this.workers / this.targetWorkers);
		}

		public int hazardRate() {
			return this.targetHazards == 0 ? 0 : (int) Math.round(100.0 * this.hazards / this.targetHazards);
		}

	}

}
