package org.ohsonline.authorization;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ohsonline.radiation.DoseEntry;
import org.ohsonline.radiation.DoseRecords;
import org.ohsonline.radiation.DoseView;
import org.ohsonline.radiation.InvestigationView;
import org.ohsonline.radiation.LicenceCommand;
import org.ohsonline.radiation.RadiationFilter;
import org.ohsonline.radiation.RadiationWorkerCommand;
import org.ohsonline.radiation.RadiationWorkerView;
import org.ohsonline.radiation.RadiationWorkers;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.PageQuery;
import org.ohsonline.shared.Scope;
import org.ohsonline.shared.web.SpreadsheetExport;

/**
 * The radiation side of a world: the side's worker marked as a radiation worker (介入放射学) of the side's
 * employer, monitored by the side's agency since 2025; the employer's licence and its post marked as a radiation
 * post; a dose record of 2025Q1 above the investigation level with its open investigation, one of 2025Q2 below
 * detection; and an upload by the agency (one row saved, one rejected).
 */
final class RadiationBuilder {

	private final RadiationWorkers workers;

	private final DoseRecords doses;

	RadiationBuilder(RadiationWorkers workers, DoseRecords doses) {
		this.workers = workers;
		this.doses = doses;
	}

	void build(SideBuilder.Spec spec, Map<String, String> v) throws Exception {
		Actor manager = SideBuilder.actor("manager", new Scope(Scope.Kind.EMPLOYER, v.get("employer.creditCode")), spec.township(),
				"radiation:worker:read", "radiation:worker:write", "radiation:dose:read", "registry:employer:read",
				"registry:worker:read");
		Actor staff = SideBuilder.actor("registrar", new Scope(Scope.Kind.AGENCY, v.get("agency.creditCode")), spec.county(),
				"radiation:worker:read", "radiation:dose:read", "radiation:dose:write");
		long employerId = Long.parseLong(v.get("employer"));
		this.workers.saveLicence(manager, employerId, new LicenceCommand(spec.label() + "放射诊疗许可证001", spec.label() + "卫生健康委员会",
				LocalDate.of(2024, 1, 1), LocalDate.of(2029, 12, 31)));
		this.workers.markPost(manager, employerId, Long.parseLong(v.get("post")), "2E");
		RadiationWorkerView worker = this.workers.mark(manager, new RadiationWorkerCommand(null, v.get("worker.idNumber"), "2E",
				Long.parseLong(v.get("post")), Long.parseLong(v.get("agency")), LocalDate.of(2025, 1, 1)));
		DoseView above = this.doses.enter(staff, new DoseEntry(worker.id(), null, null, "2025Q1", new BigDecimal("1.5"), false,
				new BigDecimal("1.6"), false, null, null, null), "API");
		this.doses.enter(staff, new DoseEntry(worker.id(), null, null, "2025Q2", null, true, null, true, null, null,
				new BigDecimal("0.04")), "API");
		InvestigationView investigation = this.doses.investigations(manager, RadiationFilter.none(), PageQuery.of(1, 5))
			.items()
			.stream()
			.filter(i -> i.doseId() == above.id())
			.findFirst()
			.orElseThrow();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		SpreadsheetExport sheet = SpreadsheetExport.to(out, "doses", List.of("code", "id", "name", "period", "hp10", "b", "hp007", "b",
				"lens", "b", "mdl"));
		sheet.row(v.get("employer.creditCode"), v.get("worker.idNumber"), "", "2025Q3", "0.2", "", "0.2", "", "", "", "");
		sheet.row(v.get("employer.creditCode"), v.get("worker.idNumber"), "", "2025Q3", "-1", "", "0.2", "", "", "", "");
		sheet.finish();
		Path file = Files.createTempFile("matrix-radiation", ".xlsx");
		try {
			Files.write(file, out.toByteArray());
			v.put("radiation.import", SideBuilder.id(this.doses.importWorkbook(staff, spec.label() + "剂量.xlsx", file).id()));
		}
		finally {
			Files.deleteIfExists(file);
		}
		v.put("radiation.worker", SideBuilder.id(worker.id()));
		v.put("radiation.dose", SideBuilder.id(above.id()));
		v.put("radiation.investigation", SideBuilder.id(investigation.id()));
	}

	static Set<String> keys() {
		return Set.of("radiation.worker", "radiation.dose", "radiation.investigation", "radiation.import");
	}

}
