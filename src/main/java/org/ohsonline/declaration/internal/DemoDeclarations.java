package org.ohsonline.declaration.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.ohsonline.declaration.DeclarationCommand;
import org.ohsonline.declaration.DeclarationKind;
import org.ohsonline.declaration.DeclarationManagement;
import org.ohsonline.declaration.ManagementOrganisation;
import org.ohsonline.declaration.DeclarationView;
import org.ohsonline.registry.EmployerFilter;
import org.ohsonline.registry.EmployerSummary;
import org.ohsonline.registry.Employers;
import org.ohsonline.registry.SyntheticData;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.CreditCode;
import org.ohsonline.shared.PageQuery;
import org.ohsonline.shared.Scope;
import org.ohsonline.shared.demo.DemoSeedStep;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Standalone mode's hazard declarations, a demo data step: the first employers of the region by name
 * that have hazard factors at their posts declare them as the register proposes (factors, headcounts,
 * posts), each through the employer's own manager and the county's supervisor, so every declaration
 * is checked, audited and (when accepted) has its receipt. Out of every ten: six accepted, two
 * awaiting review, one returned with reasons, one draft; the remaining employers have none, so the
 * lists show a realistic share. The demo employer is left without one: its {@code employer} login
 * makes the initial declaration itself. The measures say they are demo text; the employers' names
 * carry （模拟）. Never twice.
 */
@Component
class DemoDeclarations implements DemoSeedStep {

	static final String DEMO_EMPLOYER = "91330105DEM000001" + CreditCode.checkCharacter("91330105DEM000001");

	private static final Logger log = LoggerFactory.getLogger(DemoDeclarations.class);

	private static final Actor LOOKUP = Actor.system("demo-declarations");

	private static final String[] PATTERN = { "ACCEPTED", "SUBMITTED", "ACCEPTED", "ACCEPTED", "RETURNED", "ACCEPTED",
			"DRAFT", "ACCEPTED", "SUBMITTED", "ACCEPTED" };

	private final DeclarationService declarations;

	private final Employers employers;

	private final SyntheticData register;

	private final JdbcClient jdbc;

	DemoDeclarations(DeclarationService declarations, Employers employers, SyntheticData register, JdbcClient jdbc) {
		this.declarations = declarations;
		this.employers = employers;
		this.register = register;
		this.jdbc = jdbc;
	}

	@Override
	public int order() {
		return 60;
	}

	@Override
	public String labelKey() {
		return "demo.step.declarations";
	}

	@Override
	public int weight() {
		return 8;
	}

	@Override
	public void run(Progress progress) {
		SyntheticData.Census census = this.register.census();
		if (census.lastScale().isEmpty()
				|| this.jdbc.sql("select exists (select 1 from declaration.declaration d where d.measures like '%（演示）')")
					.query(Boolean.class)
					.single()) {
			return;
		}
		SyntheticData.Scale scale = SyntheticData.Scale.parse(census.lastScale().get());
		int wanted = scale == SyntheticData.Scale.TINY ? 10 : 60;
		Actor supervisor = new Actor(0, "system:demo-declarations", "系统 (演示申报审核)", scale.regionCode(),
				Scope.region(scale.regionCode()), Set.of(), "local", Actor.Channel.SYSTEM);
		List<String> made = new ArrayList<>();
		int page = 1;
		while (made.size() < wanted) {
			List<EmployerSummary> batch = this.employers.search(LOOKUP,
					new EmployerFilter(null, scale.regionCode(), null, null, null, "IN_PRODUCTION", "name"),
					PageQuery.of(page++, 50)).items();
			if (batch.isEmpty()) {
				break;
			}
			for (EmployerSummary employer : batch) {
				if (made.size() == wanted || employer.creditCode().equals(DEMO_EMPLOYER)) {
					continue;
				}
				progress.done((double) made.size() / wanted);
				Actor manager = new Actor(0, "system:demo-declarations", "系统 (演示申报)", employer.regionCode(),
						new Scope(Scope.Kind.EMPLOYER, employer.creditCode()), Set.of(), "local", Actor.Channel.SYSTEM);
				// The register's figures as the form proposes them (people counted once), with demo measures.
				DeclarationCommand proposal = this.declarations.proposal(manager, employer.id());
				List<DeclarationCommand.Item> items = proposal.items()
					.stream()
					.map(i -> new DeclarationCommand.Item(i.hazardCode(), i.exposedHeadcount(), i.posts(), measures(i.hazardCode())))
					.toList();
				if (items.isEmpty()) {
					continue;
				}
				String state = PATTERN[made.size() % PATTERN.length];
				DeclarationView declaration = this.declarations.draft(manager, new DeclarationCommand(employer.id(),
						DeclarationKind.INITIAL, List.of(), "按岗位设置防护设施，发放个体防护用品并培训佩戴（演示）",
						proposal.totalExposed(), MANAGEMENT, items));
				if (!state.equals("DRAFT")) {
					this.declarations.submit(manager, declaration.id());
				}
				if (state.equals("ACCEPTED")) {
					this.declarations.accept(supervisor, declaration.id());
				}
				else if (state.equals("RETURNED")) {
					this.declarations.giveBack(supervisor, declaration.id(), "接触人数与在册岗位人数不一致，请核对后重新申报（演示）");
				}
				made.add(state);
			}
		}
		log.info("Demo hazard declarations: {} ({} accepted)", made.size(),
				made.stream().filter("ACCEPTED"::equals).count());
	}

	/** The management part of the demo declarations (synthetic people). */
	private static final DeclarationManagement MANAGEMENT = new DeclarationManagement("演示负责人", true,
			ManagementOrganisation.DESIGNATED, 0, 1, true);

	/** Protective measures as an employer would name them for the factor's category (demo text). */
	private static String measures(String hazardCode) {
		return switch (hazardCode.charAt(0)) {
			case '1' -> "除尘设施，发放防尘口罩（演示）";
			case '2' -> "局部排风，发放防毒口罩和防护手套（演示）";
			case '3' -> hazardCode.equals("3008") ? "隔声降噪，发放耳塞（演示）" : "工程控制与个体防护（演示）";
			default -> "个体防护（演示）";
		};
	}

}
