package org.ohsonline.enforcement.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.ohsonline.enforcement.ActionCode;
import org.ohsonline.enforcement.CaseStep;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code --case-benchmark} (bench/case-page.sh, docs/benchmarks.md): fills the data directory's database with
 * {@code --case-benchmark-cases} enforcement cases (100,000 by default) of the demo county, each with a hash-chained
 * history of 2–6 steps computed as the platform computes it (so the page finds every chain intact), under action codes
 * of the year 2019 that no real case uses; prints the id range (line CASE-BENCH) for the script, which then times the
 * case page over HTTP. Generated once: existing codes are skipped. A development tool, never run by the application
 * otherwise.
 */
@Component
@Order(60)
class CaseBenchmark implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(CaseBenchmark.class);

	static final String OPTION = "case-benchmark";

	private static final String COUNTY = "330105";

	private static final int YEAR = 2019;

	private static final int BATCH = 1_000;

	private static final CaseStep[] CHAIN = { CaseStep.FILED, CaseStep.INVESTIGATION, CaseStep.PRIOR_NOTICE,
			CaseStep.DECISION, CaseStep.SERVICE, CaseStep.CLOSED };

	private final JdbcClient jdbc;

	private final NamedParameterJdbcTemplate template;

	private final TransactionTemplate transactions;

	CaseBenchmark(JdbcClient jdbc, NamedParameterJdbcTemplate template, TransactionTemplate transactions) {
		this.jdbc = jdbc;
		this.template = template;
		this.transactions = transactions;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!args.containsOption(OPTION)) {
			return;
		}
		List<String> values = args.getOptionValues("case-benchmark-cases");
		int cases = values == null || values.isEmpty() ? 100_000 : Integer.parseInt(values.get(0));
		if (cases < 1 || cases > 999_999) {
			throw new IllegalArgumentException("--case-benchmark-cases must be 1 … 999999");
		}
		long started = System.nanoTime();
		int generated = 0;
		for (int from = 1; from <= cases; from += BATCH) {
			int first = from;
			int last = Math.min(cases, from + BATCH - 1);
			generated += this.transactions.execute(status -> batch(first, last));
		}
		Long[] range = this.jdbc.sql("select min(id), max(id) from enforcement.enf_case where action_code like :prefix")
			.param("prefix", COUNTY + "-" + YEAR + "-02-%")
			.query((rs, n) -> new Long[] { rs.getLong(1), rs.getLong(2) })
			.single();
		print("generated %d cases (%d asked) in %.1f s; benchmark cases %d … %d; cases in all %d", generated, cases,
				(System.nanoTime() - started) / 1e9, range[0], range[1],
				this.jdbc.sql("select count(*) from enforcement.enf_case").query(Long.class).single());
	}

	/** Cases {@code first} … {@code last} (their sequence numbers) not generated yet, with their steps. */
	private int batch(int first, int last) {
		List<MapSqlParameterSource> caseRows = new ArrayList<>();
		List<MapSqlParameterSource> stepRows = new ArrayList<>();
		for (int n = first; n <= last; n++) {
			String code = new ActionCode(COUNTY, YEAR, ActionCode.Kind.PENALTY, n).toString();
			Long exists = this.jdbc.sql("select count(*) from enforcement.enf_case where action_code = :c")
				.param("c", code)
				.query(Long.class)
				.single();
			if (exists > 0) {
				continue;
			}
			long id = this.jdbc.sql("select nextval('enforcement.enf_case_id_seq')").query(Long.class).single();
			LocalDate filed = LocalDate.of(YEAR, 1, 1).plusDays(n % 360);
			int steps = 2 + n % 5;
			String prev = CaseChain.GENESIS;
			for (int s = 1; s <= steps; s++) {
				CaseStep step = CHAIN[Math.min(s - 1, CHAIN.length - 1)];
				LocalDate on = filed.plusDays(s * 3L);
				String note = "基准测试环节 " + s;
				String data = "{\"benchmark\":\"" + n + "\"}";
				String hash = CaseChain.hash(prev, code, s, step.name(), on.toString(), "基准测试", note, data);
				stepRows.add(new MapSqlParameterSource().addValue("caseId", id).addValue("seq", s)
					.addValue("step", step.name()).addValue("on", Date.valueOf(on)).addValue("actor", "基准测试")
					.addValue("note", note).addValue("data", data).addValue("prev", prev).addValue("hash", hash)
					.addValue("at", Timestamp.from(Instant.now())));
				prev = hash;
			}
			CaseStep head = CHAIN[Math.min(steps - 1, CHAIN.length - 1)];
			caseRows.add(new MapSqlParameterSource().addValue("id", id).addValue("code", code)
				.addValue("region", COUNTY + String.format(Locale.ROOT, "%03d", 1 + n % 20))
				.addValue("employer", 900_000_000L + n)
				.addValue("credit", "91330105BENCH" + String.format(Locale.ROOT, "%05d", n % 100_000))
				.addValue("name", "基准测试单位" + n).addValue("law", "职业病防治法（2018年修正）")
				.addValue("article", 70 + n % 6).addValue("item", n % 6 == 3 || n % 6 == 4 ? 0 : 1 + n % 5)
				.addValue("facts", "基准测试违法事实 " + n).addValue("step", head.name())
				.addValue("filed", Date.valueOf(filed)).addValue("due", Date.valueOf(filed.plusDays(90)))
				.addValue("head", prev).addValue("by", "基准测试").addValue("at", Timestamp.from(Instant.now())));
		}
		this.template.batchUpdate("""
				insert into enforcement.enf_case (id, action_code, region_code, employer_id, credit_code, employer_name, law,
				  article, item, facts, step, filed_on, decision_due, head_hash, opened_by, opened_at)
				values (:id, :code, :region, :employer, :credit, :name, :law, :article, :item, :facts, :step, :filed, :due,
				  :head, :by, :at)""", caseRows.toArray(SqlParameterSource[]::new));
		this.template.batchUpdate("""
				insert into enforcement.case_step (case_id, seq, step, happened_on, actor, note, data, prev_hash, hash,
				  recorded_at) values (:caseId, :seq, :step, :on, :actor, :note, :data, :prev, :hash, :at)""",
				stepRows.toArray(SqlParameterSource[]::new));
		return caseRows.size();
	}

	private static void print(String format, Object... arguments) {
		log.info("CASE-BENCH {}", String.format(Locale.ROOT, format, arguments));
	}

}
