package org.ohsonline.projects;

import java.time.LocalDate;

import org.ohsonline.reference.Severity;

/**
 * An employer registered a construction project; its first stage (预评价) started on the registration day.
 *
 * @param hazardClass 严重 or 一般 from the risk directory; {@code null} when the directory does not list the industry
 */
public record ProjectRegistered(long projectId, long employerId, String regionCode, Severity hazardClass,
		LocalDate registeredOn) {
}
