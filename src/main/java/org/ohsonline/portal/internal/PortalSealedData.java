package org.ohsonline.portal.internal;

import java.util.List;

import org.ohsonline.shared.SealedColumn;
import org.ohsonline.shared.SealedData;

import org.springframework.stereotype.Component;

/** The signing key's private half, sealed with the secret key, for a rotation of it (decision 0024). */
@Component
class PortalSealedData implements SealedData {

	@Override
	public List<SealedColumn> sealedColumns() {
		return List.of(SealedColumn.of("portal.signing_key", "id", "private_key_sealed"));
	}

}
