package org.ohsonline.projects;

import java.time.LocalDate;

/**
 * A construction project's protective facilities passed completion acceptance (竣工验收): the employer must declare
 * its hazards within 30 days (申报办法 Art. 8(一)); the projects module starts that declaration clock.
 */
public record ProjectCompleted(long projectId, long employerId, String employerCreditCode, String regionCode,
		LocalDate completedOn, String projectName) {
}
