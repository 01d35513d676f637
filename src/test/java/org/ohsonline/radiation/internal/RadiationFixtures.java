package org.ohsonline.radiation.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.ohsonline.agency.AgencyCommand;
import org.ohsonline.agency.AgencyKind;
import org.ohsonline.agency.AgencyView;
import org.ohsonline.agency.Agencies;
import org.ohsonline.registry.EmployerCommand;
import org.ohsonline.registry.EmployerView;
import org.ohsonline.registry.Employers;
import org.ohsonline.registry.HireCommand;
import org.ohsonline.registry.WorkerCommand;
import org.ohsonline.registry.Workers;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.CreditCode;
import org.ohsonline.shared.IdNumber;
import org.ohsonline.shared.PiiCipher;
import org.ohsonline.shared.Scope;

/**
 * The radiation tests' own world, fresh in every test: an employer of a county with workers hired today, a
 * dosimetry service (a service agency), and the actors as they log in — the employer's radiation manager, the
 * agency's staff, supervisors, the worker themself.
 */
final class RadiationFixtures {

	private static final AtomicInteger SERIAL = new AtomicInteger((int) (System.nanoTime() % 90_000));

	private RadiationFixtures() {
	}

	record Employer(EmployerView view, List<String> idNumbers, List<Long> workerIds) {
	}

	static String unique(int width) {
		String n = String.valueOf(SERIAL.incrementAndGet() % (int) Math.pow(10, width));
		return "0".repeat(width - n.length()) + n;
	}

	static String creditCode(String county) {
		String first17 = "91" + county + "RAD" + unique(6);
		return first17 + CreditCode.checkCharacter(first17);
	}

	static String idNumber(String county) {
		int n = SERIAL.incrementAndGet();
		String first17 = county + "19" + (70 + n % 30) + String.format("%02d%02d", 1 + n % 12, 1 + n % 28) + unique(3);
		return first17 + IdNumber.checkCharacter(first17);
	}

	static Actor registrar(String county) {
		return new Actor(0, "radiation-registrar-" + county, "登记员", county, Scope.region(county),
				Set.of("registry:employer:read", "registry:employer:write", "registry:worker:read", "registry:worker:write"),
				"127.0.0.1", Actor.Channel.UI);
	}

	static Employer employer(Employers employers, Workers workers, String township, int count) {
		String county = township.substring(0, 6);
		Actor registrar = registrar(county);
		EmployerView employer = employers.register(registrar, new EmployerCommand(creditCode(county), "放射测试医院" + unique(4), township,
				"健康路 1 号", "8411", null, 200, 5000L, "法人", "放射管理员", "13800000001", "0571-88880001"));
		List<String> ids = new ArrayList<>();
		List<Long> workerIds = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			String id = idNumber(county);
			ids.add(id);
			workerIds.add(workers.hire(registrar, new HireCommand(new WorkerCommand(id, "放射员" + (char) ('甲' + i), "13900000000"),
					employer.id(), null, LocalDate.of(2020, 1, 1), false, null)).workerId());
		}
		return new Employer(employer, ids, workerIds);
	}

	static AgencyView agency(Agencies agencies, String county) {
		Actor commission = new Actor(0, "radiation-commission", "卫健委", "33", Scope.region("33"),
				Set.of("agency:agency:read", "agency:agency:write"), "127.0.0.1", Actor.Channel.UI);
		return agencies.register(commission, new AgencyCommand(AgencyKind.SERVICE_AGENCY, creditCode(county), "个人剂量监测中心" + unique(4),
				county, "检测路 2 号", "联系人", "13700001111", "RAD-" + unique(6), "浙江省卫生健康委员会", LocalDate.of(2020, 1, 1),
				LocalDate.of(2035, 12, 31)));
	}

	static Actor manager(EmployerView employer) {
		return new Actor(0, "radiation-manager-" + employer.id(), "放射管理员", employer.regionCode(),
				new Scope(Scope.Kind.EMPLOYER, employer.creditCode()),
				Set.of("radiation:worker:read", "radiation:worker:write", "radiation:dose:read", "radiation:investigation:answer",
						"registry:employer:read", "registry:worker:read"),
				"127.0.0.1", Actor.Channel.UI);
	}

	static Actor agencyStaff(AgencyView agency) {
		return new Actor(0, "radiation-agency-" + agency.id(), "剂量员", agency.regionCode(), new Scope(Scope.Kind.AGENCY, agency.creditCode()),
				Set.of("radiation:worker:read", "radiation:dose:read", "radiation:dose:write"), "127.0.0.1", Actor.Channel.UI);
	}

	static Actor supervisor(String region) {
		return new Actor(0, "radiation-supervisor-" + region, "监管员", region, Scope.region(region),
				Set.of("radiation:worker:read", "radiation:dose:read", "radiation:rate:read", "registry:employer:read"),
				"127.0.0.1", Actor.Channel.UI);
	}

	static Actor worker(PiiCipher cipher, String idNumber) {
		return new Actor(0, "radiation-worker", "放射员", "330105", new Scope(Scope.Kind.PERSON, cipher.blindIndex(idNumber)),
				Set.of("radiation:dose:read"), "127.0.0.1", Actor.Channel.UI);
	}

}
