package org.ohsonline.projects;

import java.time.LocalDate;
import java.util.List;

/**
 * A construction project as the employer registers it.
 *
 * @param name the project's name
 * @param kind new, extension, reconstruction, renovation or import
 * @param industryCode the GB/T 4754-2017 class of the project's production, which the risk directory classes
 * @param activityCode the directory's activity entry (e.g. {@code 443.1}) where the industry's group is split by
 * activity; {@code null} when not split or not answered (then the stricter class applies)
 * @param hazardFactors codes of the hazard factor catalogue the project will expose workers to (at least one)
 * @param registeredOn the day the project was registered (the feasibility study's day; not in the future)
 */
@io.swagger.v3.oas.annotations.media.Schema(name = "ProjectCommand")
public record ProjectCommand(String name, ProjectKind kind, String industryCode, String activityCode,
		List<String> hazardFactors, LocalDate registeredOn) {

	public ProjectCommand {
		hazardFactors = hazardFactors == null ? List.of() : List.copyOf(hazardFactors);
	}

}
