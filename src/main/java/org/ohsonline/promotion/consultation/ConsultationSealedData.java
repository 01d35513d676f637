package org.ohsonline.promotion.consultation;

import java.util.List;

import org.ohsonline.shared.SealedColumn;
import org.ohsonline.shared.SealedData;

import org.springframework.stereotype.Component;

/** The asker's sealed personal data, re-encrypted by a key rotation. */
@Component
class ConsultationSealedData implements SealedData {

	@Override
	public List<SealedColumn> sealedColumns() {
		return List.of(SealedColumn.of("consultation.request", "id", "contact_phone_sealed"),
				SealedColumn.of("consultation.request", "id", "body_sealed"));
	}

}
