package org.ohsonline.enforcement.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.ohsonline.enforcement.ActionCode;
import org.ohsonline.enforcement.CaseView;
import org.ohsonline.enforcement.InspectionStatus;
import org.ohsonline.enforcement.PublicCases;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public pages behind action codes: the code is parsed (its check character must hold) and looked up by its kind;
 * what is shown names the employer and the dates, never a person.
 */
@Service
class PublicActService implements PublicCases {

	private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private final EnforcementCaseStore cases;

	private final InspectionStore inspections;

	PublicActService(EnforcementCaseStore cases, InspectionStore inspections) {
		this.cases = cases;
		this.inspections = inspections;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<PublicCase> find(String actionCode) {
		return ActionCode.parse(actionCode).flatMap(code -> (switch (code.kind()) {
			case PENALTY -> this.cases.byCode(code.toString());
			case COERCION -> this.cases.byCoercion(code.toString());
			case INSPECTION -> Optional.<EnforcementCaseStore.Row>empty();
		}).map(row -> {
			List<CaseView.StepView> steps = this.cases.steps(row.id());
			boolean intact = CaseChain.firstBroken(row.actionCode(), steps).isEmpty()
					&& (steps.isEmpty() || steps.get(steps.size() - 1).hash().equals(row.headHash()));
			return new PublicCase(row.actionCode(), code.toString(), row.employerName(), row.regionCode(),
					row.violation(), row.step(),
					steps.stream()
						.map(s -> new PublicStep(s.seq(), s.step(), s.happenedOn(), s.hash(), s.actionCode()))
						.toList(),
					intact);
		}));
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<PublicInspection> inspection(String actionCode) {
		return ActionCode.parse(actionCode)
			.filter(code -> code.kind() == ActionCode.Kind.INSPECTION)
			.flatMap(code -> this.inspections.byCode(code.toString()))
			.map(row -> {
				boolean recorded = row.status() == InspectionStatus.RECORDED;
				return new PublicInspection(row.actionCode(), row.employerName(), row.regionCode(), row.mode(),
						LocalDate.ofInstant(row.startedAt(), ZONE),
						recorded ? LocalDate.ofInstant(row.recordedAt(), ZONE) : null,
						recorded ? this.inspections.violations(row.id()) : 0,
						this.cases.codesFromInspection(row.id()));
			});
	}

}
