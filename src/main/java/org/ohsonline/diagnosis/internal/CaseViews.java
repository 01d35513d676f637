package org.ohsonline.diagnosis.internal;

import java.util.ArrayList;
import java.util.List;

import org.ohsonline.diagnosis.CaseClock;
import org.ohsonline.diagnosis.CaseSummary;
import org.ohsonline.diagnosis.CaseView;
import org.ohsonline.shared.Deadline;
import org.ohsonline.shared.Masking;
import org.ohsonline.shared.PiiCipher;

import org.springframework.stereotype.Component;

/** Assembles what pages and the API show: the worker's name decrypted on a case page, masked in lists. */
@Component
class CaseViews {

	private final CaseStore cases;

	private final CaseClocks clocks;

	private final PiiCipher cipher;

	private final CertificateStore certificates;

	CaseViews(CaseStore cases, CaseClocks clocks, PiiCipher cipher, CertificateStore certificates) {
		this.certificates = certificates;
		this.cases = cases;
		this.clocks = clocks;
		this.cipher = cipher;
	}

	CaseView view(CaseStore.Row r) {
		List<CaseView.Hazard> hazards = new ArrayList<>();
		for (int i = 0; i < r.hazardCodes().size(); i++) {
			hazards.add(new CaseView.Hazard(r.hazardCodes().get(i),
					i < r.hazardNames().size() ? r.hazardNames().get(i) : r.hazardCodes().get(i)));
		}
		List<CaseView.Material> materials = this.cases.materials(r.id());
		List<CaseClock> clocks = this.clocks.ofCase(r.id());
		CaseView.Disease diagnosis = r.diagnosisDiseaseCode() == null ? null
				: new CaseView.Disease(r.diagnosisDiseaseCode(), r.diagnosisDiseaseName(), null, null);
		CaseView.Disease outcome = r.diseaseCode() == null ? null
				: new CaseView.Disease(r.diseaseCode(), r.diseaseName(), r.categoryCode(), r.categoryName());
		return new CaseView(r.id(), r.number(), r.workerId(), this.cipher.decrypt(r.workerNameSealed()),
				r.workerIdMasked(), r.employerId(), r.employerName(), r.creditCode(), r.regionCode(), r.institutionId(),
				r.institutionName(), r.applicant(), r.appliedOn(), hazards, r.referralId(), r.status(), materials,
				complete(materials), r.materialsCompleteOn(), r.diagnosedOn(), diagnosis, r.diagnosisConclusion(),
				r.certificateNumber(), r.certificateDeliveredOn(), this.certificates.code(r.id()).orElse(null), outcome, r.outcomeStage(), r.outcomeOn(),
				r.outcomeFinal(), this.cases.appraisals(r.id()), clocks, this.cases.history(r.id()));
	}

	CaseSummary summary(CaseStore.SummaryRow s) {
		CaseStore.Row r = s.row();
		return new CaseSummary(r.id(), r.number(), maskedName(r.workerNameSealed()), r.workerIdMasked(),
				r.employerName(), r.regionCode(), r.institutionName(), r.applicant(), r.appliedOn(), r.status(),
				r.diseaseName(), r.outcomeFinal(), s.clockKind(),
				s.clockDueOn() == null ? null : Deadline.of(s.clockDueOn(), this.clocks.today()));
	}

	String maskedName(String sealed) {
		return Masking.other(this.cipher.decrypt(sealed));
	}

	String name(String sealed) {
		return this.cipher.decrypt(sealed);
	}

	static boolean complete(List<CaseView.Material> materials) {
		return !materials.isEmpty() && materials.stream().allMatch(CaseView.Material::done);
	}

}
