package org.ohsonline.radiation.internal;

import java.util.List;
import java.util.Map;

import org.ohsonline.shared.SealedColumn;
import org.ohsonline.shared.SealedData;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The radiation workers' sealed names, and the copy of the register's blind index of their identity numbers
 * (upload rows name people by it), for a rotation of the secret key (decision 0024).
 */
@Component
class RadiationSealedData implements SealedData {

	private final JdbcClient jdbc;

	RadiationSealedData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<SealedColumn> sealedColumns() {
		return List.of(SealedColumn.of("radiation.worker", "id", "name_sealed"));
	}

	@Override
	public void blindIndexesChanged(SealedColumn column, Map<String, String> previousToCurrent) {
		if (!column.name().equals("registry.worker.id_number_cipher")) {
			return;
		}
		previousToCurrent.forEach((previous, current) -> this.jdbc
			.sql("update radiation.worker set id_index = :current where id_index = :previous")
			.param("current", current)
			.param("previous", previous)
			.update());
	}

}
