package org.ohsonline.agency.internal;

import java.time.LocalDate;

import org.ohsonline.agency.AgencyKind;
import org.ohsonline.agency.AgencyStatus;
import org.ohsonline.agency.ExamType;
import org.ohsonline.agency.Institutions;
import org.ohsonline.agency.JobType;
import org.ohsonline.agency.Qualification;
import org.ohsonline.agency.Qualification.Reason;
import org.ohsonline.agency.QualificationScope;
import org.ohsonline.agency.QualificationState;
import org.ohsonline.reference.HazardFactor;
import org.ohsonline.reference.HazardFactors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answers whether an organisation may do a piece of work on a day: the kind, the status, the
 * validity of the qualification, then the scope, in that order, so the reason given is the first
 * that fails.
 */
@Service
@Transactional(readOnly = true)
class Qualifications implements Institutions {

	private final AgencyStore store;

	private final ScopeStore scopes;

	private final HazardFactors hazards;

	private final java.time.Clock clock;

	Qualifications(AgencyStore store, ScopeStore scopes, HazardFactors hazards, java.time.Clock clock) {
		this.store = store;
		this.scopes = scopes;
		this.hazards = hazards;
		this.clock = clock;
	}

	Qualification forJob(long agencyId, JobType jobType, String hazardCategory, LocalDate on) {
		AgencyStore.Row row = this.store.find(agencyId).orElse(null);
		Qualification usable = usable(row, AgencyKind.SERVICE_AGENCY, on);
		if (!usable.qualified()) {
			return usable;
		}
		QualificationScope scope = this.scopes.read(agencyId);
		if (jobType == null || !scope.jobTypes().contains(jobType)) {
			return Qualification.no(Reason.JOB_TYPE_OUTSIDE_SCOPE);
		}
		if (hazardCategory == null || !scope.hazardCategories().contains(hazardCategory.trim())) {
			return Qualification.no(Reason.HAZARD_OUTSIDE_SCOPE);
		}
		return Qualification.yes();
	}

	@Override
	public int capacity(long institutionId, ExamType examType, LocalDate on) {
		AgencyStore.Row row = this.store.find(institutionId).orElse(null);
		if (examType == null || !usable(row, AgencyKind.EXAM_INSTITUTION, day(on)).qualified()) {
			return 0;
		}
		Integer capacity = this.scopes.read(institutionId).dailyCapacity().get(examType);
		return capacity == null ? 0 : capacity;
	}

	@Override
	public Qualification mayExamine(long institutionId, ExamType examType, String hazardCode, LocalDate on) {
		AgencyStore.Row row = this.store.find(institutionId).orElse(null);
		Qualification usable = usable(row, AgencyKind.EXAM_INSTITUTION, day(on));
		if (!usable.qualified()) {
			return usable;
		}
		QualificationScope scope = this.scopes.read(institutionId);
		if (examType == null || !scope.dailyCapacity().containsKey(examType)) {
			return Qualification.no(Reason.EXAM_TYPE_OUTSIDE_SCOPE);
		}
		String code = hazardCode == null ? "" : hazardCode.trim();
		if (scope.hazardFactors().contains(code)) {
			return Qualification.yes();
		}
		String category = this.hazards.findFactor(code).map(HazardFactor::categoryCode).orElse(null);
		return category != null && scope.hazardCategories().contains(category) ? Qualification.yes()
				: Qualification.no(Reason.HAZARD_OUTSIDE_SCOPE);
	}

	private static Qualification usable(AgencyStore.Row row, AgencyKind kind, LocalDate on) {
		if (row == null) {
			return Qualification.no(Reason.UNKNOWN_AGENCY);
		}
		if (row.kind() != kind) {
			return Qualification.no(Reason.WRONG_KIND);
		}
		if (row.status() != AgencyStatus.ACTIVE) {
			return Qualification.no(Reason.NOT_ACTIVE);
		}
		return switch (QualificationState.on(on, row.validFrom(), row.validTo())) {
			case NOT_YET_VALID -> Qualification.no(Reason.NOT_YET_VALID);
			case EXPIRED -> Qualification.no(Reason.EXPIRED);
			case VALID, EXPIRING -> Qualification.yes();
		};
	}

	private LocalDate day(LocalDate on) {
		return on == null ? LocalDate.now(this.clock) : on;
	}

}
