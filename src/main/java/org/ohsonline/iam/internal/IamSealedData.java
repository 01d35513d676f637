package org.ohsonline.iam.internal;

import java.util.List;
import java.util.Map;

import org.ohsonline.shared.SealedColumn;
import org.ohsonline.shared.SealedData;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The users' sealed mobile numbers, for a rotation of the secret key (decision 0024); and a worker's
 * scope, which is the blind index of their identity number: when the register's index of a number
 * changes, the account of that worker follows in the same transaction, and its sessions end (the
 * scope they hold is the old one), as with any change of jurisdiction (decision 0018).
 */
@Component
class IamSealedData implements SealedData {

	static final String WORKER_ID_NUMBER = "registry.worker.id_number_cipher";

	private final JdbcClient jdbc;

	private final TokenPrincipalCache tokens;

	IamSealedData(JdbcClient jdbc, TokenPrincipalCache tokens) {
		this.jdbc = jdbc;
		this.tokens = tokens;
	}

	@Override
	public List<SealedColumn> sealedColumns() {
		return List.of(SealedColumn.indexed("iam.app_user", "id", "mobile_cipher", "mobile_index"));
	}

	@Override
	public void blindIndexesChanged(SealedColumn column, Map<String, String> previousToCurrent) {
		if (!WORKER_ID_NUMBER.equals(column.name())) {
			return;
		}
		int changed = 0;
		for (Map.Entry<String, String> change : previousToCurrent.entrySet()) {
			changed += this.jdbc.sql("""
					update iam.app_user set scope_value = :current, security_version = security_version + 1,
					    version = version + 1
					where scope_kind = 'PERSON' and scope_value = :previous""")
				.param("current", change.getValue())
				.param("previous", change.getKey())
				.update();
		}
		if (changed > 0) {
			this.tokens.invalidateAll();
		}
	}

}
