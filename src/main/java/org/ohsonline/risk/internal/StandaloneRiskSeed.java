package org.ohsonline.risk.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.ohsonline.risk.Checklist;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * At start, after the other seeds: portraits for every employer of the register that has none (all modes),
 * classified from the register's facts. In the standalone demo also: synthetic self-inspections (seed 7)
 * for about two employers in five of the demo county (拱墅区), and every fact gathered for its first 150
 * employers with hazard factors, so the class lists, portraits and rectification items have content.
 */
@Component
@Order(40)
class StandaloneRiskSeed implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(StandaloneRiskSeed.class);

	private static final int GATHERED = 150;

	/** The demo county of the synthetic register (拱墅区); a province's other counties get classes only. */
	static final String DEMO_COUNTY = "330105";

	private final FullReclassification full;

	private final PortraitService portraits;

	private final SelfInspectionStore inspections;

	private final RulesSource rules;

	private final Assessor assessor;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final boolean demo;

	StandaloneRiskSeed(FullReclassification full, PortraitService portraits, SelfInspectionStore inspections,
			RulesSource rules, Assessor assessor, JdbcClient jdbc, TransactionTemplate transactions,
			@Value("${ohs.demo.enabled:false}") boolean demo) {
		this.full = full;
		this.portraits = portraits;
		this.inspections = inspections;
		this.rules = rules;
		this.assessor = assessor;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.demo = demo;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (args.containsOption("generate-synthetic")) {
			return;
		}
		boolean first = this.jdbc.sql("select count(*) from risk.portrait").query(Long.class).single() == 0;
		this.full.buildMissing();
		if (this.demo && first) {
			seedSelfInspections();
		}
		if (this.jdbc.sql("select exists (select 1 from risk.portrait where risk_class is null)").query(Boolean.class)
			.single()) {
			this.full.reclassifyAll("start-up");
		}
		if (this.demo && first) {
			List<Long> ids = this.jdbc.sql("""
					select employer_id from risk.portrait
					where region_code like :county || '%' and cardinality(hazard_codes) > 0 order by employer_id limit :n""")
				.param("county", DEMO_COUNTY)
				.param("n", GATHERED)
				.query(Long.class)
				.list();
			for (long id : ids) {
				this.portraits.refresh(id, Set.copyOf(FactCollector.GROUPS), "INITIAL", "demo", false);
			}
			log.info("Risk demo: facts gathered for {} employers", ids.size());
		}
	}

	/** Answers the checklist for two employers in five with points drawn from a fixed seed, and submits them. */
	private void seedSelfInspections() {
		Checklist checklist = this.rules.checklist(this.assessor.today());
		Random random = new Random(7);
		List<PortraitStore.Row> rows = this.jdbc
			.sql("select p.* from risk.portrait p where p.region_code like :county || '%' order by p.employer_id")
			.param("county", DEMO_COUNTY)
			.query(PortraitStore::row)
			.list();
		List<Long> created = new ArrayList<>();
		this.transactions.executeWithoutResult(status -> {
			for (PortraitStore.Row row : rows) {
				if (random.nextInt(5) >= 2) {
					continue;
				}
				long id = this.inspections.create(row, checklist.versionId(), checklist.edition(), "ANNUAL", "演示数据");
				double quality = 0.55 + random.nextDouble() * 0.45;
				BigDecimal got = BigDecimal.ZERO;
				for (Checklist.Item item : checklist.items()) {
					BigDecimal points = random.nextDouble() < quality ? item.points()
							: random.nextBoolean() ? BigDecimal.ZERO : item.points().divide(BigDecimal.valueOf(2));
					got = got.add(points);
					this.inspections.saveAnswer(id, item.code(), points, item.evidenceRequired() ? "见档案柜（演示）" : null);
				}
				BigDecimal score = got.multiply(BigDecimal.valueOf(100))
					.divide(checklist.total(), 1, java.math.RoundingMode.HALF_UP);
				this.inspections.submit(id, score, true, this.assessor.today().minusDays(random.nextInt(200)), "演示数据");
				this.jdbc.sql("update risk.portrait set self_inspection_id = :s, score = :score, self_inspection_complete = true where employer_id = :e")
					.param("s", id)
					.param("score", score)
					.param("e", row.employerId())
					.update();
				created.add(id);
			}
		});
		log.info("Risk demo: {} synthetic self-inspections", created.size());
	}

}
