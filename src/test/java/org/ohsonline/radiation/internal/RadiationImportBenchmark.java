package org.ohsonline.radiation.internal;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.ohsonline.IntegrationTest;
import org.ohsonline.agency.AgencyView;
import org.ohsonline.agency.Agencies;
import org.ohsonline.radiation.DoseRecords;
import org.ohsonline.radiation.ImportResult;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.PiiCipher;
import org.ohsonline.shared.web.SpreadsheetExport;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;

/**
 * The dose import benchmark (issue 18: a year of quarterly records for 50,000 radiation workers, 200,000 rows, with
 * all checks in at most 60 s). Stages {@code bench.rows / 4} radiation workers of one dosimetry service across
 * employers of 50 workers (straight into the radiation tables: the import reads nothing else), writes a workbook of
 * four quarters of 2025 per worker (one in 50 above the investigation level, one in 10 below detection), and times
 * {@link DoseRecords#importWorkbook} alone. Runs only when asked: {@code bench/radiation-import.sh}.
 */
@IntegrationTest
@EnabledIfSystemProperty(named = "bench.rows", matches = "\\d+")
class RadiationImportBenchmark {

	@Autowired DoseRecords doses;
	@Autowired Agencies agencies;
	@Autowired PiiCipher cipher;
	@Autowired NamedParameterJdbcTemplate jdbc;

	@Test
	void importsAYearOfQuarterlyRecords() throws Exception {
		int rows = Integer.parseInt(System.getProperty("bench.rows"));
		int people = Math.max(1, rows / 4);
		AgencyView agency = RadiationFixtures.agency(this.agencies, "330105");
		Actor staff = RadiationFixtures.agencyStaff(agency);
		long staged = System.nanoTime();
		List<String[]> persons = new ArrayList<>(people);
		List<SqlParameterSource> batch = new ArrayList<>();
		String employer = null;
		for (int i = 0; i < people; i++) {
			if (i % 50 == 0) {
				employer = RadiationFixtures.creditCode("330105");
			}
			String id = RadiationFixtures.idNumber("330105");
			persons.add(new String[] { employer, id });
			batch.add(new MapSqlParameterSource().addValue("w", -1_000_000L - i)
				.addValue("e", -1_000L - i / 50)
				.addValue("code", employer)
				.addValue("index", this.cipher.blindIndex(id))
				.addValue("agency", agency.id())
				.addValue("agencyCode", agency.creditCode()));
			if (batch.size() == 2000 || i == people - 1) {
				this.jdbc.batchUpdate("""
						insert into radiation.worker (worker_id, employer_id, employer_credit_code, employer_name, region_code, name_sealed,
						    name_masked, id_masked, id_index, category_code, category_name, agency_id, agency_credit_code, agency_name,
						    monitored_from, marked_by, marked_at)
						values (:w, :e, :code, '基准医院', '330105001', 'x', '基*', '330105********0000', :index, '2A', '诊断放射学', :agency,
						    :agencyCode, '基准剂量中心', date '2024-01-01', 'bench', now())
						on conflict do nothing""", batch.toArray(SqlParameterSource[]::new));
				batch.clear();
			}
		}
		Path file = Files.createTempFile("radiation-bench", ".xlsx");
		try (OutputStream out = Files.newOutputStream(file)) {
			SpreadsheetExport sheet = SpreadsheetExport.to(out, "doses", List.of("code", "id", "name", "period", "hp10", "b",
					"hp007", "b", "lens", "b", "mdl"));
			int n = 0;
			for (String[] p : persons) {
				for (int q = 1; q <= 4 && n < rows; q++, n++) {
					boolean below = n % 10 == 0;
					String hp10 = below ? "" : n % 50 == 1 ? "1.80" : "0.21";
					sheet.row(p[0], p[1], "", "2025Q" + q, hp10, below ? "是" : "", below ? "" : "0.22", below ? "是" : "", "", "",
							below ? "0.04" : "");
				}
			}
			sheet.finish();
		}
		System.out.printf("== staged %,d radiation workers and a workbook of %,d rows (%,d bytes) in %,d ms%n", people, rows,
				Files.size(file), (System.nanoTime() - staged) / 1_000_000);
		long started = System.nanoTime();
		ImportResult result = this.doses.importWorkbook(staff, "bench.xlsx", file);
		long millis = (System.nanoTime() - started) / 1_000_000;
		Files.deleteIfExists(file);
		System.out.printf("== import of %,d rows: %,d accepted, %,d rejected, %,d ms (target 60,000 ms for 200,000 rows) on %s, %d cores, %s%n",
				result.totalRows(), result.accepted(), result.rejected(), millis, LocalDate.now(), Runtime.getRuntime().availableProcessors(),
				System.getProperty("java.version"));
	}

}
