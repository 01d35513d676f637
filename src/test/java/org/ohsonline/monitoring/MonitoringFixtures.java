package org.ohsonline.monitoring;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.StringJoiner;
import java.util.concurrent.atomic.AtomicInteger;

import org.ohsonline.registry.EmployerView;
import org.ohsonline.registry.Employers;
import org.ohsonline.registry.RegistryFixtures;
import org.ohsonline.registry.StructureViews;
import org.ohsonline.registry.Workers;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.Scope;

/** Employers with posts and devices for monitoring tests, registered through the facades. */
public final class MonitoringFixtures {

	private static final AtomicInteger SEQUENCE = new AtomicInteger((int) (System.nanoTime() % 1_000_000));

	public static final Set<String> SUPERVISOR_PERMISSIONS = Set.of("registry:employer:read",
			"registry:employer:write", "monitoring:device:read", "monitoring:device:write", "monitoring:reading:read",
			"monitoring:alert:read");

	/** A county supervisor of 拱墅区 (330105) who registers employers and devices. */
	public static final Actor GONGSHU = new Actor(9001, "monitoring-county", "监测测试", "330105", Scope.region("330105"),
			SUPERVISOR_PERMISSIONS, "127.0.0.1", Actor.Channel.UI);

	public static Actor inspector(String region) {
		return new Actor(9002, "inspector-" + region, "执法测试", region, Scope.region(region),
				Set.of("monitoring:alert:read", "monitoring:alert:verify", "monitoring:device:read",
						"notification:inbox:read"),
				"127.0.0.1", Actor.Channel.UI);
	}

	public static Actor employerManager(EmployerView employer) {
		return new Actor(9003, "manager-" + employer.id(), "单位管理员", employer.regionCode(),
				new Scope(Scope.Kind.EMPLOYER, employer.creditCode()),
				Set.of("monitoring:alert:read", "monitoring:alert:acknowledge", "monitoring:device:read",
						"monitoring:reading:read", "notification:inbox:read", "registry:employer:read"),
				"127.0.0.1", Actor.Channel.UI);
	}

	private final RegistryFixtures registry;

	private final Devices devices;

	public MonitoringFixtures(Employers employers, Workers workers, Devices devices) {
		this.registry = new RegistryFixtures(employers, workers);
		this.devices = devices;
	}

	/** An employer in 拱墅区 with one post exposed to benzene (2013), noise (3008) and H2S (2184). */
	public Site site() {
		EmployerView employer = this.registry.employer(GONGSHU, "330105002", "3311", 40);
		StructureViews.Post post = this.registry.post(GONGSHU, employer.id(), "2013", "3008", "2184", "3007");
		return new Site(employer, post);
	}

	public record Site(EmployerView employer, StructureViews.Post post) {
	}

	public static String code(String prefix) {
		return prefix + "-" + SEQUENCE.incrementAndGet();
	}

	public DeviceView device(Site site, String hazard, String unit, int samplingSeconds, double max) {
		return this.devices.register(GONGSHU, new DeviceCommand(code("DEV"), "测试设备", site.employer().id(),
				site.post().id(), hazard, unit, null, samplingSeconds, 0.0, max, LocalDate.now().plusMonths(6), null, null,
				null));
	}

	/** A batch of one value per minute for the {@code minutes} minutes before the current minute. */
	public static String everyMinute(String unit, double value, int minutes) {
		Instant end = Instant.now().truncatedTo(ChronoUnit.MINUTES);
		StringJoiner readings = new StringJoiner(",");
		for (int k = minutes; k >= 1; k--) {
			readings.add("{\"t\":\"" + end.minus(k, ChronoUnit.MINUTES) + "\",\"v\":" + value + "}");
		}
		return "{\"unit\":\"" + unit + "\",\"readings\":[" + readings + "]}";
	}

}
