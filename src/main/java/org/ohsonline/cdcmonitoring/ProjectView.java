package org.ohsonline.cdcmonitoring;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A project as its page shows it to the reader: the targets, the draw, and the sample, tasks and re-checks of the
 * counties the reader's scope reaches (an agency: its own tasks' counties).
 *
 * @param closedAt when the project was closed (no more entries, summary frozen), or {@code null} while open
 * @param summaryCode the verification code of the signed summary PDF issued at closing, or {@code null}
 */
@io.swagger.v3.oas.annotations.media.Schema(name = "MonitoringProject")
public record ProjectView(long id, int year, MonitoringKind kind, String name, String regionCode, List<String> industries,
		List<String> hazards, long formVersionId, String formEdition, BigDecimal qcShare, LocalDate dueOn,
		String createdBy, Instant createdAt, boolean synthetic, List<Target> targets, DrawView draw,
		List<SampledEmployer> sample, List<TaskView> tasks, List<QcCheckView> checks, Instant closedAt, String closedBy,
		String closeNote, String summaryCode) {

	public boolean closed() {
		return this.closedAt != null;
	}
}
