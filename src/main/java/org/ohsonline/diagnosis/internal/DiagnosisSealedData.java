package org.ohsonline.diagnosis.internal;

import java.util.List;

import org.ohsonline.shared.SealedColumn;
import org.ohsonline.shared.SealedData;

import org.springframework.stereotype.Component;

/** The personal data diagnosis keeps sealed (workers' names, received exchange records, poisoned patients), for a rotation of the secret key (decision 0024). */
@Component
class DiagnosisSealedData implements SealedData {

	@Override
	public List<SealedColumn> sealedColumns() {
		return List.of(SealedColumn.of("diagnosis.diagnosis_case", "id", "worker_name"),
				SealedColumn.of("diagnosis.referral", "id", "worker_name"),
				SealedColumn.of("diagnosis.patient", "id", "worker_name"),
				SealedColumn.of("diagnosis.exchange_received", "id", "elements"),
				SealedColumn.of("diagnosis.pesticide_poisoning", "id", "patient_name"),
				SealedColumn.indexed("diagnosis.pesticide_poisoning", "id", "id_number", "id_blind"),
				SealedColumn.of("diagnosis.pesticide_poisoning", "id", "phone"));
	}

}
