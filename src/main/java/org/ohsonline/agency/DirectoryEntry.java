package org.ohsonline.agency;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One organisation as the public directory shows it: licence facts, qualification scope, the rating that stands
 * (or not rated yet) with its date, and the last day of a blacklist entry in force.
 * @param level {@code null} when not rated yet
 * @param stars {@code null} when not rated yet
 * @param ratedOn the day of the rating, {@code null} before the first one
 * @param blacklistedUntil the last day of the entry in force, {@code null} when not blacklisted
 */
@Schema(name = "AgencyDirectoryEntry")
public record DirectoryEntry(long id, String name, AgencyKind kind, String regionCode, AgencyStatus status,
		QualificationState qualification, LocalDate validTo, List<JobType> jobTypes, List<ExamType> examTypes,
		List<String> hazards, RatingStatus ratingStatus, CreditLevel level, Integer stars, LocalDate ratedOn,
		LocalDate blacklistedUntil) {

	public DirectoryEntry {
		jobTypes = List.copyOf(jobTypes);
		examTypes = List.copyOf(examTypes);
		hazards = List.copyOf(hazards);
	}

	public boolean rated() {
		return this.ratingStatus == RatingStatus.RATED;
	}

	public boolean blacklisted() {
		return this.blacklistedUntil != null;
	}

}
