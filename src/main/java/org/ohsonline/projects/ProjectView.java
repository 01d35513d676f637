package org.ohsonline.projects;

import java.time.LocalDate;
import java.util.List;

import org.ohsonline.reference.Severity;

/**
 * A construction project with its stages and documents.
 *
 * @param hazardClass 严重 or 一般 from the risk directory in force at registration; {@code null} when the directory
 * does not list the industry (a third-party assessment decides, and verification treats it as the stricter class)
 * @param classPending whether the class is the stricter one only because the activity is not given
 * @param classBasis how the class was derived (directory entry, edition, answers)
 * @param current the stage to complete next; {@code null} once completion acceptance is recorded
 */
@io.swagger.v3.oas.annotations.media.Schema(name = "Project")
public record ProjectView(long id, long employerId, String employerCreditCode, String employerName, String regionCode,
		String name, ProjectKind kind, String industryCode, String activityCode, List<String> hazardFactors,
		Severity hazardClass, boolean classPending, String classBasis, Stage current, LocalDate registeredOn,
		LocalDate completedOn, List<StageView> stages, List<ProjectDocument> documents) {

	public boolean done() {
		return this.current == null;
	}

}
