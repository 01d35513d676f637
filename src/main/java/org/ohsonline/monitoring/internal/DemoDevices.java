package org.ohsonline.monitoring.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.ohsonline.monitoring.DeviceCommand;
import org.ohsonline.monitoring.Devices;
import org.ohsonline.reference.HazardFactor;
import org.ohsonline.reference.HazardFactors;
import org.ohsonline.reference.Oel;
import org.ohsonline.reference.Oels;
import org.ohsonline.registry.EmployerFilter;
import org.ohsonline.registry.EmployerSummary;
import org.ohsonline.registry.Employers;
import org.ohsonline.registry.StructureViews;
import org.ohsonline.registry.SyntheticData;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.CreditCode;
import org.ohsonline.shared.PageQuery;
import org.ohsonline.shared.demo.DemoSeedStep;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Standalone mode's monitoring devices, a demo data step after the register: devices at real posts
 * of the synthetic register, each measuring a factor of its post that has a limit in the OEL catalog
 * in force — one at each hazardous post of the demo employer, then at most two at each of the
 * region's first industrial employers by name — registered through {@link Devices} like any device
 * (checked, audited). Codes start with {@value #CODE_PREFIX}, names end in （模拟）: the built-in
 * simulator ({@link DeviceSimulator}) sends their readings. Never twice.
 */
@Component
class DemoDevices implements DemoSeedStep {

	static final String CODE_PREFIX = "SIM-";

	static final String DEMO_EMPLOYER = "91330105DEM000001" + CreditCode.checkCharacter("91330105DEM000001");

	private static final Logger log = LoggerFactory.getLogger(DemoDevices.class);

	private static final Actor SYSTEM = Actor.system("demo-devices");

	private static final int PER_EMPLOYER = 2;

	private final Devices devices;

	private final Employers employers;

	private final Oels oels;

	private final HazardFactors hazards;

	private final SyntheticData register;

	private final JdbcClient jdbc;

	private final java.time.Clock clock;

	DemoDevices(Devices devices, Employers employers, Oels oels, HazardFactors hazards, SyntheticData register,
			JdbcClient jdbc, java.time.Clock clock) {
		this.devices = devices;
		this.employers = employers;
		this.oels = oels;
		this.hazards = hazards;
		this.register = register;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public int order() {
		return 35;
	}

	@Override
	public String labelKey() {
		return "demo.step.devices";
	}

	@Override
	public int weight() {
		return 2;
	}

	@Override
	public void run(Progress progress) {
		SyntheticData.Census census = this.register.census();
		boolean exists = this.jdbc.sql("select exists (select 1 from monitoring.device where code like 'SIM-%')")
			.query(Boolean.class)
			.single();
		if (exists || census.lastScale().isEmpty()) {
			return;
		}
		SyntheticData.Scale scale = SyntheticData.Scale.parse(census.lastScale().get());
		int wanted = scale == SyntheticData.Scale.TINY ? 6 : 14;
		List<EmployerSummary> chosen = new ArrayList<>();
		this.employers.search(SYSTEM, new EmployerFilter(DEMO_EMPLOYER, null, null, null, null, null, null),
				PageQuery.of(1, 1)).items().stream().filter(e -> e.creditCode().equals(DEMO_EMPLOYER)).forEach(chosen::add);
		List<DeviceCommand> commands = new ArrayList<>();
		LocalDate today = LocalDate.now(this.clock);
		int page = 1;
		while (commands.size() < wanted) {
			for (EmployerSummary employer : chosen) {
				int limit = employer.creditCode().equals(DEMO_EMPLOYER) ? Integer.MAX_VALUE : PER_EMPLOYER;
				int here = 0;
				for (StructureViews.Site site : this.employers.structure(SYSTEM, employer.id())) {
					for (StructureViews.Workshop workshop : site.workshops()) {
						for (StructureViews.Post post : workshop.posts()) {
							Optional<DeviceCommand> command = post.hazards()
								.stream()
								.map(h -> command(employer, post, h.code(), commands.size(), today))
								.flatMap(Optional::stream)
								.findFirst();
							if (command.isPresent() && here < limit && commands.size() < wanted) {
								commands.add(command.get());
								here++;
							}
						}
					}
				}
			}
			chosen.clear();
			List<EmployerSummary> next = this.employers.search(SYSTEM,
					new EmployerFilter(null, scale.regionCode(), null, null, null, "IN_PRODUCTION", "name"),
					PageQuery.of(page++, 20)).items();
			if (next.isEmpty()) {
				break;
			}
			next.stream().filter(e -> !e.creditCode().equals(DEMO_EMPLOYER)).forEach(chosen::add);
			progress.checkpoint();
		}
		for (int i = 0; i < commands.size(); i++) {
			this.devices.register(SYSTEM, commands.get(i));
			progress.done((i + 1.0) / commands.size());
		}
		log.info("Demo monitoring devices: {} registered (codes {}*), the simulator sends their readings",
				commands.size(), CODE_PREFIX);
	}

	/**
	 * A device for the factor at the post when the OEL catalog has a limit for it (heat, which needs
	 * the post's labour intensity, is left out): the unit of the limit, total dust where the limit
	 * distinguishes fractions, one reading a minute, a range that holds every value the simulator sends.
	 */
	private Optional<DeviceCommand> command(EmployerSummary employer, StructureViews.Post post, String hazard, int n,
			LocalDate today) {
		if (DeviceService.HEAT.equals(hazard)) {
			return Optional.empty();
		}
		List<Oel> rows = this.oels.limitsOf(hazard);
		if (rows.isEmpty()) {
			return Optional.empty();
		}
		String fraction = rows.stream().anyMatch(r -> r.dustFraction() != null)
				? rows.stream().anyMatch(r -> "total".equals(r.dustFraction())) ? "total" : rows.get(0).dustFraction()
				: null;
		String unit = Units.canonical(rows.stream()
			.filter(r -> fraction == null || fraction.equals(r.dustFraction()))
			.findFirst()
			.orElse(rows.get(0))
			.unit());
		Limits.Resolved limits = Limits.resolve(rows, unit, fraction);
		if (!limits.any()) {
			return Optional.empty();
		}
		boolean noise = Units.DECIBELS.equals(unit);
		double reference = SimulatedReadings.reference(limits);
		double min = noise ? 30 : 0;
		double max = noise ? 140 : 20 * reference;
		String code = CODE_PREFIX + employer.regionCode() + "-" + String.format("%03d", n + 1);
		String name = post.name() + " " + this.hazards.findFactor(hazard).map(HazardFactor::name).orElse(hazard)
				+ "在线监测仪" + SyntheticData.NAME_MARK;
		// Calibration spread over the coming year; the third device is due within a week (an amber clock).
		LocalDate calibration = n == 2 ? today.plusDays(5) : today.plusDays(20 + (37L * n) % 330);
		return Optional.of(new DeviceCommand(code, name, employer.id(), post.id(), hazard, unit, fraction, 60, min, max,
				calibration, null, null, null));
	}

}
