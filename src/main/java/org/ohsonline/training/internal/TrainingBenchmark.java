package org.ohsonline.training.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.ohsonline.iam.SyntheticAccounts;
import org.ohsonline.registry.EmployerFilter;
import org.ohsonline.registry.Employers;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.PageQuery;
import org.ohsonline.shared.Scope;
import org.ohsonline.training.Audience;
import org.ohsonline.training.CourseCommand;
import org.ohsonline.training.CourseView;
import org.ohsonline.training.Courses;
import org.ohsonline.training.QuestionView;
import org.ohsonline.training.RegionRates;
import org.ohsonline.training.TrainingRates;
import org.ohsonline.shared.demo.CommandOptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code --training-benchmark} (bench/training.sh, docs/benchmarks.md): on the data directory's register, times the
 * province's training rates as the rate page computes them against one GROUP BY over the base tables in the same run
 * (lines TRAINING-BENCH), then prepares the learning load: a managers' course (one lesson of 30 s, a bank of eight
 * questions, papers of five, pass mark 60, 10 s before a paper may be submitted), {@code --training-benchmark-learners}
 * synthetic managers (5,000 by default; logins {@code bench-learner-NNNNN}, spread over the province's employers) each
 * with an API token, and writes the tokens and the bank's answer key for {@code bench/TrainingLoad.java}, which drives
 * the load over HTTP. A development tool, never run by the application otherwise.
 */
@Component
@Order(61)
class TrainingBenchmark implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(TrainingBenchmark.class);

	static final String OPTION = "training-benchmark";

	static final String TITLE = "基准测试：职业卫生管理人员培训（合成）";

	private static final int BATCH = 500;

	private final Courses courses;

	private final TrainingRates rates;

	private final SyntheticAccounts accounts;

	private final Employers employers;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	TrainingBenchmark(Courses courses, TrainingRates rates, SyntheticAccounts accounts, Employers employers,
			JdbcClient jdbc, TransactionTemplate transactions) {
		this.courses = courses;
		this.rates = rates;
		this.accounts = accounts;
		this.employers = employers;
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	@Override
	public void run(ApplicationArguments args) throws Exception {
		if (!args.containsOption(OPTION)) {
			return;
		}
		int learners = CommandOptions.integer(args, "training-benchmark-learners", 5_000);
		Path out = Path.of(CommandOptions.text(args, "training-benchmark-out", "target/bench-training"));
		Files.createDirectories(out);
		Actor province = new Actor(0, "system:training-benchmark", "系统 (培训基准测试)", "33", Scope.region("33"), Set.of(),
				"local", Actor.Channel.SYSTEM);
		rates(province);
		CourseView course = course(province);
		List<String> tokens = learners(province, learners);
		Files.write(out.resolve("tokens.txt"), tokens, StandardCharsets.UTF_8);
		List<String> key = new ArrayList<>();
		for (QuestionView q : this.courses.questions(province, course.id())) {
			key.add(q.id() + "\t" + q.options().get(q.correct()));
		}
		Files.write(out.resolve("answer-key.tsv"), key, StandardCharsets.UTF_8);
		print("ready course=%d learners=%d out=%s", course.id(), tokens.size(), out.toAbsolutePath());
		watchRendering(course.id());
	}

	/**
	 * How far the certificate renderer falls behind (bench/training.sh prints it): every 10 s while anything changes,
	 * the benchmark course's certificates whose PDF is pending and rendered, the oldest pending one's wait, and the time
	 * from the passed submission to the PDF of those rendered (p50, p95, max).
	 */
	private void watchRendering(long courseId) {
		Thread watcher = new Thread(() -> {
			String last = "";
			while (!Thread.currentThread().isInterrupted()) {
				try {
					Thread.sleep(10_000);
					String line = this.jdbc.sql("""
							select count(*) filter (where c.rendered_at is null),
							    count(*) filter (where c.rendered_at is not null),
							    coalesce(extract(epoch from max(now() - a.submitted_at) filter (where c.rendered_at is null)), 0),
							    coalesce(percentile_cont(0.5) within group (order by extract(epoch from c.rendered_at - a.submitted_at)), 0),
							    coalesce(percentile_cont(0.95) within group (order by extract(epoch from c.rendered_at - a.submitted_at)), 0),
							    coalesce(max(extract(epoch from c.rendered_at - a.submitted_at)), 0)
							from training.certificate c join training.attempt a on a.id = c.attempt_id
							where c.course_id = :course""")
						.param("course", courseId)
						.query((rs, n) -> String.format(Locale.ROOT,
								"pending=%d rendered=%d oldest-pending=%.0f s; submit-to-PDF p50 %.1f s, p95 %.1f s, max %.1f s",
								rs.getLong(1), rs.getLong(2), rs.getDouble(3), rs.getDouble(4), rs.getDouble(5),
								rs.getDouble(6)))
						.single();
					if (!line.equals(last)) {
						print("rendering %s", line);
						last = line;
					}
				}
				catch (InterruptedException ex) {
					return;
				}
				catch (RuntimeException ex) {
					log.warn("TRAINING-BENCH rendering watch failed", ex);
				}
			}
		}, "training-benchmark-rendering-watch");
		watcher.setDaemon(true);
		watcher.start();
	}

	/** The province's rates as the rate page computes them (twice), and the GROUP BY baseline between. */
	private void rates(Actor province) {
		long started = System.nanoTime();
		RegionRates first = this.rates.ofRegion(province, "33", PageQuery.of(1, 20));
		double page = seconds(started);
		started = System.nanoTime();
		long[] baseline = this.jdbc.sql("""
				select count(*), count(c.worker_id), count(distinct e.id) from registry.employment m
				join registry.employer e on e.id = m.employer_id or (e.id = m.host_employer_id and m.host_status = 'CONFIRMED')
				left join (select distinct learner_worker_id as worker_id from training.certificate
				           where learner_worker_id is not null and audience = 'WORKER'
				             and (expires_on is null or expires_on >= :today)) c on c.worker_id = m.worker_id
				where m.left_on is null and e.region_code like '33%'""")
			.param("today", LocalDate.now(CourseService.ZONE))
			.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2), rs.getLong(3) })
			.single();
		double group = seconds(started);
		started = System.nanoTime();
		this.rates.ofRegion(province, "33", PageQuery.of(1, 20));
		double again = seconds(started);
		var workers = first.totals().stream().filter(l -> l.audience() == Audience.WORKER).findFirst().orElseThrow();
		print("rates of the province (rate page, every employer counted): %.1f s, again %.1f s; workers %d of %d trained",
				page, again, workers.numerator(), workers.denominator());
		print("GROUP BY baseline, same run: %.1f s (page = %.1f × baseline); workers %d of %d trained, %d employers; %s",
				group, page / group, baseline[1], baseline[0], baseline[2],
				baseline[0] == workers.denominator() && baseline[1] == workers.numerator() ? "same figures" : "FIGURES DIFFER");
	}

	/** The benchmark's course, made and published once. */
	private CourseView course(Actor author) {
		java.util.Optional<Long> existing = this.jdbc
			.sql("select id from training.course where title = :t and status = 'PUBLISHED' order by id desc limit 1")
			.param("t", TITLE)
			.query(Long.class)
			.optional();
		if (existing.isPresent()) {
			return this.courses.find(author, existing.get());
		}
		CourseView course = this.courses.create(author, new CourseCommand(TITLE, "基准测试用课程（合成数据）", Audience.MANAGER,
				List.of(), new BigDecimal("2"), 60, 5, 10, 3));
		this.courses.addText(author, course.id(), "职业卫生管理要点", "# 职业卫生管理\n\n基准测试课程内容（合成）。", 30);
		String[][] bank = { { "用人单位应当设置或者指定什么机构负责职业病防治工作？", "职业卫生管理机构或者组织", "工会", "财务部门" },
				{ "职业病危害项目应当向谁申报？", "所在地卫生健康主管部门", "环保部门", "不需要申报" },
				{ "定期检测结果应当如何处理？", "存入档案并向劳动者公布", "保密", "销毁" },
				{ "劳动者上岗前应当进行什么检查？", "职业健康检查", "视力检查", "不需要" },
				{ "职业病防护设施应当何时投入使用？", "与主体工程同时", "竣工一年后", "自行决定" },
				{ "职业卫生培训的对象包括？", "主要负责人、管理人员和劳动者", "仅劳动者", "仅管理人员" },
				{ "警示标识应当设置在哪里？", "产生职业病危害的作业岗位醒目位置", "办公室", "不需要" },
				{ "职业健康监护档案应当由谁保存？", "用人单位", "劳动者本人", "体检机构" } };
		for (String[] q : bank) {
			this.courses.addQuestion(author, course.id(), q[0], List.of(q[1], q[2], q[3]), 0);
		}
		return this.courses.publish(author, course.id());
	}

	/** The learners: managers of the province's employers, one login per learner, in batches of {@value #BATCH}. */
	private List<String> learners(Actor generator, int count) {
		List<String[]> employers = new ArrayList<>();
		for (int page = 1; page <= 5; page++) {
			this.employers.search(generator, new EmployerFilter(null, "33", null, null, null, null, null),
					PageQuery.of(page, PageQuery.MAX_SIZE))
				.items()
				.forEach(e -> employers.add(new String[] { e.creditCode(), e.regionCode() }));
		}
		if (employers.isEmpty()) {
			throw new IllegalStateException("No employer in the register: generate one first");
		}
		List<String> lines = new ArrayList<>();
		long started = System.nanoTime();
		for (int from = 0; from < count; from += BATCH) {
			List<SyntheticAccounts.Account> batch = new ArrayList<>();
			for (int i = from; i < Math.min(count, from + BATCH); i++) {
				String[] employer = employers.get(i % employers.size());
				batch.add(new SyntheticAccounts.Account(String.format(Locale.ROOT, "bench-learner-%05d", i + 1),
						"基准测试学员 " + (i + 1) + "（合成）", "EMPLOYER_MANAGER", employer[1],
						new Scope(Scope.Kind.EMPLOYER, employer[0])));
			}
			List<SyntheticAccounts.Issued> issued = this.transactions.execute(status -> this.accounts.withTokens(generator,
					batch, List.of(TrainingPermissions.LEARN, "training:course:read"), 7));
			issued.forEach(a -> lines.add(a.token()));
		}
		print("learners with tokens: %d in %.1f s", lines.size(), seconds(started));
		return lines;
	}

	private static double seconds(long startedNanos) {
		return (System.nanoTime() - startedNanos) / 1e9;
	}

	private static void print(String format, Object... arguments) {
		log.info("TRAINING-BENCH {}", String.format(Locale.ROOT, format, arguments));
	}

}
