package org.ohsonline.indicators.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;

import org.ohsonline.indicators.IndicatorDefinition;
import org.ohsonline.indicators.TargetCommand;
import org.ohsonline.registry.SyntheticData;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.Scope;
import org.ohsonline.shared.demo.DemoSeedStep;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Standalone mode's indicators, the last demo data step: the read model rebuilt over the demo data of every module
 * (the synthetic register is written in bulk, without events), and — so the dashboard has colours — this year's
 * targets of the demo province set to the plan targets the definitions quote, each labelled （演示） in its source.
 * Written through the service (checked and audited). Never twice.
 */
@Component
class DemoIndicators implements DemoSeedStep {

	static final String DEMO_SOURCE = "（演示）按议题 17 所引规划目标";

	private final IndicatorService service;

	private final ReadModel readModel;

	private final FigureReads reads;

	private final SyntheticData register;

	private final JdbcClient jdbc;

	private final Clock clock;

	DemoIndicators(IndicatorService service, ReadModel readModel, FigureReads reads, SyntheticData register,
			JdbcClient jdbc, Clock clock) {
		this.service = service;
		this.readModel = readModel;
		this.reads = reads;
		this.register = register;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public int order() {
		return 110;
	}

	@Override
	public String labelKey() {
		return "demo.step.indicators";
	}

	@Override
	public int weight() {
		return 1;
	}

	@Override
	public void run(Progress progress) {
		SyntheticData.Census census = this.register.census();
		if (census.lastScale().isEmpty() || this.jdbc
			.sql("select exists (select 1 from indicators.target where source like :source)")
			.param("source", DEMO_SOURCE + "%")
			.query(Boolean.class)
			.single()) {
			return;
		}
		this.readModel.rebuild("demo");
		progress.done(0.8);
		String province = SyntheticData.Scale.parse(census.lastScale().get()).regionCode().substring(0, 2);
		int year = LocalDate.now(this.clock.withZone(IndicatorZone.ZONE)).getYear();
		Actor actor = new Actor(0, "system:demo-indicators", "系统 (演示统计)", province, Scope.region(province),
				Set.of(IndicatorPermissions.TARGET_WRITE, IndicatorPermissions.FIGURE_READ), "local", Actor.Channel.SYSTEM);
		for (IndicatorDefinition d : this.service.definitions()) {
			if (d.planTarget() != null) {
				this.service.setTarget(actor, new TargetCommand(d.code(), province, year, d.planTarget(),
						DEMO_SOURCE + "（" + d.plan() + "）"));
			}
		}
		this.reads.recordMonth(String.format("%04d-%02d", year, LocalDate.now(this.clock.withZone(IndicatorZone.ZONE))
			.getMonthValue()));
	}

}
