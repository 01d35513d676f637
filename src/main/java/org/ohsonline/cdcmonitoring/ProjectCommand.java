package org.ohsonline.cdcmonitoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A new monitoring project, as the CDC fills it in.
 *
 * @param industries GB/T 4754 codes (a section letter stands for its divisions)
 * @param hazards hazard factor catalog codes
 * @param qcShare the share of submitted surveys re-checked, 0–1
 * @param dueOn the day the surveys are due
 */
@io.swagger.v3.oas.annotations.media.Schema(name = "MonitoringProjectCommand")
public record ProjectCommand(Integer year, MonitoringKind kind, String name, List<String> industries,
		List<String> hazards, BigDecimal qcShare, LocalDate dueOn, List<Target> targets) {

	public ProjectCommand {
		industries = industries == null ? List.of() : industries.stream().filter(s -> s != null && !s.isBlank()).map(String::trim).toList();
		hazards = hazards == null ? List.of() : hazards.stream().filter(s -> s != null && !s.isBlank()).map(String::trim).toList();
		targets = targets == null ? List.of() : List.copyOf(targets);
	}

}
