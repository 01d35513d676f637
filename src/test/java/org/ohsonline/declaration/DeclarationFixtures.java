package org.ohsonline.declaration;

import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.ohsonline.reference.HazardFactors;
import org.ohsonline.registry.EmployerView;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.Scope;

/** Actors and commands for declaration tests. */
public final class DeclarationFixtures {

	private DeclarationFixtures() {
	}

	public static final Set<String> SUPERVISOR = Set.of("registry:employer:read", "registry:employer:write",
			"declaration:declaration:read", "declaration:declaration:review", "declaration:clock:write");

	public static final Set<String> MANAGER = Set.of("registry:employer:read", "registry:employer:write",
			"declaration:declaration:read", "declaration:declaration:write");

	public static Actor supervisor(String county) {
		return new Actor(11, "decl-supervisor-" + county, "审核员" + county, county, Scope.region(county), SUPERVISOR,
				"127.0.0.1", Actor.Channel.UI);
	}

	public static Actor manager(EmployerView employer) {
		return new Actor(12, "decl-manager-" + employer.creditCode(), "单位管理员", employer.regionCode(),
				new Scope(Scope.Kind.EMPLOYER, employer.creditCode()), MANAGER, "127.0.0.1", Actor.Channel.UI);
	}

	public static String factor(HazardFactors hazards, String name) {
		return hazards.factors(null).stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow().code();
	}

	/** The answers on occupational-health management that a complete declaration gives. */
	public static final DeclarationManagement MANAGEMENT = new DeclarationManagement("张三", true,
			ManagementOrganisation.DESIGNATED, 0, 2, true);

	/**
	 * 12 welders are also among the 30 exposed to noise: 30 people exposed in all, 42 person-times.
	 */
	public static DeclarationCommand initial(long employerId, String welding, String noise) {
		return new DeclarationCommand(employerId, DeclarationKind.INITIAL, List.of(), "局部排风、发放防尘口罩和耳塞", 30,
				MANAGEMENT, List.of(new DeclarationCommand.Item(welding, 12, "焊接车间/电焊工", "局部排风"),
						new DeclarationCommand.Item(noise, 30, "焊接车间/电焊工、冲压车间/冲压工", "隔声罩")));
	}

	/** See {@link org.ohsonline.Eventually#eventually}. */
	public static <T> T eventually(java.util.function.Supplier<T> probe, java.util.function.Predicate<T> done) {
		return org.ohsonline.Eventually.eventually(probe, done);
	}

}
