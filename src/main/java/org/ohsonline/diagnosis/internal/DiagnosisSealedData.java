package org.ohsonline.diagnosis.internal;

import java.util.List;

import org.ohsonline.shared.SealedColumn;
import org.ohsonline.shared.SealedData;

import org.springframework.stereotype.Component;

/** The workers' names that diagnosis keeps sealed, for a rotation of the secret key (decision 0024). */
@Component
class DiagnosisSealedData implements SealedData {

	@Override
	public List<SealedColumn> sealedColumns() {
		return List.of(SealedColumn.of("diagnosis.diagnosis_case", "id", "worker_name"),
				SealedColumn.of("diagnosis.referral", "id", "worker_name"),
				SealedColumn.of("diagnosis.patient", "id", "worker_name"));
	}

}
