package org.ohsonline.agency.internal;

import java.util.List;

import org.ohsonline.shared.SealedColumn;
import org.ohsonline.shared.SealedData;

import org.springframework.stereotype.Component;

/** The personal data of agencies and their staff, for a rotation of the secret key (decision 0024). */
@Component
class AgencySealedData implements SealedData {

	@Override
	public List<SealedColumn> sealedColumns() {
		return List.of(SealedColumn.indexed("agency.staff", "id", "id_number_cipher", "id_number_index"),
				SealedColumn.of("agency.agency", "id", "contact_phone_cipher"));
	}

}
