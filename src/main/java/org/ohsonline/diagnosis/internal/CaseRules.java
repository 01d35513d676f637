package org.ohsonline.diagnosis.internal;

import java.time.LocalDate;
import java.util.Optional;

import org.ohsonline.audit.AuditTarget;
import org.ohsonline.diagnosis.OutcomeStage;
import org.ohsonline.reference.OccupationalDisease;
import org.ohsonline.reference.OccupationalDiseases;
import org.ohsonline.shared.InvalidInputException;

import org.springframework.stereotype.Component;

/** Rules the diagnosis and the appraisals share: the disease a conclusion names, the days entered for a step. */
@Component
class CaseRules {

	private final OccupationalDiseases diseases;

	private final CaseClocks clocks;

	CaseRules(OccupationalDiseases diseases, CaseClocks clocks) {
		this.diseases = diseases;
		this.clocks = clocks;
	}

	/** The disease a conclusion names: present when occupational, empty for 不是职业病. */
	Optional<OccupationalDisease> disease(Boolean occupational, String code) {
		if (occupational == null) {
			throw InvalidInputException.of("occupational", "diagnosis.error.occupationalRequired");
		}
		if (!occupational) {
			return Optional.empty();
		}
		if (code == null || code.isBlank()) {
			throw InvalidInputException.of("diseaseCode", "diagnosis.error.diseaseRequired");
		}
		return Optional.of(this.diseases.findDisease(code.trim())
			.orElseThrow(() -> InvalidInputException.of("diseaseCode", "diagnosis.error.unknownDisease", code.trim())));
	}

	static CaseStore.Outcome outcome(Optional<OccupationalDisease> disease, OutcomeStage stage, LocalDate on,
			boolean finalDecision) {
		return new CaseStore.Outcome(disease.map(OccupationalDisease::code).orElse(null),
				disease.map(OccupationalDisease::name).orElse(null),
				disease.map(OccupationalDisease::categoryCode).orElse(null),
				disease.map(OccupationalDisease::categoryName).orElse(null),
				disease.map(OccupationalDisease::pneumoconiosis).orElse(false), stage, on, finalDecision);
	}

	/** A day entered for a step: not in the future, not before the step it follows. */
	void checkDay(String field, LocalDate on, LocalDate notBefore, String beforeCode) {
		if (on.isAfter(this.clocks.today())) {
			throw InvalidInputException.of(field, "diagnosis.error.future");
		}
		if (notBefore != null && on.isBefore(notBefore)) {
			throw InvalidInputException.of(field, beforeCode, notBefore);
		}
	}

	static AuditTarget target(CaseStore.Row row) {
		return AuditTarget.of(CaseService.CASE, row.id(), row.regionCode());
	}

}
