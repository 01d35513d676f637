package org.ohsonline.diagnosis.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bundled XSDs of SUSPECTED_OCPD, DIAGNOSE_OCPD, APPRAISAL_INFO and NYZD are the element tables of
 * {@link ExchangeTables} (交换规范 2021 六(三)–(六)) written out: a change of a table without its schema fails here.
 * Run with {@code -Dexchange.writeSchemas=true} to write them again after changing a table.
 */
class DiagnosisExchangeSchemaTests {

	@Test
	void theBundledSchemasAreTheElementTables() throws IOException {
		for (ExchangeTables.Table table : ExchangeTables.ALL) {
			Path file = Path.of("src/main/resources", ExchangeTables.resource(table.type()));
			String expected = ExchangeTables.xsd(table);
			if (Boolean.getBoolean("exchange.writeSchemas")) {
				Files.writeString(file, expected, StandardCharsets.UTF_8);
			}
			assertThat(Files.readString(file, StandardCharsets.UTF_8)).as(file.toString()).isEqualTo(expected);
		}
	}

}
