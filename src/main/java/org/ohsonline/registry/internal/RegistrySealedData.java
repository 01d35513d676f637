package org.ohsonline.registry.internal;

import java.util.List;

import org.ohsonline.shared.SealedColumn;
import org.ohsonline.shared.SealedData;

import org.springframework.stereotype.Component;

/** The personal data the register seals, for a rotation of the secret key (decision 0024). */
@Component
class RegistrySealedData implements SealedData {

	@Override
	public List<SealedColumn> sealedColumns() {
		return List.of(SealedColumn.indexed("registry.worker", "id", "id_number_cipher", "id_number_index"),
				SealedColumn.of("registry.worker", "id", "mobile_cipher"),
				SealedColumn.of("registry.employer", "id", "oh_manager_phone_cipher"),
				SealedColumn.of("registry.employer", "id", "contact_phone_cipher"),
				// An import's rows, whole: walked by job, each job's rows in one batch.
				SealedColumn.of("registry.import_row", "job_id", "data"));
	}

}
