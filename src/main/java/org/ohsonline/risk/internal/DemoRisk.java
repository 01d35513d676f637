package org.ohsonline.risk.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.ohsonline.risk.Checklist;
import org.ohsonline.shared.demo.DemoSeedStep;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The standalone demo's classified supervision, the last step of the demo data (after the register,
 * declarations, testing, exams, diagnoses and devices): portraits for every employer, synthetic
 * self-inspections (seed 7, labelled 演示数据) for about two employers in five of the demo county
 * (拱墅区), a class for every employer, and every fact gathered for its first {@value #GATHERED} employers with
 * hazard factors — so the class lists, portraits, rectification items and home cards tell the story
 * the other modules' demo data tells. Does nothing once the demo county has self-inspections.
 */
@Component
class DemoRisk implements DemoSeedStep {

	private static final Logger log = LoggerFactory.getLogger(DemoRisk.class);

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

	DemoRisk(FullReclassification full, PortraitService portraits, SelfInspectionStore inspections, RulesSource rules,
			Assessor assessor, JdbcClient jdbc, TransactionTemplate transactions) {
		this.full = full;
		this.portraits = portraits;
		this.inspections = inspections;
		this.rules = rules;
		this.assessor = assessor;
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	@Override
	public int order() {
		return 100;
	}

	@Override
	public String labelKey() {
		return "demo.step.risk";
	}

	@Override
	public int weight() {
		return 4;
	}

	@Override
	public void run(Progress progress) {
		this.full.build("demo");
		boolean seeded = this.jdbc.sql("select exists (select 1 from risk.self_inspection where region_code like :county || '%')")
			.param("county", DEMO_COUNTY)
			.query(Boolean.class)
			.single();
		if (seeded) {
			return;
		}
		// The self-inspections reach the portraits as a submission does: their facts, findings and score.
		for (long employerId : seedSelfInspections()) {
			this.portraits.refresh(employerId, Set.of(PortraitService.RISK), "SELF_INSPECTION", "demo", false);
		}
		progress.done(0.2);
		List<Long> ids = this.jdbc.sql("""
				select employer_id from risk.portrait
				where region_code like :county || '%' and cardinality(hazard_codes) > 0 order by employer_id limit :n""")
			.param("county", DEMO_COUNTY)
			.param("n", GATHERED)
			.query(Long.class)
			.list();
		for (int i = 0; i < ids.size(); i++) {
			this.portraits.refresh(ids.get(i), Set.copyOf(FactCollector.GROUPS), "INITIAL", "demo", false);
			progress.done(0.2 + 0.6 * (i + 1) / ids.size());
		}
		log.info("Risk demo: facts gathered for {} employers", ids.size());
	}

	/**
	 * Answers the checklist for two employers in five with points drawn from a fixed seed, and submits them.
	 * @return the employers that have one
	 */
	private List<Long> seedSelfInspections() {
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
				created.add(row.employerId());
			}
		});
		log.info("Risk demo: {} synthetic self-inspections", created.size());
		return created;
	}

}
