package org.ohsonline.surveillance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ohsonline.agency.Agencies;
import org.ohsonline.agency.AgencyCommand;
import org.ohsonline.agency.AgencyFixtures;
import org.ohsonline.agency.AgencyKind;
import org.ohsonline.agency.AgencyView;
import org.ohsonline.agency.ExamType;
import org.ohsonline.agency.QualificationScope;
import org.ohsonline.registry.EmployerView;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.Scope;

/** Actors, institutions and exams for surveillance tests. */
public final class ExamFixtures {

	public static final String NOISE = "3008";

	public static final String SILICA = "1038";

	public static final Set<String> INSTITUTION_PERMISSIONS = Set.of("surveillance:exam:read", "surveillance:exam:write",
			"surveillance:task:write");

	private ExamFixtures() {
	}

	/** A county supervisor who registers employers, workers and institutions. */
	public static Actor county() {
		return new Actor(31, "exam-county", "县级监管", "330105", Scope.region("330105"),
				Set.of("registry:employer:read", "registry:employer:write", "registry:worker:read",
						"registry:worker:write", "surveillance:exam:read", "surveillance:due:write", "agency:agency:read",
						"agency:agency:write"),
				"127.0.0.1", Actor.Channel.UI);
	}

	/**
	 * An exam institution valid 2025-01-01 to 2030-12-31, examining the hazard categories given, with
	 * capacity for pre-placement, in-service and exit exams.
	 */
	public static AgencyView institution(Agencies agencies, Actor commission, String... categories) {
		AgencyView created = agencies.register(commission,
				new AgencyCommand(AgencyKind.EXAM_INSTITUTION, AgencyFixtures.creditCode("330105"), "测试体检中心",
						"330105", "体检路 1 号", "联系人", "13700001111", "职检-测试", "浙江省卫生健康委员会",
						LocalDate.of(2025, 1, 1), LocalDate.of(2030, 12, 31)));
		return agencies.changeScope(commission, created.id(), new QualificationScope(List.of(categories), List.of(),
				Set.of(), Map.of(ExamType.PRE_PLACEMENT, 50, ExamType.IN_SERVICE, 100, ExamType.EXIT, 20)));
	}

	public static Actor staffOf(AgencyView institution) {
		return new Actor(32, "exam-staff-" + institution.id(), "体检医师", institution.regionCode(),
				new Scope(Scope.Kind.INSTITUTION, institution.creditCode()), INSTITUTION_PERMISSIONS, "127.0.0.1",
				Actor.Channel.UI);
	}

	public static Actor managerOf(EmployerView employer) {
		return new Actor(33, "exam-manager-" + employer.id(), "单位管理员", employer.regionCode(),
				new Scope(Scope.Kind.EMPLOYER, employer.creditCode()),
				Set.of("surveillance:exam:read", "surveillance:task:write", "surveillance:due:write",
						"registry:employer:read"),
				"127.0.0.1", Actor.Channel.UI);
	}

	/** Thresholds at 500–6000 Hz: 10 dB except 2, 3 and 4 kHz as given. */
	public static List<ExamCommand.Threshold> audiogram(int l2, int l3, int l4, int r2, int r3, int r4) {
		List<ExamCommand.Threshold> thresholds = new ArrayList<>();
		int[][] values = { { l2, l3, l4 }, { r2, r3, r4 } };
		String[] ears = { "L", "R" };
		for (int e = 0; e < 2; e++) {
			thresholds.add(new ExamCommand.Threshold(ears[e], 500, 10));
			thresholds.add(new ExamCommand.Threshold(ears[e], 1000, 10));
			thresholds.add(new ExamCommand.Threshold(ears[e], 2000, values[e][0]));
			thresholds.add(new ExamCommand.Threshold(ears[e], 3000, values[e][1]));
			thresholds.add(new ExamCommand.Threshold(ears[e], 4000, values[e][2]));
			thresholds.add(new ExamCommand.Threshold(ears[e], 6000, 15));
		}
		return thresholds;
	}

	/** A noise exam with a normal audiogram and the given conclusion. */
	public static ExamCommand noise(EmployerView employer, String idNumber, ExamType type, LocalDate on,
			ExamCommand.HazardConclusion conclusion, List<ExamCommand.Threshold> audiogram) {
		return new ExamCommand(null, employer.creditCode(), idNumber, type, on, List.of(conclusion), audiogram, null,
				null, null, null, null, null, null, null, null, List.of(), "定期复查听力");
	}

	public static ExamCommand.HazardConclusion normal(String hazard) {
		return new ExamCommand.HazardConclusion(hazard, ExamConclusion.NORMAL, null, null, null);
	}

	/** Noise and silica examined together, both normal: audiogram, chest radiograph and lung function. */
	public static ExamCommand noiseAndSilica(EmployerView employer, String idNumber, ExamType type, LocalDate on) {
		return new ExamCommand(null, employer.creditCode(), idNumber, type, on, List.of(normal(NOISE), normal(SILICA)),
				audiogram(10, 10, 15, 10, 10, 15), "0", new BigDecimal("95.0"), new BigDecimal("92.0"),
				new BigDecimal("81.0"), null, null, null, null, null, List.of(), null);
	}

}
