package org.ohsonline.grid.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.ohsonline.grid.GridCommand;
import org.ohsonline.grid.GridRole;
import org.ohsonline.grid.MembershipChange;
import org.ohsonline.grid.Quarter;
import org.ohsonline.iam.StaffMember;
import org.ohsonline.registry.EmployerFilter;
import org.ohsonline.registry.EmployerSummary;
import org.ohsonline.registry.Employers;
import org.ohsonline.registry.SyntheticData;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.Scope;
import org.ohsonline.shared.demo.DemoSeedStep;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Standalone mode's grids, a demo data step: in the demo county, one grid per each of the two townships with the most
 * employers and one grid drawn from a list of five employers of a third township, all named （演示） and marked as
 * demo data, members from the first day of the previous quarter (so a closed quarter has figures); the county's demo
 * inspectors on every grid and the demo grid assistant (login {@code grid}) on the first. Written through the service
 * (checked and audited). Never twice.
 */
@Component
class DemoGrids implements DemoSeedStep {

	private static final Logger log = LoggerFactory.getLogger(DemoGrids.class);

	private final GridService grids;

	private final Employers employers;

	private final SyntheticData register;

	private final GridStore store;

	private final GridAccess access;

	DemoGrids(GridService grids, Employers employers, SyntheticData register, GridStore store, GridAccess access) {
		this.grids = grids;
		this.employers = employers;
		this.register = register;
		this.store = store;
		this.access = access;
	}

	@Override
	public int order() {
		return 69;
	}

	@Override
	public String labelKey() {
		return "demo.step.grid";
	}

	@Override
	public int weight() {
		return 1;
	}

	@Override
	public void run(Progress progress) {
		SyntheticData.Census census = this.register.census();
		if (census.lastScale().isEmpty() || this.store.anySynthetic()) {
			return;
		}
		String region = SyntheticData.Scale.parse(census.lastScale().get()).regionCode();
		if (region.length() < 6) {
			// A province-scale register has no one demo county.
			return;
		}
		String county = region.substring(0, 6);
		Actor supervisor = new Actor(0, "system:demo-grid", "系统 (演示网格)", county, Scope.region(county), Set.of(),
				"local", Actor.Channel.SYSTEM);
		Map<String, List<EmployerSummary>> byTownship = new TreeMap<>();
		this.employers.forEach(supervisor, new EmployerFilter(null, county, null, null, null, "IN_PRODUCTION", null),
				e -> {
					if (e.regionCode().length() == 9) {
						byTownship.computeIfAbsent(e.regionCode(), k -> new ArrayList<>()).add(e);
					}
				});
		List<String> townships = byTownship.entrySet()
			.stream()
			.sorted((a, b) -> Integer.compare(b.getValue().size(), a.getValue().size()))
			.map(Map.Entry::getKey)
			.toList();
		if (townships.isEmpty()) {
			return;
		}
		LocalDate from = Quarter.of(this.access.today()).previous().start();
		List<Long> made = new ArrayList<>();
		String[] names = { "第一网格（演示）", "第二网格（演示）" };
		for (int i = 0; i < Math.min(2, townships.size()); i++) {
			made.add(this.grids.create(supervisor,
					new GridCommand(names[i], county, null, List.of(townships.get(i)), List.of(), from)).gridId());
		}
		if (townships.size() > 2) {
			List<String> list = byTownship.get(townships.get(2))
				.stream()
				.limit(5)
				.map(EmployerSummary::creditCode)
				.toList();
			MembershipChange listed = this.grids.create(supervisor,
					new GridCommand("重点企业网格（演示）", county, null, List.of(), list, from));
			made.add(listed.gridId());
		}
		progress.done(0.6);
		int assigned = 0;
		for (int i = 0; i < made.size(); i++) {
			long grid = made.get(i);
			// Only persons whose jurisdiction covers the grid (the demo logins are county-wide).
			List<StaffMember> inspectors = this.grids.assignable(supervisor, grid, GridRole.INSPECTOR);
			if (!inspectors.isEmpty()) {
				this.grids.assign(supervisor, grid, inspectors.get(i % inspectors.size()).userId(), GridRole.INSPECTOR, from);
				assigned++;
			}
			if (i == 0) {
				for (StaffMember a : this.grids.assignable(supervisor, grid, GridRole.ASSISTANT)) {
					this.grids.assign(supervisor, grid, a.userId(), GridRole.ASSISTANT, from);
					assigned++;
				}
			}
		}
		progress.done(1);
		log.info("Demo grids: {} drawn in {}, {} assignment(s)", made.size(), county, assigned);
	}

}
